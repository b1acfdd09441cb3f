/**
 * The mock interview's clock, as pure functions of a small state and a clock reading. Time is never
 * counted in ticks: every figure is the difference of two readings of one clock (Date.now by
 * default, injectable in tests), so a throttled background tab, a sleeping laptop or a reload all
 * show the right time as soon as the page looks again.
 *
 * The plan is absolute, like the 45-minute budget it teaches: phase i starts at the sum of the
 * minutes before it and the timer moves on by itself when that minute comes. "Next phase" moves on
 * early; the time saved goes to the next phase, whose planned end stays where it was. Only the last
 * phase can run over, and that overtime is shown.
 */

export const MINUTE = 60_000;

/** How long before a phase ends the candidate is warned. */
export const WARNING_MS = MINUTE;

/** How long the "move on" banner stays up after a phase starts. */
export const MOVE_ON_MS = MINUTE;

export type TimerStatus = 'ready' | 'running' | 'paused' | 'ended';

export type TimerState = {
  status: TimerStatus;
  /** Interview time (ms) counted before the current running stretch. */
  elapsedBefore: number;
  /** The clock's reading when the current running stretch began; null unless running. */
  runningSince: number | null;
  /** earlyStarts[i]: interview time (ms) at which "Next phase" entered phase i before its planned start. */
  earlyStarts: Array<number | null>;
};

export const READY: TimerState = {status: 'ready', elapsedBefore: 0, runningSince: null, earlyStarts: []};

/** Interview time (ms) at clock reading `now`: paused stretches do not count. */
export function elapsedAt(state: TimerState, now: number): number {
  const running = state.status === 'running' && state.runningSince !== null ? Math.max(0, now - state.runningSince) : 0;
  return state.elapsedBefore + running;
}

export function startTimer(state: TimerState, now: number): TimerState {
  return state.status === 'ready' ? {...READY, status: 'running', runningSince: now} : state;
}

export function pauseTimer(state: TimerState, now: number): TimerState {
  return state.status === 'running'
    ? {...state, status: 'paused', elapsedBefore: elapsedAt(state, now), runningSince: null}
    : state;
}

export function resumeTimer(state: TimerState, now: number): TimerState {
  return state.status === 'paused' ? {...state, status: 'running', runningSince: now} : state;
}

export function endTimer(state: TimerState, now: number): TimerState {
  return state.status === 'running' || state.status === 'paused'
    ? {...state, status: 'ended', elapsedBefore: elapsedAt(state, now), runningSince: null}
    : state;
}

/** Planned start of each phase (ms), from the phases' minutes. */
export function plannedStarts(minutes: readonly number[]): number[] {
  let start = 0;
  return minutes.map((length) => {
    const at = start;
    start += length * MINUTE;
    return at;
  });
}

/** Actual start of each phase (ms): its planned start, or earlier if "Next phase" moved into it. */
export function phaseStarts(minutes: readonly number[], earlyStarts: ReadonlyArray<number | null>): number[] {
  return plannedStarts(minutes).map((planned, index) => Math.min(planned, earlyStarts[index] ?? Infinity));
}

/** The index of the phase in progress at interview time `elapsed`, given the phases' starts. */
export function phaseAt(starts: readonly number[], elapsed: number): number {
  let index = 0;
  starts.forEach((start, i) => {
    if (start <= elapsed) index = i;
  });
  return index;
}

/** Moves on to the phase after the current one now; does nothing in the last phase or when not started. */
export function nextPhase(state: TimerState, minutes: readonly number[], now: number): TimerState {
  if (state.status !== 'running' && state.status !== 'paused') return state;
  const elapsed = elapsedAt(state, now);
  const next = phaseAt(phaseStarts(minutes, state.earlyStarts), elapsed) + 1;
  if (next >= minutes.length) return state;
  const earlyStarts = minutes.map((_, index) => state.earlyStarts[index] ?? null);
  earlyStarts[next] = elapsed;
  return {...state, earlyStarts};
}

/** Everything the timer shows, at one clock reading. Times are in ms. */
export type TimerView = {
  status: TimerStatus;
  total: number;
  elapsed: number;
  /** Time left of the whole interview; negative in overtime. */
  remaining: number;
  phaseIndex: number;
  phaseStart: number;
  /** Where the phase ends: the next phase's start, or the end of the interview. */
  phaseEnd: number;
  phaseElapsed: number;
  /** Time left in the phase; negative only in the last phase, in overtime. */
  phaseRemaining: number;
  /** True when "Next phase" brought the current phase forward. */
  enteredEarly: boolean;
};

