import React, {type FormEvent, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {LearningPathData, PathLesson, PathSection} from '../../../../plugins/lesson-catalog/learningPath';
import {formatDuration} from '../LessonCatalog/filters';
import {FOCUS_PARAM, focusOn, lessonsInOrder, nextLesson, type Focus} from './pathFocus';
import styles from './styles.module.css';

/**
 * The learning path as laid out at build time, section by section in steps, with the reader's done
 * marks (`completed`: lesson id to day, from the browser; empty in the built HTML) and, when
 * `focusId` names a lesson, its prerequisite chain and what it unlocks. `pathname` is the page's
 * own path, for the focus links; `onFocus` (in the browser) picks a lesson without reloading.
 */
export type LearningPathProps = {
  path: LearningPathData;
  completed: Readonly<Record<string, string>>;
  pathname: string;
  focusId?: string;
  /** Shown instead of a focus when the address names no lesson. */
  focusProblem?: string;
  onFocus?: (id: string) => void;
};

const FOCUS_HEADING_ID = 'focus-heading';

const countOf = (lessons: number): string => `${lessons} ${lessons === 1 ? 'lesson' : 'lessons'}`;

export const focusHref = (pathname: string, id: string): string => `${pathname}?${FOCUS_PARAM}=${encodeURIComponent(id)}`;

function DoneMark({done}: {done: boolean}): ReactNode {
  return done ? (
    <span className={styles.done}>
      <span aria-hidden="true">✓ </span>Done
    </span>
  ) : null;
}

function LessonCard({lesson, titles, done, pathname}: {lesson: PathLesson; titles: ReadonlyMap<string, string>; done: boolean; pathname: string}): ReactNode {
  const unlocks = lesson.unlockIds.length;
  return (
    <li className={styles.card} data-lesson-id={lesson.id} data-done={done || undefined}>
      <div className={styles.row}>
        <Link to={lesson.permalink} className={styles.title}>
          {lesson.title}
        </Link>
        <DoneMark done={done} />
      </div>
      {lesson.prerequisiteIds.length === 0 ? (
        <span className={styles.meta}>Needs nothing first.</span>
      ) : (
        <div className={styles.meta}>
          After:{' '}
          <ul className={styles.inlineList}>
            {lesson.prerequisiteIds.map((id) => (
              <li key={id}>{titles.get(id)}</li>
            ))}
          </ul>
        </div>
      )}
      <div className={`${styles.row} ${styles.foot}`}>
        <span className={styles.meta}>
          {lesson.difficulty} · {lesson.minutes} min{unlocks > 0 && ` · unlocks ${unlocks}`}
        </span>
        <Link to={focusHref(pathname, lesson.id)} aria-label={`Focus on ${lesson.title}`}>
          Focus
        </Link>
      </div>
    </li>
  );
}

function Section({section, titles, completed, pathname}: {section: PathSection} & Pick<LearningPathProps, 'completed' | 'pathname'> & {titles: ReadonlyMap<string, string>}): ReactNode {
  const done = section.groups.flatMap((group) => group.steps.flat()).filter((lesson) => completed[lesson.id]).length;
  const headingId = `path-${section.id}`;
  return (
    <section aria-labelledby={headingId} className="margin-top--xl">
      <h2 id={headingId} className="margin-bottom--xs">
        {section.label}
      </h2>
      <p className={styles.meta}>
        {section.lessonCount} {section.lessonCount === 1 ? 'lesson' : 'lessons'} · {formatDuration(section.minutes)}
        {done > 0 && ` · ${done} done`}
      </p>
      {section.groups.map((group) => (
        <div key={group.label ?? ''}>
          {group.label && <h3>{group.label}</h3>}
          <ol className={styles.steps}>
            {group.steps.map((step, index) => (
              <li key={step[0].id} className={styles.step}>
                {(group.steps.length > 1 || step.length > 1) && (
                  <span className={styles.stepLabel}>
                    {group.steps.length > 1 ? `Step ${index + 1}` : 'Any order'}
                    {group.steps.length > 1 && step.length > 1 && (
                      <>
                        <span className={styles.stepSeparator}> · </span>
                        <span className={styles.anyOrder}>any order</span>
                      </>
                    )}
                  </span>
                )}
                <ul className={styles.cards}>
                  {step.map((lesson) => (
                    <LessonCard key={lesson.id} lesson={lesson} titles={titles} done={Boolean(completed[lesson.id])} pathname={pathname} />
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}

function FocusList({ids, byId, completed, empty}: {ids: readonly string[]; byId: ReadonlyMap<string, PathLesson>; completed: LearningPathProps['completed']; empty: string}): ReactNode {
  if (ids.length === 0) return <p className={styles.meta}>{empty}</p>;
  return (
    <ol>
      {ids.map((id) => {
        const lesson = byId.get(id)!;
        return (
          <li key={id} data-lesson-id={id} data-done={completed[id] ? true : undefined}>
            <Link to={lesson.permalink}>{lesson.title}</Link> <span className={styles.meta}>{lesson.minutes}&nbsp;min</span>{' '}
            <DoneMark done={Boolean(completed[id])} />
          </li>
        );
      })}
    </ol>
  );
}

function FocusPanel({focus, byId, completed, pathname}: {focus: Focus; byId: ReadonlyMap<string, PathLesson>} & Pick<LearningPathProps, 'completed' | 'pathname'>): ReactNode {
  const left = focus.chain.filter((id) => !completed[id]);
  const leftMinutes = left.reduce((sum, id) => sum + byId.get(id)!.minutes, 0);
  return (
    <section className={`${styles.focusPanel} padding--md margin-bottom--lg`} aria-labelledby={FOCUS_HEADING_ID}>
      <h2 id={FOCUS_HEADING_ID} tabIndex={-1}>
        Focus: <Link to={focus.lesson.permalink}>{focus.lesson.title}</Link> <DoneMark done={Boolean(completed[focus.lesson.id])} />
      </h2>
      <div className={styles.focusColumns}>
        <div>
          <h3>Read first: the whole chain</h3>
          <p className={styles.meta}>
            {focus.chain.length === 0
              ? 'Nothing: it is a place to start.'
              : left.length === 0
                ? `${countOf(focus.chain.length)}, all done: ready to read.`
                : left.length === focus.chain.length
                  ? `${countOf(left.length)}, ${formatDuration(leftMinutes)}.`
                  : `${countOf(focus.chain.length)}; ${left.length} not done yet, ${formatDuration(leftMinutes)}.`}
          </p>
          <FocusList ids={focus.chain} byId={byId} completed={completed} empty="" />
        </div>
        <div>
          <h3>It unlocks</h3>
          <FocusList ids={focus.unlocks} byId={byId} completed={completed} empty="No lesson builds on it directly." />
          {focus.later.length > 0 && (
            <>
              <h3>And later</h3>
              <FocusList ids={focus.later} byId={byId} completed={completed} empty="" />
            </>
          )}
        </div>
      </div>
      <Link to={pathname}>
        Back to the whole path
      </Link>
    </section>
  );
}

export default function LearningPath({path, completed, pathname, focusId, focusProblem, onFocus}: LearningPathProps): ReactNode {
  const lessons = lessonsInOrder(path);
  const byId = new Map(lessons.map((lesson) => [lesson.id, lesson]));
  const titles = new Map(lessons.map((lesson) => [lesson.id, lesson.title]));
  const doneCount = lessons.filter((lesson) => completed[lesson.id]).length;
  const next = nextLesson(lessons, (id) => Boolean(completed[id]));
  const focus = focusId === undefined ? undefined : focusOn(lessons, focusId);
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    if (!onFocus) return;
    event.preventDefault();
    onFocus(String(new FormData(event.currentTarget).get(FOCUS_PARAM) ?? ''));
  };
  return (
    <>
      <p className={styles.lead}>
        {path.lessonCount} lessons, {formatDuration(path.totalMinutes)} of reading, in {path.sections.length} parts.
        {path.topDown && ' Every lesson comes after the lessons it builds on: read from the top, and the lessons of one step in any order.'}
      </p>
      <p>
        {next === undefined ? (
          `You have done all ${path.lessonCount} lessons.`
        ) : (
          <>
            {doneCount === 0 ? 'Start here: ' : `${doneCount} of ${path.lessonCount} done. Next: `}
            <Link to={next.permalink}>{next.title}</Link>
          </>
        )}
      </p>
      <nav aria-label="Parts of the path">
        <ul className={styles.inlineList}>
          {path.sections.map((section) => (
            <li key={section.id}>
              <a href={`#path-${section.id}`}>{section.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" action={pathname} className="margin-vert--md" onSubmit={submit}>
        <label htmlFor="focus-lesson">Focus on a lesson: what to read before it and what it unlocks</label>
        <div className={styles.row} style={{justifyContent: 'flex-start'}}>
          <select id="focus-lesson" name={FOCUS_PARAM} defaultValue={focus?.lesson.id ?? ''} key={focus?.lesson.id ?? ''}>
            <option value="">Whole path</option>
            {path.sections.map((section) => (
              <optgroup key={section.id} label={section.label}>
                {section.groups.flatMap((group) => group.steps.flat()).map((lesson) => (
                  <option key={lesson.id} value={lesson.id}>
                    {lesson.title}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          <button type="submit" className="button button--primary button--sm">
            Show
          </button>
        </div>
      </form>
      {focusProblem && (
        <p className="alert alert--warning" role="alert">
          {focusProblem}
        </p>
      )}
      {focus && <FocusPanel focus={focus} byId={byId} completed={completed} pathname={pathname} />}
      {path.sections.map((section) => (
        <Section key={section.id} section={section} titles={titles} completed={completed} pathname={pathname} />
      ))}
    </>
  );
}
