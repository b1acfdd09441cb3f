import React, {type CSSProperties, type ReactNode} from 'react';
import {assertValidProps, isNonEmptyString} from '../../propErrors';
import styles from './styles.module.css';

export type TimelinePhase = {
  name: string;
  /** Length of the phase; the bar is drawn to scale from these. */
  minutes: number;
  /** Guiding questions for the phase (may be empty). */
  questions: string[];
};

/** The phases of an interview on a to-scale bar, then each phase's time window and questions. */
export type FrameworkTimelineProps = {
  title?: string;
  phases: TimelinePhase[];
};

export type ScheduledPhase = TimelinePhase & {start: number; end: number};

/** Start and end minute of each phase, in order. */
export function schedulePhases(phases: readonly TimelinePhase[]): ScheduledPhase[] {
  let start = 0;
  return phases.map((phase) => {
    const scheduled = {...phase, start, end: start + phase.minutes};
    start = scheduled.end;
    return scheduled;
  });
}

export function frameworkTimelineProblems({phases}: FrameworkTimelineProps): string[] {
  if (!Array.isArray(phases) || phases.length === 0) {
    return ['phases: give at least one phase'];
  }
  return phases.flatMap((phase, index) => {
    const problems: string[] = [];
    if (!isNonEmptyString(phase?.name)) {
      problems.push(`phases[${index}]: the phase needs a non-empty name`);
    }
    if (typeof phase?.minutes !== 'number' || !Number.isFinite(phase.minutes) || phase.minutes <= 0) {
      problems.push(`phases[${index}] ("${phase?.name}"): minutes is ${String(phase?.minutes)}, must be a positive number`);
    }
    if (!Array.isArray(phase?.questions) || !phase.questions.every(isNonEmptyString)) {
      problems.push(`phases[${index}] ("${phase?.name}"): questions must be a list of non-empty strings`);
    }
    return problems;
  });
}

function minutesText(minutes: number): string {
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

/**
 * The hue of phase `index` of `count`: evenly spread round the colour wheel from blue, so no two
 * phases share a colour however many there are (at least 72° apart for up to five, 51° for seven).
 */
export function phaseHue(index: number, count: number): number {
  return Math.round(210 + (index * 360) / Math.max(count, 5)) % 360;
}

export default function FrameworkTimeline(props: FrameworkTimelineProps): ReactNode {
  const {title, phases} = props;
  assertValidProps('FrameworkTimeline', title ?? '', frameworkTimelineProblems(props));
  const scheduled = schedulePhases(phases);
  const total = scheduled[scheduled.length - 1].end;
  return (
    <figure className={styles.timeline}>
      <figcaption className={styles.caption}>
        {title && <span className={styles.title}>{title}</span>}
        <span className={styles.total}>Total: {minutesText(total)}</span>
      </figcaption>
      {/* The bar repeats the list below in picture form, so assistive technology skips it. */}
      <div className={styles.bar} aria-hidden="true">
        {scheduled.map((phase, index) => (
          <div
            key={phase.name}
            className={styles.segment}
            style={{flexGrow: phase.minutes, '--hue': phaseHue(index, scheduled.length)} as CSSProperties}
            title={`${phase.name}: ${minutesText(phase.minutes)}`}>
            <span className={styles.segmentNumber}>{index + 1}</span>
            <span className={styles.segmentMinutes}>{phase.minutes}m</span>
          </div>
        ))}
      </div>
      <ol className={styles.phases}>
        {scheduled.map((phase, index) => (
          <li key={phase.name} className={styles.phase} style={{'--hue': phaseHue(index, scheduled.length)} as CSSProperties}>
            <div className={styles.phaseHeader}>
              <span className={styles.phaseName}>{phase.name}</span>
              <span className={styles.phaseTime}>
                {minutesText(phase.minutes)}, minute {phase.start} to {phase.end}
              </span>
            </div>
            {phase.questions.length > 0 && (
              <ul className={styles.questions}>
                {phase.questions.map((question) => (
                  <li key={question}>{question}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </figure>
  );
}
