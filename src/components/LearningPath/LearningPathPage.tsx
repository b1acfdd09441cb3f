import React, {type ReactNode} from 'react';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {LearningPathData} from '../../../plugins/lesson-catalog/learningPath';
import LearningPath from '.';
import styles from './page.module.css';

/** The /learning-path route, added by plugins/lesson-catalog with the laid-out path as a route prop. */
export default function LearningPathPage({path}: {path: LearningPathData}): ReactNode {
  return (
    <Layout
      title="Learning path"
      description="Every lesson of the ML System Design Guide in an order where prerequisites come first, drawn as a dependency graph.">
      <main className={styles.main}>
        <Heading as="h1">Learning path</Heading>
        <LearningPath path={path} />
      </main>
    </Layout>
  );
}
