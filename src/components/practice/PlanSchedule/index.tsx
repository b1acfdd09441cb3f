import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {formatDay, formatMinutes, type Schedule} from '../../../lib/studyPlan';
import styles from './styles.module.css';

/**
 * A plan day by day: each day's date (or only its number), its minutes, and its lessons as links.
 * `completed` maps done lesson ids to the day they were done (the reader's progress); lessons in it
 * are marked done. `headingLevel` sets the day headings' level under the page's structure.
 * With `onToggleDone`, each lesson has a "done" checkbox that changes the reader's progress.
 * With `today` (YYYY-MM-DD) on a dated schedule, that day is marked and gets the id `${idPrefix}today`.
 */
export type PlanScheduleProps = {
  schedule: Schedule;
  showDates: boolean;
  completed: Readonly<Record<string, string>>;
  headingLevel?: 3 | 4;
  onToggleDone?: (lessonId: string, done: boolean) => void;
  today?: string | null;
  idPrefix?: string;
};

export default function PlanSchedule({
  schedule,
  showDates,
  completed,
  headingLevel = 3,
  onToggleDone,
  today = null,
  idPrefix = 'plan-',
}: PlanScheduleProps): ReactNode {
  const DayHeading = `h${headingLevel}` as const;
  return (
    <ol className={styles.days}>
      {schedule.days.map((day) => {
        const done = day.lessons.filter((lesson) => completed[lesson.id] !== undefined).length;
        const isToday = showDates && today !== null && day.date === today;
        return (
          <li
            key={day.number}
            className={styles.day}
            data-day={day.number}
            data-today={isToday || undefined}
            id={isToday ? `${idPrefix}today` : undefined}
            aria-current={isToday ? 'date' : undefined}>
            <DayHeading className={styles.dayHeading}>
              <span>Day {day.number}</span>{' '}
              {showDates && <span className={styles.date}>{formatDay(day.date)}</span>}{' '}
              <span className={styles.dayMinutes}>{formatMinutes(day.minutes)}</span>{' '}
              {isToday && <span className={styles.today}>today</span>}{' '}
              {done > 0 && (
                <span className={styles.dayDone}>
                  {done === day.lessons.length ? 'all done' : `${done} of ${day.lessons.length} done`}
                </span>
              )}
            </DayHeading>
            {day.overBudget && (
              <p className={styles.note}>This lesson is longer than the daily time; it cannot be split, so it has a day of its own.</p>
            )}
            <ul className={styles.lessons}>
              {day.lessons.map((lesson) => {
                const isDone = completed[lesson.id] !== undefined;
                return (
                  <li key={lesson.id} className={styles.lesson} data-lesson={lesson.id} data-done={isDone ? 'true' : undefined}>
                    {onToggleDone ? (
                      <input
                        type="checkbox"
                        checked={isDone}
                        aria-label={`Done: ${lesson.title}`}
                        onChange={(event) => onToggleDone(lesson.id, event.target.checked)}
                      />
                    ) : (
                      <span className={styles.mark} aria-hidden="true">
                        {isDone ? '✓' : ''}
                      </span>
                    )}
                    <span>
                      <Link to={lesson.permalink}>{lesson.title}</Link>{' '}
                      <span className={styles.minutes}>{formatMinutes(lesson.minutes)}</span>
                      {isDone && <span className={styles.doneLabel}> (done)</span>}
                    </span>
                  </li>
                );
              })}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
