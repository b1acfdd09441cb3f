import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {LessonPageData, LessonRef} from '../../../plugins/lessons/pageData';
import styles from './styles.module.css';

function LessonLink({lesson}: {lesson: LessonRef}): ReactNode {
  return (
    <Link to={lesson.permalink}>
      {lesson.title}
    </Link>
  );
}

export function DifficultyBadge({difficulty}: {difficulty: LessonPageData['difficulty']}): ReactNode {
  return (
    <span className={styles.badge} data-difficulty={difficulty.toLowerCase()}>
      {difficulty}
    </span>
  );
}

/** Shown above a lesson's content: difficulty, time, companies and prerequisites. */
export function LessonHeader({lesson}: {lesson: LessonPageData}): ReactNode {
  return (
    <section className={styles.header} aria-label="About this lesson">
      <dl className={styles.facts}>
        <div className={styles.fact}>
          <dt>Difficulty</dt>
          <dd>
            <DifficultyBadge difficulty={lesson.difficulty} />
          </dd>
        </div>
        <div className={styles.fact}>
          <dt>Time</dt>
          <dd>{lesson.estimatedTime}</dd>
        </div>
        {lesson.companies.length > 0 && (
          <div className={styles.fact}>
            <dt>Asked at</dt>
            <dd>{lesson.companies.join(', ')}</dd>
          </div>
        )}
        <div className={styles.fact}>
          <dt>Read first</dt>
          <dd>
            {lesson.prerequisites.length === 0 ? (
              'nothing: start here'
            ) : (
              <ul className={styles.inlineList}>
                {lesson.prerequisites.map((prerequisite) => (
                  <li key={prerequisite.id}>
                    <LessonLink lesson={prerequisite} />
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}

/** Shown below a lesson's content: the lessons that list it as a prerequisite. */
export function LessonFooter({lesson}: {lesson: LessonPageData}): ReactNode {
  if (lesson.dependents.length === 0) {
    return null;
  }
  return (
    <nav className={styles.footer} aria-labelledby="builds-on-this">
      <h2 id="builds-on-this" className={styles.footerTitle}>
        Builds on this
      </h2>
      <ul className={styles.dependents}>
        {lesson.dependents.map((dependent) => (
          <li key={dependent.id}>
            <LessonLink lesson={dependent} />{' '}
            <span className={styles.dependentMeta}>
              {dependent.difficulty}, {dependent.minutes} min
            </span>
          </li>
        ))}
      </ul>
    </nav>
  );
}
