import {
  cueFor,
  elapsedAt,
  endTimer,
  formatClock,
  MINUTE,
  nextPhase,
  parseTimerState,
  pauseTimer,
  phaseAt,
  phaseDurations,
  phaseStarts,
  plannedStarts,
  READY,
  resumeTimer,
  spokenDuration,
  startTimer,
  timerView,
} from './timer';

const MINUTES = [5, 10, 30];
const NAMES = ['Clarify', 'Data', 'Design'];
const T0 = 1_700_000_000_000;
const at = (minutes: number, seconds = 0) => T0 + minutes * MINUTE + seconds * 1000;

describe('phase at a time', () => {
  const starts = plannedStarts(MINUTES);
  test('planned starts add up the minutes before each phase', () => {
    expect(starts).toEqual([0, 5 * MINUTE, 15 * MINUTE]);
  });
  test.each([
    [0, 0],
    [5 * MINUTE - 1, 0],
    [5 * MINUTE, 1],
    [15 * MINUTE - 1, 1],
    [15 * MINUTE, 2],
    [45 * MINUTE, 2],
    [90 * MINUTE, 2],
  ])('at %i ms the phase is %i', (elapsed, index) => {
    expect(phaseAt(starts, elapsed)).toBe(index);
  });
});

describe('running, pausing and resuming', () => {
  test('elapsed time is the difference of clock readings, not a count of ticks', () => {
    const running = startTimer(READY, T0);
    expect(elapsedAt(running, T0)).toBe(0);
    // One reading 7 minutes later, with no readings in between (a throttled tab), is still right.
    expect(elapsedAt(running, at(7))).toBe(7 * MINUTE);
    expect(timerView(MINUTES, running, at(7)).phaseIndex).toBe(1);
  });

  test('paused time does not count, and resuming continues from where it stopped', () => {
    let state = startTimer(READY, T0);
    state = pauseTimer(state, at(3));
    expect(state.status).toBe('paused');
    expect(elapsedAt(state, at(20))).toBe(3 * MINUTE);
    state = resumeTimer(state, at(20));
    expect(elapsedAt(state, at(21, 30))).toBe(4.5 * MINUTE);
    state = pauseTimer(state, at(22));
    state = resumeTimer(state, at(30));
    expect(elapsedAt(state, at(31))).toBe(6 * MINUTE);
    expect(timerView(MINUTES, state, at(31)).phaseIndex).toBe(1);
  });

  test('actions that do not apply leave the state alone', () => {
    expect(pauseTimer(READY, T0)).toBe(READY);
    expect(resumeTimer(READY, T0)).toBe(READY);
    expect(endTimer(READY, T0)).toBe(READY);
    const running = startTimer(READY, T0);
    expect(startTimer(running, at(1))).toBe(running);
    expect(resumeTimer(running, at(1))).toBe(running);
  });

  test('ending freezes the time, paused or running', () => {
    const ended = endTimer(startTimer(READY, T0), at(44));
    expect(ended.status).toBe('ended');
    expect(elapsedAt(ended, at(99))).toBe(44 * MINUTE);
    const pausedThenEnded = endTimer(pauseTimer(startTimer(READY, T0), at(2)), at(50));
    expect(elapsedAt(pausedThenEnded, at(99))).toBe(2 * MINUTE);
  });

  test('a clock that goes backwards never makes time negative', () => {
    expect(elapsedAt(startTimer(READY, T0), T0 - 5000)).toBe(0);
  });
});

describe('next phase', () => {
  test('moves on early; the saved time goes to the next phase, whose planned end stays', () => {
    const state = nextPhase(startTimer(READY, T0), MINUTES, at(3));
    expect(phaseStarts(MINUTES, state.earlyStarts)).toEqual([0, 3 * MINUTE, 15 * MINUTE]);
    const view = timerView(MINUTES, state, at(3));
    expect(view).toMatchObject({phaseIndex: 1, phaseEnd: 15 * MINUTE, phaseRemaining: 12 * MINUTE, enteredEarly: true});
  });

  test('does nothing in the last phase or before the start; works while paused', () => {
    const inLast = startTimer(READY, T0);
    expect(nextPhase(inLast, MINUTES, at(20))).toBe(inLast);
    expect(nextPhase(READY, MINUTES, T0)).toBe(READY);
    const paused = pauseTimer(startTimer(READY, T0), at(1));
    expect(timerView(MINUTES, nextPhase(paused, MINUTES, at(9)), at(9)).phaseIndex).toBe(1);
  });

  test('two presses walk through two phases', () => {
    let state = startTimer(READY, T0);
    state = nextPhase(state, MINUTES, at(1));
    state = nextPhase(state, MINUTES, at(2));
    expect(timerView(MINUTES, state, at(2)).phaseIndex).toBe(2);
    expect(phaseDurations(MINUTES, state, at(10))).toEqual([MINUTE, MINUTE, 8 * MINUTE]);
  });
});

