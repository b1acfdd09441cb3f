import React, {useEffect, type ReactNode} from 'react';
import {formatClock, type TimerView} from './timer';
import styles from './styles.module.css';

const over = (ms: number) => (ms < 0 ? `+${formatClock(-ms)} over` : `${formatClock(ms)} left`);

/**
 * A one-line copy of the clock that stays under the navbar while the page scrolls, so the time is in
 * view while reading the cards or typing notes. It is hidden from assistive technology: the timer
 * panel holds the same figures, and its cues are announced.
 */
export default function TimerStrip({view, phaseNames}: {view: TimerView; phaseNames: readonly string[]}): ReactNode {
  // Keeps what keyboard focus scrolls to clear of the strip as well as of the navbar.
  useEffect(() => {
    const root = document.documentElement.style;
    const before = root.scrollPaddingTop;
    root.scrollPaddingTop = 'calc(var(--ifm-navbar-height) + 3.5rem)';
    return () => {
      root.scrollPaddingTop = before;
    };
  }, []);
  return (
    <div className={styles.strip} aria-hidden="true" data-testid="timer-strip">
      <span className={styles.stripPhase}>
        {view.phaseIndex + 1}/{phaseNames.length} {phaseNames[view.phaseIndex]}
        {view.status === 'paused' && ' (paused)'}
      </span>
      <span>Phase {over(view.phaseRemaining)}</span>
      <span>Total {over(view.remaining)}</span>
    </div>
  );
}