export function timerView(minutes: readonly number[], state: TimerState, now: number): TimerView {
  const total = minutes.reduce((sum, length) => sum + length, 0) * MINUTE;
  const starts = phaseStarts(minutes, state.earlyStarts);
  const elapsed = elapsedAt(state, now);
  const phaseIndex = phaseAt(starts, elapsed);
  const phaseStart = starts[phaseIndex];
  const phaseEnd = phaseIndex + 1 < starts.length ? starts[phaseIndex + 1] : total;
  return {
    status: state.status,
    total,
    elapsed,
    remaining: total - elapsed,
    phaseIndex,
    phaseStart,
    phaseEnd,
    phaseElapsed: elapsed - phaseStart,
    phaseRemaining: phaseEnd - elapsed,
    enteredEarly: phaseIndex > 0 && state.earlyStarts[phaseIndex] != null,
  };
}

/** Time spent in each phase (ms); phases not reached get 0. The last phase's time includes overtime. */
export function phaseDurations(minutes: readonly number[], state: TimerState, now: number): number[] {
  const starts = phaseStarts(minutes, state.earlyStarts);
  const elapsed = elapsedAt(state, now);
  return starts.map((start, index) => {
    const end = index + 1 < starts.length ? Math.min(starts[index + 1], elapsed) : elapsed;
    return Math.max(0, end - start);
  });
}

/** Something to tell the candidate: `key` changes once per event, so each is announced once. */
export type TimerCue = {key: string; kind: 'move' | 'warning' | 'overtime'; text: string};

/** What the banner says at this moment (and the live region announces when the key changes), if anything. */
export function cueFor(view: TimerView, phaseNames: readonly string[]): TimerCue | null {
  if (view.status === 'ready' || view.status === 'ended') return null;
  const {phaseIndex: index} = view;
  const name = phaseNames[index];
  const last = index === phaseNames.length - 1;
  if (view.remaining <= 0) {
    return {
      key: 'overtime',
      kind: 'overtime',
      text: `Time is up: the ${view.total / MINUTE} minutes are over. Wrap up and end the interview.`,
    };
  }
  if (view.phaseRemaining <= WARNING_MS) {
    return {
      key: `warning:${index}`,
      kind: 'warning',
      text: last
        ? 'One minute left in the interview: wrap up.'
        : `One minute left for ${name}. Next: ${phaseNames[index + 1]}.`,
    };
  }
  if (view.phaseElapsed < MOVE_ON_MS) {
    const until = `until minute ${Math.round(view.phaseEnd / MINUTE)}`;
    if (index === 0) {
      return {key: 'move:0', kind: 'move', text: `Interview started: ${name}, ${until}.`};
    }
    return {
      key: `move:${index}`,
      kind: 'move',
      text: view.enteredEarly
        ? `Moved on early to ${name}, ${until}.`
        : `Time to move on to ${name}, ${until}.`,
    };
  }
  return null;
}

/** "4:05", "45:00", "1:02:03"; negative values get a minus sign. Whole seconds, rounded down. */
export function formatClock(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const seconds = Math.floor(Math.abs(ms) / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return h > 0 ? `${sign}${h}:${pad(m)}:${pad(s)}` : `${sign}${m}:${pad(s)}`;
}

/** The same time in words for assistive technology and exports: "4 min 5 s". */
export function spokenDuration(ms: number): string {
  const seconds = Math.floor(Math.abs(ms) / 1000);
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  if (m === 0) return `${s} s`;
  return s === 0 ? `${m} min` : `${m} min ${s} s`;
}

/** Reads a TimerState back from storage; undefined when it cannot be trusted. */
export function parseTimerState(raw: unknown, phaseCount: number): TimerState | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const {status, elapsedBefore, runningSince, earlyStarts} = raw as Record<string, unknown>;
  const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
  if (status !== 'ready' && status !== 'running' && status !== 'paused' && status !== 'ended') return undefined;
  if (!isTime(elapsedBefore)) return undefined;
  if (status === 'running' ? !isTime(runningSince) : runningSince !== null) return undefined;
  if (!Array.isArray(earlyStarts) || earlyStarts.length > phaseCount) return undefined;
  if (!earlyStarts.every((at) => at === null || isTime(at))) return undefined;
  return {status, elapsedBefore, runningSince: runningSince as number | null, earlyStarts: earlyStarts as Array<number | null>};
}
