import React, {useEffect, useId, useRef, useState, type ReactNode} from 'react';
import {DEFAULT_PLAN_NAME, MAX_NAME_LENGTH, type PlanSpec} from '../../../lib/planCode';
import {
  dailyLoad,
  formatMinutes,
  isValidDay,
  isValidPace,
  PACE_LIMITS,
  schedulePlan,
  YEAR_RANGE,
  type Pace,
  type PlanLesson,
  type PlanSection,
  type Schedule,
} from '../../../lib/studyPlan';
import PlanSchedule from '../PlanSchedule';
import styles from './styles.module.css';

/**
 * The plan builder: pick lessons (by section, with "all" per section), a start day, a pace (days,
 * or hours a day) and a name; the schedule follows every change. `today` (YYYY-MM-DD) is the
 * default start, set by the page once it runs in the browser. `renderActions` draws the link and
 * calendar buttons for the current plan.
 */
export type PlanBuilderProps = {
  lessons: PlanLesson[];
  sections: PlanSection[];
  completed: Readonly<Record<string, string>>;
  today: string | null;
  renderActions: (plan: PlanSpec, schedule: Schedule) => ReactNode;
  /** A plan to start from (a shared plan the reader made their own); its start day is replaced by `today`. */
  initial?: PlanSpec;
  /** Marks a lesson done or not in the reader's progress, from the schedule's checkboxes. */
  onToggleDone?: (lessonId: string, done: boolean) => void;
};

type PaceKind = Pace['kind'];

const HOURS = {min: PACE_LIMITS.minutesPerDay.min / 60, max: PACE_LIMITS.minutesPerDay.max / 60};

/** The pace the inputs describe, or an error to show beside them. */
export function readPace(kind: PaceKind, daysText: string, hoursText: string): {pace?: Pace; error?: string} {
  if (kind === 'days') {
    const days = Number(daysText);
    const pace: Pace = {kind: 'days', days};
    return daysText.trim() !== '' && isValidPace(pace)
      ? {pace}
      : {error: `Enter a whole number of days from ${PACE_LIMITS.days.min} to ${PACE_LIMITS.days.max}.`};
  }
  const hours = Number(hoursText);
  const pace: Pace = {kind: 'minutesPerDay', minutes: Math.round(hours * 60)};
  return hoursText.trim() !== '' && Number.isFinite(hours) && isValidPace(pace)
    ? {pace}
    : {error: `Enter hours a day from ${HOURS.min} to ${HOURS.max} (for example 1.5).`};
}

