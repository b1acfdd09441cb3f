import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {LessonPageData, LessonRef} from '../../../../plugins/lessons/pageData';
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

/**
 * The reader's "mark as complete" state for one lesson. `ready` is false until the page can save
 * (before hydration), `message` reports a failed save.
 */
export type LessonCompletion = {
  done: boolean;
  /** The day it was marked complete, YYYY-MM-DD. */
  day?: string;
  ready: boolean;
  message?: string;
  onToggle: () => void;
};

/**
 * A toggle button (aria-pressed). Once done its label says so and how to take it back, so a reader
 * who sees the same words before and after is not left wondering whether the click took; the status
 * beside it gives the day and is what screen readers hear when it changes.
 */
export function MarkComplete({completion}: {completion: LessonCompletion}): ReactNode {
  const {done, day, ready, message, onToggle} = completion;
  return (
    <div className={styles.completion}>
      <button
        type="button"
        className={styles.completeButton}
        aria-pressed={done}
        disabled={!ready}
        onClick={onToggle}>
        <span className={styles.checkBox} aria-hidden="true">
          {done ? '✓' : ''}
        </span>
        {done ? 'Completed — undo' : 'Mark as complete'}
      </button>
      <span role="status" className={styles.completionStatus}>
        {message ?? (done ? `Completed${day ? ` on ${day}` : ''}` : '')}
      </span>
    </div>
  );
}

/** How many of the lesson's self-check questions the reader has marked "knew it" or "review again". */
export type SelfCheckProgress = {answered: number; total: number};

/**
 * Shown above a lesson's content: difficulty, time, companies, prerequisites, the self-checks
 * answered (given `selfChecks`, for a lesson that has any) and, given `completion`, the control.
 */
export function LessonHeader({
  lesson,
  completion,
  selfChecks,
}: {
  lesson: LessonPageData;
  completion?: LessonCompletion;
  selfChecks?: SelfCheckProgress;
}): ReactNode {
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
        {selfChecks && selfChecks.total > 0 && (
          <div className={styles.fact}>
            <dt>Self-checks</dt>
            <dd data-self-checks={`${selfChecks.answered}/${selfChecks.total}`}>
              answered {selfChecks.answered} of {selfChecks.total}
            </dd>
          </div>
        )}
      </dl>
      {completion && <MarkComplete completion={completion} />}
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