describe('time left, warnings and overtime', () => {
  const running = startTimer(READY, T0);

  test('time left overall and in the phase', () => {
    expect(timerView(MINUTES, running, at(12))).toMatchObject({
      elapsed: 12 * MINUTE,
      remaining: 33 * MINUTE,
      phaseIndex: 1,
      phaseElapsed: 7 * MINUTE,
      phaseRemaining: 3 * MINUTE,
    });
  });

  test('overtime is shown as negative time left in the last phase, and counted in its duration', () => {
    const view = timerView(MINUTES, running, at(47, 30));
    expect(view).toMatchObject({phaseIndex: 2, remaining: -2.5 * MINUTE, phaseRemaining: -2.5 * MINUTE});
    expect(formatClock(view.remaining)).toBe('-2:30');
    expect(phaseDurations(MINUTES, endTimer(running, at(47, 30)), at(50))).toEqual([5 * MINUTE, 10 * MINUTE, 32.5 * MINUTE]);
  });

  test.each([
    [0, 0, 'move:0', 'Interview started: Clarify, until minute 5.'],
    [1, 0, null, null],
    [3, 59, null, null],
    [4, 0, 'warning:0', 'One minute left for Clarify. Next: Data.'],
    [4, 59, 'warning:0', 'One minute left for Clarify. Next: Data.'],
    [5, 0, 'move:1', 'Time to move on to Data, until minute 15.'],
    [5, 59, 'move:1', 'Time to move on to Data, until minute 15.'],
    [6, 0, null, null],
    [44, 0, 'warning:2', 'One minute left in the interview: wrap up.'],
    [45, 0, 'overtime', 'Time is up: the 45 minutes are over. Wrap up and end the interview.'],
    [60, 0, 'overtime', 'Time is up: the 45 minutes are over. Wrap up and end the interview.'],
  ])('at %i:%i the cue is %s', (minutes, seconds, key, text) => {
    const cue = cueFor(timerView(MINUTES, running, at(minutes, seconds)), NAMES);
    expect(cue?.key ?? null).toBe(key);
    expect(cue?.text ?? null).toBe(text);
  });

  test('moving on early says so, and nothing is cued before the start or after the end', () => {
    const early = nextPhase(running, MINUTES, at(2));
    expect(cueFor(timerView(MINUTES, early, at(2, 10)), NAMES)?.text).toBe('Moved on early to Data, until minute 15.');
    expect(cueFor(timerView(MINUTES, READY, T0), NAMES)).toBeNull();
    expect(cueFor(timerView(MINUTES, endTimer(running, at(45)), at(45)), NAMES)).toBeNull();
  });
});

test('clock and spoken formats', () => {
  expect(formatClock(0)).toBe('0:00');
  expect(formatClock(65_999)).toBe('1:05');
  expect(formatClock(45 * MINUTE)).toBe('45:00');
  expect(formatClock(62 * MINUTE + 3000)).toBe('1:02:03');
  expect(spokenDuration(65_000)).toBe('1 min 5 s');
  expect(spokenDuration(5 * MINUTE)).toBe('5 min');
  expect(spokenDuration(4000)).toBe('4 s');
});

describe('parseTimerState', () => {
  test('a saved state reads back', () => {
    const state = nextPhase(startTimer(READY, T0), MINUTES, at(1));
    expect(parseTimerState(JSON.parse(JSON.stringify(state)), 3)).toEqual(state);
    expect(parseTimerState(READY, 3)).toEqual(READY);
  });
  test.each([
    ['null', null],
    ['a string', 'running'],
    ['an unknown status', {...READY, status: 'flying'}],
    ['negative time', {...READY, elapsedBefore: -1}],
    ['running without a start', {...READY, status: 'running', runningSince: null}],
    ['a start while paused', {...READY, status: 'paused', runningSince: 5}],
    ['too many early starts', {...READY, earlyStarts: [null, null, null, 4]}],
    ['a bad early start', {...READY, earlyStarts: [null, 'x']}],
    ['infinite time', {...READY, elapsedBefore: Infinity}],
  ])('%s is rejected', (_, raw) => {
    expect(parseTimerState(raw, 3)).toBeUndefined();
  });
});