function SectionPicker({
  section,
  lessons,
  picked,
  onChange,
}: {
  section: PlanSection;
  lessons: PlanLesson[];
  picked: ReadonlySet<string>;
  onChange: (ids: string[], on: boolean) => void;
}): ReactNode {
  const all = useRef<HTMLInputElement>(null);
  const count = lessons.filter((lesson) => picked.has(lesson.id)).length;
  useEffect(() => {
    if (all.current) {
      all.current.indeterminate = count > 0 && count < lessons.length;
    }
  }, [count, lessons.length]);
  return (
    <fieldset className={styles.section}>
      <legend className={styles.legend}>
        {section.label} <span className={styles.count}>({count} of {lessons.length})</span>
      </legend>
      <label className={styles.all}>
        <input
          ref={all}
          type="checkbox"
          checked={count === lessons.length}
          onChange={(event) => onChange(lessons.map((lesson) => lesson.id), event.target.checked)}
        />
        <span>All of {section.label}</span>
      </label>
      {/* Folded so that on a phone the schedule follows the choices instead of 50 checkboxes. */}
      <details>
        <summary>Pick single lessons ({lessons.length})</summary>
      <ul className={styles.choices}>
        {lessons.map((lesson) => (
          <li key={lesson.id}>
            <label className={styles.choice}>
              <input
                type="checkbox"
                name="lesson"
                value={lesson.id}
                checked={picked.has(lesson.id)}
                onChange={(event) => onChange([lesson.id], event.target.checked)}
              />
              <span>
                {lesson.title} <span className={styles.minutes}>{formatMinutes(lesson.minutes)}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      </details>
    </fieldset>
  );
}

export default function PlanBuilder({
  lessons,
  sections,
  completed,
  today,
  renderActions,
  initial,
  onToggleDone,
}: PlanBuilderProps): ReactNode {
  const ids = {
    name: useId(),
    start: useId(),
    startError: useId(),
    days: useId(),
    hours: useId(),
    paceError: useId(),
  };
  const [picked, setPicked] = useState<ReadonlySet<string>>(() => new Set(initial?.lessonIds));
  const [name, setName] = useState(initial?.name ?? '');
  const [start, setStart] = useState(initial && today ? today : '');
  const [paceKind, setPaceKind] = useState<PaceKind>(initial?.pace.kind ?? 'days');
  const [daysText, setDaysText] = useState(initial?.pace.kind === 'days' ? String(initial.pace.days) : '14');
  const [hoursText, setHoursText] = useState(
    initial?.pace.kind === 'minutesPerDay' ? String(initial.pace.minutes / 60) : '1.5',
  );

  useEffect(() => {
    if (today && start === '') {
      setStart(today);
    }
    // Only the first known "today" fills the field; clearing it later is the reader's choice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [today]);

  const toggle = (changed: string[], on: boolean): void => {
    const next = new Set(picked);
    changed.forEach((id) => (on ? next.add(id) : next.delete(id)));
    setPicked(next);
  };

  const startError = isValidDay(start) ? undefined : `Pick a start date from ${YEAR_RANGE.min}-01-01 to ${YEAR_RANGE.max}-12-31.`;
  const {pace, error: paceError} = readPace(paceKind, daysText, hoursText);
  const pickedIds = lessons.filter((lesson) => picked.has(lesson.id)).map((lesson) => lesson.id);
  const ready = !startError && pace && pickedIds.length > 0;
  const schedule = ready ? schedulePlan(lessons, pickedIds, start, pace) : null;
  const plan: PlanSpec | null =
    schedule && pace
      ? {name: name.trim() || DEFAULT_PLAN_NAME, start, pace, lessonIds: schedule.days.flatMap((day) => day.lessons.map((lesson) => lesson.id))}
      : null;

  let summary = 'Pick at least one lesson to see the schedule.';
  if (pickedIds.length > 0 && (startError || paceError)) {
    summary = 'Fix the highlighted field to see the schedule.';
  } else if (schedule) {
    const {longest, average} = dailyLoad(schedule);
    const lessonCount = schedule.days.reduce((sum, day) => sum + day.lessons.length, 0);
    summary = `${lessonCount} ${lessonCount === 1 ? 'lesson' : 'lessons'} over ${schedule.days.length} ${
      schedule.days.length === 1 ? 'day' : 'days'
    }, ${formatMinutes(schedule.totalMinutes)} in all: about ${formatMinutes(average)} a day, at most ${formatMinutes(longest)}.`;
  }

  return (
    <div className={styles.builder}>
      <form className={styles.form} aria-label="Build a study plan" onSubmit={(event) => event.preventDefault()}>
        <div className={styles.settings}>
          <div className={styles.field}>
            <label htmlFor={ids.name}>Plan name</label>
            <input
              id={ids.name}
              type="text"
              value={name}
              maxLength={MAX_NAME_LENGTH}
              placeholder={DEFAULT_PLAN_NAME}
              autoComplete="off"
              onChange={(event) => setName(event.target.value)}
            />
          </div>
          <div className={styles.field}>
            <label htmlFor={ids.start}>Start date</label>
            <input
              id={ids.start}
              type="date"
              value={start}
              min={`${YEAR_RANGE.min}-01-01`}
              max={`${YEAR_RANGE.max}-12-31`}
              required
              aria-invalid={startError ? true : undefined}
              aria-describedby={startError ? ids.startError : undefined}
              onChange={(event) => setStart(event.target.value)}
            />
            {startError && today !== null && (
              <p id={ids.startError} className={styles.error}>
                {startError}
              </p>
            )}
          </div>
          <fieldset className={styles.field}>
            <legend>Pace</legend>
            <label className={styles.paceOption}>
              <input type="radio" name="pace" value="days" checked={paceKind === 'days'} onChange={() => setPaceKind('days')} />
              <span>Finish in</span>
            </label>
            <label className={styles.paceOption}>
              <input
                type="radio"
                name="pace"
                value="minutesPerDay"
                checked={paceKind === 'minutesPerDay'}
                onChange={() => setPaceKind('minutesPerDay')}
              />
              <span>Study a fixed time each day</span>
            </label>
            {paceKind === 'days' ? (
              <div className={styles.inline}>
                <label htmlFor={ids.days}>Number of days</label>
                <input
                  id={ids.days}
                  className={styles.number}
                  type="number"
                  inputMode="numeric"
                  min={PACE_LIMITS.days.min}
                  max={PACE_LIMITS.days.max}
                  step={1}
                  value={daysText}
                  aria-invalid={paceError ? true : undefined}
                  aria-describedby={paceError ? ids.paceError : undefined}
                  onChange={(event) => setDaysText(event.target.value)}
                />
              </div>
            ) : (
              <div className={styles.inline}>
                <label htmlFor={ids.hours}>Hours a day</label>
                <input
                  id={ids.hours}
                  className={styles.number}
                  type="number"
                  inputMode="decimal"
                  min={HOURS.min}
                  max={HOURS.max}
                  step={0.25}
                  value={hoursText}
                  aria-invalid={paceError ? true : undefined}
                  aria-describedby={paceError ? ids.paceError : undefined}
                  onChange={(event) => setHoursText(event.target.value)}
                />
              </div>
            )}
            {paceError && (
              <p id={ids.paceError} className={styles.error}>
                {paceError}
              </p>
            )}
          </fieldset>
        </div>
        <div className={styles.sections}>
          {sections.map((section) => (
            <SectionPicker
              key={section.id}
              section={section}
              lessons={lessons.filter((lesson) => lesson.section === section.id)}
              picked={picked}
              onChange={toggle}
            />
          ))}
        </div>
      </form>
      <div className={styles.output}>
        <p className={styles.summary} role="status" aria-live="polite" aria-atomic="true">
          {summary}
        </p>
        {schedule && schedule.added.length > 0 && (
          // Folded: two picked sections can add 20 titles, a whole screen on a phone above the schedule.
          <details className={styles.added}>
            <summary>
              Added {schedule.added.length} {schedule.added.length === 1 ? 'prerequisite' : 'prerequisites'} the picked
              lessons need
            </summary>
            <p>{schedule.added.map((lesson) => lesson.title).join(', ')}.</p>
          </details>
        )}
        {schedule && plan && (
          <>
            {renderActions(plan, schedule)}
            <PlanSchedule
              schedule={schedule}
              showDates
              completed={completed}
              headingLevel={3}
              today={today}
              idPrefix="built-"
              onToggleDone={onToggleDone}
            />
          </>
        )}
      </div>
    </div>
  );
}
