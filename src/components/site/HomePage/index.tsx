import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import {formatMinutes} from '../../../lib/progressSummary';
import type {HomeData} from '../../../../plugins/lesson-catalog/home';
import type {ResumePoint} from './resume';
import styles from './styles.module.css';

/** The pages for finding and practising, named as the navbar names them. */
export const TOOLS: readonly {label: string; to: string; text: string}[] = [
  {label: 'Lessons', to: '/lessons', text: 'Every lesson with its difficulty, time and companies; filter and share the view.'},
  {label: 'Learning path', to: '/learning-path', text: 'The reading order, prerequisites first, and what each lesson unlocks.'},
  {label: 'Study plans', to: '/practice/study-plans', text: 'Ready 1-, 2- and 4-week plans, or build your own with a calendar file.'},
  {label: 'Study group', to: '/practice/group', text: 'One link for your group: the plan against everyone’s progress, who is behind, what nobody has read.'},
  {label: 'Mock interview', to: '/practice/mock-interview', text: 'A timed 45-minute interview on a case study, phase by phase, with a rubric.'},
  {label: 'Your progress', to: '/practice/progress', text: 'Lessons you have completed; export, import or share them.'},
  {label: 'Questions to review', to: '/practice/review', text: 'Self-check questions you marked, back on a spaced schedule.'},
  {label: 'Cheat sheet', to: '/practice/cheat-sheet', text: 'The framework, metrics and numbers worth remembering on one printable page.'},
];

const hoursAbout = (minutes: number) => `about ${Math.round(minutes / 60)} hours`;
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The "continue where you left off" card, from the reader's saved progress. */
export function ResumeCard({resume}: {resume: ResumePoint}): ReactNode {
  return (
    <section className={styles.resume} aria-labelledby="resume-title">
      <h2 id="resume-title" className={styles.resumeTitle}>
        Continue where you left off
      </h2>
      <p>
        {`You have completed ${resume.done} of ${plural(resume.total, 'lesson')}, most recently `}
        <Link to={resume.last.permalink}>{resume.last.title}</Link>.
      </p>
      <p className={styles.resumeActions}>
        {resume.next ? (
          <Link className="button button--primary" to={resume.next.permalink}>
            Next: {resume.next.title}
          </Link>
        ) : (
          <Link className="button button--primary" to="/practice/review">
            All done: review your questions
          </Link>
        )}
        <Link to="/practice/progress">Your progress</Link>
      </p>
    </section>
  );
}

export type HomePageProps = {
  home: HomeData;
  /** Where the reader left off, from saved progress; undefined on a first visit and in the built HTML. */
  resume?: ResumePoint;
};

/** The home page: the whole guide at a glance, one first step, and where to continue. */
export default function HomePage({home, resume}: HomePageProps): ReactNode {
  const start = home.readingOrder[0];
  return (
    <Layout
      title="Prepare for ML system design interviews"
      description="An open study guide for machine-learning system design interviews: a framework, concept lessons with worked numbers, case studies and practice tools, readable offline on any device.">
      <main className={styles.main}>
        <section className={styles.hero}>
          <h1>ML System Design Guide</h1>
          <p className={styles.lead}>
            Learn to drive a 45-minute ML system design interview from a vague prompt to a defensible
            system: requirements, data, model, serving and monitoring, with the numbers and trade-offs an
            interviewer expects you to say out loud.
          </p>
          <p className={styles.stats}>
            {`${plural(home.lessonCount, 'lesson')} in ${plural(home.sections.length, 'section')}, ${hoursAbout(home.totalMinutes)} of reading, free and offline.`}
          </p>
          {start && (
            <Link className="button button--primary button--lg" to={start.permalink}>
              Start here: {start.title}
            </Link>
          )}
        </section>
        {resume && <ResumeCard resume={resume} />}

        <section aria-labelledby="sections">
          <h2 id="sections">
            The lessons
          </h2>
          <ul className={styles.cards}>
            {home.sections.map((section) => (
              <li key={section.id} className={styles.card}>
                <h3 className={styles.cardTitle}>
                  <Link to={`/lessons?section=${section.id}`}>{section.label}</Link>
                </h3>
                <p className={styles.meta}>
                  {`${plural(section.lessonCount, 'lesson')} · ${formatMinutes(section.minutes)}`}
                </p>
                <p>
                  Begins with <Link to={section.first.permalink}>{section.first.title}</Link>
                </p>
              </li>
            ))}
          </ul>
        </section>

        {home.caseStudyGroups.length > 0 && (
          <section aria-labelledby="case-studies">
            <h2 id="case-studies">
              Case studies
            </h2>
            <div className={styles.groups}>
              {home.caseStudyGroups.map((group) => (
                <div key={group.label}>
                  <h3 className={styles.groupTitle}>
                    {group.label}
                  </h3>
                  <ul className={styles.links}>
                    {group.lessons.map((lesson) => (
                      <li key={lesson.id}>
                        <Link to={lesson.permalink}>{lesson.title}</Link>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </div>
          </section>
        )}

        <section aria-labelledby="practice">
          <h2 id="practice">
            Practice tools
          </h2>
          <ul className={styles.tools}>
            {TOOLS.map((tool) => (
              <li key={tool.to}>
                <Link to={tool.to} className={styles.toolName}>
                  {tool.label}
                </Link>
                <span className={styles.toolText}>{tool.text}</span>
              </li>
            ))}
          </ul>
        </section>
      </main>
    </Layout>
  );
}
