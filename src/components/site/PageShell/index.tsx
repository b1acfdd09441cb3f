import React, {type ReactNode} from 'react';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import styles from './styles.module.css';

export type PageShellProps = {
  /** The page's title: its h1 and its document title. */
  title: string;
  /** The meta description. */
  description: string;
  /** An optional introductory paragraph under the title. */
  lead?: ReactNode;
  children: ReactNode;
};

/** A site page that is not a lesson: the layout, a main landmark of readable width, and the title. */
export default function PageShell({title, description, lead, children}: PageShellProps): ReactNode {
  return (
    <Layout title={title} description={description}>
      <main className={styles.main}>
        <Heading as="h1">{title}</Heading>
        {lead && <p className={styles.lead}>{lead}</p>}
        {children}
      </main>
    </Layout>
  );
}
