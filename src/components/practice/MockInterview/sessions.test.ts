import {parseStoredText} from '../../../lib/storedState';
import {sessionMarkdown, sessionsJson, exportFileName, averageScore} from './report';
import {
  draftFromSaved,
  MAX_NOTE_CHARS,
  MAX_SAVED,
  mockInterviewsState,
  newDraft,
  NO_INTERVIEWS,
  parseMockInterviews,
  savedFrom,
  withSaved,
  type SavedInterview,
} from './sessions';
import {endTimer, MINUTE, nextPhase, phaseDurations, READY, startTimer} from './timer';

const T0 = Date.UTC(2025, 2, 4, 9, 5);
const CASE = {id: 'case-studies/eta-prediction', title: 'ETA Prediction', phases: [
  {name: 'Clarify', minutes: 5},
  {name: 'Model | loss', minutes: 40},
]};

function finished(): SavedInterview {
  const running = startTimer(READY, T0);
  const timer = endTimer(nextPhase(running, [5, 40], T0 + 3 * MINUTE), T0 + 44 * MINUTE);
  const draft = {...newDraft(CASE, timer, T0, () => 0.5), scores: [3, null] as const, notes: ['Asked good questions\nabout scale', ''], summary: 'Solid.'};
  return savedFrom({...draft, scores: [...draft.scores]}, T0 + 50 * MINUTE);
}

test('the store has one versioned key', () => {
  expect(mockInterviewsState.key).toBe('mlsd-guide:mock-interviews:v1');
});

describe('parseMockInterviews', () => {
  test('a saved interview and an interview in progress read back unchanged', () => {
    const session = finished();
    const current = newDraft(CASE, startTimer(READY, T0), T0);
    const data = {current, saved: [session]};
    expect(parseStoredText(JSON.stringify(data), parseMockInterviews, NO_INTERVIEWS)).toEqual(data);
  });

  test('the solo mode is kept; data saved before the mode existed reads as practising with a partner', () => {
    const session = finished();
    expect(parseMockInterviews({current: null, saved: [session], solo: true})).toEqual({current: null, saved: [session], solo: true});
    const before = parseMockInterviews({current: null, saved: [session]})!;
    expect(before.saved).toEqual([session]);
    expect(before.solo).toBeUndefined();
    expect(parseMockInterviews({current: null, saved: [], solo: 'yes'})!.solo).toBeUndefined();
  });

  test.each([
    ['not JSON', '{nope'],
    ['an array', '[]'],
    ['a number', '42'],
    ['another shape', '{"completed": {}}'],
    ['saved not a list', '{"saved": {"a": 1}, "current": null}'],
  ])('%s reads as no interviews', (_, text) => {
    expect(parseStoredText(text, parseMockInterviews, NO_INTERVIEWS)).toEqual(NO_INTERVIEWS);
  });

  test('bad entries are dropped one by one; a bad draft is dropped; notes are capped', () => {
    const good = finished();
    const raw = {
      current: {...newDraft(CASE, startTimer(READY, T0), T0), timer: {status: 'running', runningSince: 'soon'}},
      saved: [
        good,
        {...good, id: 'b', startedAt: 'yesterday'},
        {...good, id: 'c', phases: [{name: 'x', plannedMinutes: 0, spentSeconds: 1}]},
        {...good, id: 'd', phases: [{...good.phases[0], score: 9, notes: 'x'.repeat(MAX_NOTE_CHARS + 10)}]},
        null,
      ],
    };
    const parsed = parseMockInterviews(JSON.parse(JSON.stringify(raw)))!;
    expect(parsed.current).toBeNull();
    expect(parsed.saved.map((entry) => entry.id)).toEqual([good.id, 'd']);
    expect(parsed.saved[1].phases[0].score).toBeNull();
    expect(parsed.saved[1].phases[0].notes).toHaveLength(MAX_NOTE_CHARS);
  });

  test('a draft that was never started is not an interview in progress', () => {
    const draft = newDraft(CASE, READY, T0);
    expect(parseMockInterviews({saved: [], current: draft})!.current).toBeNull();
  });
});

describe('saving', () => {
  test('records each phase with its planned and spent time, score and notes', () => {
    const session = finished();
    expect(session).toMatchObject({
      caseId: CASE.id,
      caseTitle: 'ETA Prediction',
      startedAt: '2025-03-04T09:05:00.000Z',
      totalSeconds: 44 * 60,
      summary: 'Solid.',
      phases: [
        {name: 'Clarify', plannedMinutes: 5, spentSeconds: 180, score: 3, notes: 'Asked good questions\nabout scale'},
        {name: 'Model | loss', plannedMinutes: 40, spentSeconds: 41 * 60, score: null, notes: ''},
      ],
    });
  });

  test('newest first, a re-save replaces the same interview, and the list is capped', () => {
    const session = finished();
    let list: SavedInterview[] = [];
    for (let i = 0; i < MAX_SAVED + 5; i += 1) list = withSaved(list, {...session, id: `s${i}`});
    expect(list).toHaveLength(MAX_SAVED);
    expect(list[0].id).toBe(`s${MAX_SAVED + 4}`);
    const resaved = withSaved(list, {...list[3], summary: 'changed'});
    expect(resaved).toHaveLength(MAX_SAVED);
    expect(resaved[0]).toMatchObject({id: list[3].id, summary: 'changed'});
  });

  test('a reopened interview keeps its times, scores and notes', () => {
    const session = finished();
    const draft = draftFromSaved(session);
    const durations = phaseDurations(draft.phases.map((p) => p.minutes), draft.timer, T0);
    expect(durations).toEqual([180_000, 41 * MINUTE]);
    expect(savedFrom(draft, T0)).toEqual(session);
  });
});

describe('export', () => {
  test('Markdown has the facts, a table with escaped names, and the notes quoted', () => {
    const text = sessionMarkdown(finished());
    expect(text).toMatch(/^# Mock interview: ETA Prediction\n/);
    expect(text).toContain('- Interview time: 44 min (planned 45 min)');
    expect(text).toContain('- Average score: 3 of 4');
    expect(text).toContain('| Clarify | 5 min | 3 min | 3 (Solid) |');
    expect(text).toContain('| Model \\| loss | 40 min | 41 min | – |');
    expect(text).toContain('## Clarify\n\n> Asked good questions\n> about scale');
    expect(text).toContain('## Overall summary\n\n> Solid.');
  });

  test('JSON reads back through the same parse', () => {
    const session = finished();
    const file = JSON.parse(sessionsJson([session]));
    expect(parseMockInterviews(file)!.saved).toEqual([session]);
  });

  test('file names and averages', () => {
    const session = finished();
    expect(exportFileName(session, 'md')).toMatch(/^mock-interview-eta-prediction-2025-03-0\d\.md$/);
    expect(exportFileName(null, 'json')).toBe('mock-interviews.json');
    expect(averageScore(session)).toBe(3);
    expect(averageScore({...session, phases: session.phases.map((p) => ({...p, score: null}))})).toBeNull();
  });
});
