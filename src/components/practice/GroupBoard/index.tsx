import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {scheduleText, type Board, type MemberStatus} from '../../../lib/groupBoard';
import type {PlanSpec} from '../../../lib/planCode';
import {formatDay, formatMinutes, type Schedule} from '../../../lib/studyPlan';
// The board reuses the progress and study-plans pages' styles where it can: every CSS module lands
// in the one stylesheet every page loads, so its own module holds only what a phone needs.
import tracker from '../ProgressTracker/styles.module.css';
import plans from '../StudyPlans/styles.module.css';
import styles from './styles.module.css';

/**
 * The group board: what a group link holds, shown read-only. Plain data in: the plan and its
 * schedule (null when the plan could not be read), the board computed for today, and what could
 * not be read. `children` is the "add or update me" panel, shown when there is a plan.
 */
export type GroupBoardProps = {
  plan: PlanSpec | null;
  planError?: string;
  schedule: Schedule | null;
  board: Board | null;
  /** Sentences about what the link could not give (damaged members, capped lists, plan warnings). */
  problems: string[];
  /** The reader's local day, YYYY-MM-DD. */
  today: string;
  children?: ReactNode;
};

const CELL = {
  done: {mark: '✓', text: 'done'},
  todo: {mark: '·', text: 'not yet'},
  unknown: {mark: '?', text: 'not in the link'},
} as const;

function Cell({member, lessonId}: {member: MemberStatus; lessonId: string}): ReactNode {
  const state = member.state(lessonId);
  return (
    <td data-state={state} data-done={state === 'done' || undefined} style={{textAlign: 'center'}}>
      <span aria-hidden="true">{CELL[state].mark}</span>
      <span className="visually-hidden">{CELL[state].text}</span>
    </td>
  );
}

function todayText(board: Board, schedule: Schedule, today: string): string {
  if (board.phase === 'before') return `The plan starts on ${formatDay(schedule.days[0].date)}; nobody is behind yet.`;
  if (board.phase === 'after') return `The plan ended on ${formatDay(schedule.days.at(-1)!.date)}: every lesson is due.`;
  return `Today, ${formatDay(today)}, is day ${board.todayNumber} of ${schedule.days.length}: ${board.dueCount} ${board.dueCount === 1 ? 'lesson is' : 'lessons are'} due by the end of today.`;
}

export default function GroupBoard({plan, planError, schedule, board, problems, today, children}: GroupBoardProps): ReactNode {
  return (
    <section aria-labelledby="group-board" className={tracker.tracker} data-group-board>
      <h2 id="group-board">
        {plan ? (
          <>
            Group plan: <span className={plans.planName}>{plan.name}</span>
          </>
        ) : (
          'Group link'
        )}
      </h2>
      {planError && (
        <div className={plans.problem} role="alert">
          <p>
            <strong>The plan in this group link could not be read.</strong> {planError}
          </p>
          <p>Ask for the link again, or make a new one below from the plan link and everyone’s progress links.</p>
        </div>
      )}
      {problems.length > 0 && (
        <div className={plans.warnings} role="status" data-group-problems>
          <p style={{margin: 0}}>
            <strong>Part of this link could not be read:</strong>
          </p>
          <ul style={{margin: 0}}>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {plan && schedule && board && (
        <>
          <p>
            Starts {formatDay(plan.start)}: {board.members[0]?.total ?? schedule.days.flatMap((day) => day.lessons).length} lessons over{' '}
            {schedule.days.length} days, {formatMinutes(schedule.totalMinutes)} in all. {todayText(board, schedule, today)} Everything
            here comes from the link: nothing of the members’ is saved in this browser.
          </p>
          {/* A card per member, not a table: four columns of a name, a count, a status and a lesson
              title do not fit a 360 px phone, and a card reads the same at any width. */}
          {board.members.length === 0 ? (
            <p data-members>No members yet: add yourself below.</p>
          ) : (
            <ul className={styles.members} data-members aria-label="Each member’s progress on the plan">
              {board.members.map((member) => (
                <li key={member.name} className={styles.member} data-member={member.name}>
                  <strong className={styles.memberName}>{member.name}</strong>
                  <dl className={styles.memberFacts}>
                    <div>
                      <dt>Done</dt>
                      <dd>
                        {member.done} of {member.total}
                        {member.unknown > 0 && ` (${member.unknown} unknown)`}
                      </dd>
                    </div>
                    <div>
                      <dt>Today’s schedule</dt>
                      <dd data-behind={member.behind.length}>{scheduleText(member, board)}</dd>
                    </div>
                    <div>
                      <dt>Read next</dt>
                      <dd>{member.next ? <Link to={member.next.permalink}>{member.next.title}</Link> : 'Nothing: all done'}</dd>
                    </div>
                  </dl>
                </li>
              ))}
            </ul>
          )}

          <h3 id="nobody-yet">
            Lessons nobody has done yet
          </h3>
          {board.nobodyDone.length === 0 ? (
            <p>Every lesson of the plan has been done by at least one member.</p>
          ) : (
            <ul data-nobody>
              {board.nobodyDone.map((lesson) => (
                <li key={lesson.id}>
                  <Link to={lesson.permalink}>{lesson.title}</Link>
                </li>
              ))}
            </ul>
          )}

          <h3 id="group-days">
            The plan’s days
          </h3>
          <p>✓ done, · not yet, ? not in the link (cut short).</p>
          {/* One column per member: wider than a phone once a group has a few, so it scrolls in its
              own box (focusable, so the keyboard scrolls it too, and named for screen readers), with
              the lesson column kept in view. */}
          <div className={`${tracker.tableWrap} ${styles.daysScroll}`} role="region" aria-labelledby="group-days" tabIndex={0}>
            <table className={`${tracker.table} ${styles.days}`} data-days>
              <caption className="visually-hidden">Each day’s lessons against the members</caption>
              <thead>
                <tr>
                  <th scope="col">Lesson</th>
                  {board.members.map((member) => (
                    <th key={member.name} scope="col" className={styles.memberColumn}>
                      {member.name}
                    </th>
                  ))}
                </tr>
              </thead>
              {schedule.days.map((day) => {
                const isToday = day.date === today;
                return (
                  <tbody key={day.number} data-day={day.number} data-today={isToday || undefined}>
                    <tr>
                      <th
                        scope="colgroup"
                        colSpan={board.members.length + 1}
                        style={{
                          textAlign: 'left',
                          background: isToday ? 'var(--ifm-color-primary-contrast-background)' : 'var(--ifm-color-emphasis-100)',
                          color: isToday ? 'var(--ifm-color-primary-contrast-foreground)' : undefined,
                        }}>
                        Day {day.number}, {formatDay(day.date)}
                        {isToday && ' (today)'}
                      </th>
                    </tr>
                    {day.lessons.map((lesson) => (
                      <tr key={lesson.id} data-lesson={lesson.id}>
                        <th scope="row">
                          <Link to={lesson.permalink}>{lesson.title}</Link>
                        </th>
                        {board.members.map((member) => (
                          <Cell key={member.name} member={member} lessonId={lesson.id} />
                        ))}
                      </tr>
                    ))}
                  </tbody>
                );
              })}
            </table>
          </div>
          {children}
        </>
      )}
    </section>
  );
}
