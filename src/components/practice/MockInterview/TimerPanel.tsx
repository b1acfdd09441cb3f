import React, {useEffect, useRef, useState, type ReactNode} from 'react';
import {formatClock, spokenDuration, type TimerCue, type TimerView} from './timer';
import styles from './styles.module.css';

export type TimerPanelProps = {
  view: TimerView;
  phaseNames: readonly string[];
  cue: TimerCue | null;
  /** The last cue announced to screen readers (kept until the next one). */
  announcement: string;
  onPrimary: () => void;
  onNext: () => void;
  onEnd: () => void;
};

const PRIMARY_LABEL = {ready: 'Start interview', running: 'Pause', paused: 'Resume', ended: 'Start interview'} as const;

/**
 * The clock: overall and phase time, the current phase, a banner when it is time to move on, and the
 * controls. The figures change every second and are not announced; only cues are, once each.
 */
export default function TimerPanel({view, phaseNames, cue, announcement, onPrimary, onNext, onEnd}: TimerPanelProps): ReactNode {
  const started = view.status === 'running' || view.status === 'paused';
  const last = view.phaseIndex === phaseNames.length - 1;
  const overtime = view.remaining < 0;
  // Ending cannot be undone (the clock cannot be resumed), so it takes a second, deliberate press.
  const [confirming, setConfirming] = useState(false);
  const keepGoing = useRef<HTMLButtonElement>(null);
  const endButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (confirming) keepGoing.current?.focus();
    else if (returnFocus.current) endButton.current?.focus();
    returnFocus.current = false;
  }, [confirming]);
  const cancel = () => {
    returnFocus.current = true;
    setConfirming(false);
  };
  return (
    <div className={styles.timer}>
      <p className={styles.phaseNow}>
        {view.status === 'ready' ? (
          <>Ready: {phaseNames.length} phases, {view.total / 60_000} minutes.</>
        ) : (
          <>
            Phase {view.phaseIndex + 1} of {phaseNames.length}: <strong>{phaseNames[view.phaseIndex]}</strong>
            {view.status === 'paused' && ' (paused)'}
          </>
        )}
      </p>
      <div role="timer" aria-label="Interview time">
      <dl className={styles.clocks}>
        <div>
          <dt>Elapsed</dt>
          <dd>{formatClock(view.elapsed)}</dd>
        </div>
        <div data-overtime={overtime || undefined}>
          <dt>{overtime ? 'Overtime' : 'Remaining'}</dt>
          <dd>{overtime ? `+${formatClock(-view.remaining)}` : formatClock(view.remaining)}</dd>
        </div>
        <div>
          <dt>In this phase</dt>
          <dd>{formatClock(view.phaseElapsed)}</dd>
        </div>
        <div data-overtime={(started && view.phaseRemaining < 0) || undefined}>
          <dt>Phase left</dt>
          <dd>{view.phaseRemaining < 0 ? `+${formatClock(-view.phaseRemaining)} over` : formatClock(view.phaseRemaining)}</dd>
        </div>
      </dl>
      </div>
      {cue && (
        <p className={styles.banner} data-kind={cue.kind} id="mock-banner">
          {cue.text}
        </p>
      )}
      <div className={styles.controls}>
        <button type="button" className="button button--primary" onClick={onPrimary} key="primary">
          {PRIMARY_LABEL[view.status]}
        </button>
        {started && (
          <>
            <button
              type="button"
              className="button button--secondary"
              aria-disabled={last || undefined}
              aria-describedby={last ? 'next-phase-note' : undefined}
              onClick={() => !last && onNext()}>
              Next phase
            </button>
            <button
              type="button"
              className="button button--secondary"
              ref={endButton}
              aria-expanded={confirming}
              aria-controls={confirming ? 'end-confirm' : undefined}
              onClick={() => setConfirming(true)}>
              End interview
            </button>
          </>
        )}
      </div>
      {started && confirming && (
        <div
          id="end-confirm"
          role="group"
          aria-labelledby="end-confirm-question"
          className={styles.card}
          onKeyDown={(event) => {
            if (event.key === 'Escape') cancel();
          }}>
          <p id="end-confirm-question">
            <strong>End the interview now?</strong> The clock stops for good and you go on to score it.
          </p>
          <div className={styles.controls}>
            <button type="button" className="button button--primary" onClick={onEnd}>
              End and score
            </button>
            <button type="button" className="button button--secondary" ref={keepGoing} onClick={cancel}>
              Keep going
            </button>
          </div>
        </div>
      )}
      {started && last && (
        <p id="next-phase-note" className={styles.hint}>
          This is the last phase; end the interview when you are done.
        </p>
      )}
      {view.status === 'paused' && (
        <p className={styles.hint}>Paused at {spokenDuration(view.elapsed)}: the clock is stopped.</p>
      )}
      <p id="mock-announcer" className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </div>
  );
}
