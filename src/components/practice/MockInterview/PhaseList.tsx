import React, {type ReactNode} from 'react';
import {formatClock, type TimerView} from './timer';
import styles from './styles.module.css';

/** The case's phases with their planned windows; during an interview, the current one is marked. */
export default function PhaseList({
  phases,
  view,
  durations,
  labelledBy,
}: {
  phases: ReadonlyArray<{name: string; minutes: number}>;
  /** Null before the interview starts. */
  view: TimerView | null;
  /** Time spent in each phase so far (ms), during and after an interview. */
  durations: readonly number[] | null;
  /** The id of the heading that names the list. */
  labelledBy?: string;
}): ReactNode {
  let start = 0;
  return (
    <ol className={styles.phaseList} aria-labelledby={labelledBy}>
      {phases.map((phase, index) => {
        const from = start;
        start += phase.minutes;
        const current = view !== null && view.status !== 'ended' && view.phaseIndex === index;
        const spent = durations?.[index] ?? 0;
        return (
          <li key={phase.name} className={styles.phaseItem} aria-current={current ? 'step' : undefined} data-current={current || undefined}>
            <span className={styles.phaseName}>
              {index + 1}. {phase.name}
            </span>{' '}
            <span className={styles.phaseWindow}>
              {phase.minutes} min, minute {from} to {start}
              {durations && spent > 0 && <>; spent {formatClock(spent)}</>}
              {current && <strong> (now)</strong>}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
