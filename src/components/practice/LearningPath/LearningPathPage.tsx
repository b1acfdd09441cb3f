import React, {type ReactNode} from 'react';
import PageShell from '@site/src/components/site/PageShell';
import type {LearningPathData} from '../../../../plugins/lesson-catalog/learningPath';
import LearningPath from '.';

/** The /learning-path route, added by plugins/lesson-catalog with the laid-out path as a route prop. */
export default function LearningPathPage({path}: {path: LearningPathData}): ReactNode {
  return (
    <PageShell
      title="Learning path"
      description="Every lesson of the ML System Design Guide in an order where prerequisites come first, drawn as a dependency graph.">
      <LearningPath path={path} />
    </PageShell>
  );
}
