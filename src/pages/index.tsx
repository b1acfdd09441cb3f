import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import styles from './index.module.css';

const STEPS: {title: string; to: string; text: string}[] = [
  {
    title: '1. System Design Framework',
    to: '/foundations/system-design-framework',
    text: 'The general interview framework and a time budget for 45 minutes. Start here if system design interviews are new to you.',
  },
  {
    title: '2. ML System Design Introduction',
    to: '/ml-system-design/introduction',
    text: 'How ML design differs, the five-phase framework, the three pipelines, and the classic questions.',
  },
  {
    title: '3. The concept lessons',
    to: '/ml-system-design/problem-framing',
    text: 'Framing, metrics, data, features, models, serving, experiments and monitoring, each with worked numbers and self-checks.',
  },
];

export default function Home(): ReactNode {
  return (
    <Layout
      title="Prepare for ML system design interviews"
      description="An open study guide for machine-learning system design interviews: a framework, concept lessons with worked numbers, and case studies, readable offline on any device.">
      <main className={styles.main}>
        <section className={styles.hero}>
          <Heading as="h1">ML System Design Guide</Heading>
          <p className={styles.lead}>
            An open study guide for machine-learning system design interviews. Learn to drive a 45-minute
            design from a vague prompt to a defensible system: requirements, data, model, serving and
            monitoring, with the numbers and trade-offs an interviewer expects you to say out loud.
          </p>
          <Link className="button button--primary button--lg" to="/foundations/system-design-framework">
            Start with the framework
          </Link>
        </section>
        <section aria-labelledby="where-to-start">
          <Heading as="h2" id="where-to-start">
            Where to start
          </Heading>
          <ol className={styles.steps}>
            {STEPS.map((step) => (
              <li key={step.title} className={styles.step}>
                <Link to={step.to} className={styles.stepTitle}>
                  {step.title}
                </Link>
                <p>{step.text}</p>
              </li>
            ))}
          </ol>
        </section>
      </main>
    </Layout>
  );
}
