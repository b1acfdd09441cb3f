import {defineStoredState, isRecord, type StoredState} from '../../../lib/storedState';
import {parseTimerState, phaseDurations, type TimerState} from './timer';

/**
 * Mock interviews kept in the browser: the one in progress (so a reload resumes it, clock and all)
 * and the saved ones, newest first. One versioned key; anything that does not parse is dropped on
 * read, so a corrupt entry costs that entry, and corrupt data as a whole reads as no sessions.
 */

export type Score = 1 | 2 | 3 | 4;

export type PlannedPhase = {name: string; minutes: number};

/** The interview being run or scored. Notes and scores are per phase, in the case's phase order. */
export type InterviewDraft = {
  id: string;
  caseId: string;
  caseTitle: string;
  /** The case's phases when it started, so the interview runs to the plan it began with. */
  phases: PlannedPhase[];
  /** When Start was pressed, as an ISO timestamp. */
  startedAt: string;
  timer: TimerState;
  notes: string[];
  scores: Array<Score | null>;
  summary: string;
};

/** A finished interview, as saved and exported. */
export type SavedInterview = {
  id: string;
  caseId: string;
  caseTitle: string;
  startedAt: string;
  phases: Array<{name: string; plannedMinutes: number; spentSeconds: number; score: Score | null; notes: string}>;
  summary: string;
  /** Interview time, pauses excluded. */
  totalSeconds: number;
};

/**
 * `solo`: practising alone, so the interviewer's card stays hidden until revealed. Optional so that
 * data saved before the mode existed still reads (as practising with a partner).
 */
export type MockInterviews = {current: InterviewDraft | null; saved: SavedInterview[]; solo?: boolean};

export const NO_INTERVIEWS: MockInterviews = {current: null, saved: []};

/** Saved interviews kept; saving one more drops the oldest. */
export const MAX_SAVED = 30;
/** Characters kept per note and per summary. */
export const MAX_NOTE_CHARS = 4_000;
const MAX_PHASES = 20;

const isText = (value: unknown, max = 200): value is string => typeof value === 'string' && value.length <= max;
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isScore = (value: unknown): value is Score => value === 1 || value === 2 || value === 3 || value === 4;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/;
const note = (value: unknown): string => (typeof value === 'string' ? value.slice(0, MAX_NOTE_CHARS) : '');

function parsePlan(raw: unknown): PlannedPhase[] | undefined {
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > MAX_PHASES) return undefined;
  const phases = raw.map((phase) =>
    isRecord(phase) && isText(phase.name) && phase.name.length > 0 && isCount(phase.minutes) && phase.minutes > 0
      ? {name: phase.name, minutes: phase.minutes}
      : undefined,
  );
  return phases.every((phase) => phase !== undefined) ? (phases as PlannedPhase[]) : undefined;
}

function parseDraft(raw: unknown): InterviewDraft | undefined {
  if (!isRecord(raw) || !isText(raw.id) || !isText(raw.caseId) || !isText(raw.caseTitle, 300)) return undefined;
  if (!isText(raw.startedAt) || !ISO_TIME.test(raw.startedAt)) return undefined;
  const phases = parsePlan(raw.phases);
  const timer = phases && parseTimerState(raw.timer, phases.length);
  if (!phases || !timer || timer.status === 'ready') return undefined;
  const perPhase = <T,>(list: unknown, read: (value: unknown) => T): T[] =>
    phases.map((_, index) => read(Array.isArray(list) ? list[index] : undefined));
  return {
    id: raw.id,
    caseId: raw.caseId,
    caseTitle: raw.caseTitle,
    phases,
    startedAt: raw.startedAt,
    timer,
    notes: perPhase(raw.notes, note),
    scores: perPhase(raw.scores, (value) => (isScore(value) ? value : null)),
    summary: note(raw.summary),
  };
}

function parseSaved(raw: unknown): SavedInterview | undefined {
  if (!isRecord(raw) || !isText(raw.id) || !isText(raw.caseId) || !isText(raw.caseTitle, 300)) return undefined;
  if (!isText(raw.startedAt) || !ISO_TIME.test(raw.startedAt) || !isCount(raw.totalSeconds)) return undefined;
  if (!Array.isArray(raw.phases) || raw.phases.length === 0 || raw.phases.length > MAX_PHASES) return undefined;
  const phases: SavedInterview['phases'] = [];
  for (const phase of raw.phases) {
    if (!isRecord(phase) || !isText(phase.name) || !isCount(phase.plannedMinutes) || phase.plannedMinutes === 0 || !isCount(phase.spentSeconds)) {
      return undefined;
    }
    phases.push({
      name: phase.name,
      plannedMinutes: phase.plannedMinutes,
      spentSeconds: phase.spentSeconds,
      score: isScore(phase.score) ? phase.score : null,
      notes: note(phase.notes),
    });
  }
  return {
    id: raw.id,
    caseId: raw.caseId,
    caseTitle: raw.caseTitle,
    startedAt: raw.startedAt,
    phases,
    summary: note(raw.summary),
    totalSeconds: raw.totalSeconds,
  };
}

/** The stored data with every unreadable part dropped; undefined (read as no sessions) if it is not ours at all. */
export function parseMockInterviews(raw: unknown): MockInterviews | undefined {
  if (!isRecord(raw) || !Array.isArray(raw.saved)) return undefined;
  const saved = raw.saved.map(parseSaved).filter((entry): entry is SavedInterview => entry !== undefined);
  const read: MockInterviews = {current: parseDraft(raw.current) ?? null, saved: saved.slice(0, MAX_SAVED)};
  return raw.solo === true ? {...read, solo: true} : read;
}

export const mockInterviewsState: StoredState<MockInterviews> = defineStoredState(
  'mock-interviews',
  1,
  parseMockInterviews,
  NO_INTERVIEWS,
);

/** A new draft for a case, started at clock reading `now`. */
export function newDraft(
  mockCase: {id: string; title: string; phases: readonly PlannedPhase[]},
  timer: TimerState,
  now: number,
  random: () => number = Math.random,
): InterviewDraft {
  return {
    id: `${now.toString(36)}-${Math.floor(random() * 36 ** 6).toString(36)}`,
    caseId: mockCase.id,
    caseTitle: mockCase.title,
    phases: mockCase.phases.map(({name, minutes}) => ({name, minutes})),
    startedAt: new Date(now).toISOString(),
    timer,
    notes: mockCase.phases.map(() => ''),
    scores: mockCase.phases.map(() => null),
    summary: '',
  };
}

/** The finished draft as a saved interview. */
export function savedFrom(draft: InterviewDraft, now: number): SavedInterview {
  const spent = phaseDurations(draft.phases.map((phase) => phase.minutes), draft.timer, now);
  return {
    id: draft.id,
    caseId: draft.caseId,
    caseTitle: draft.caseTitle,
    startedAt: draft.startedAt,
    phases: draft.phases.map((phase, index) => ({
      name: phase.name,
      plannedMinutes: phase.minutes,
      spentSeconds: Math.round(spent[index] / 1000),
      score: draft.scores[index] ?? null,
      notes: draft.notes[index] ?? '',
    })),
    summary: draft.summary,
    totalSeconds: Math.round(spent.reduce((sum, ms) => sum + ms, 0) / 1000),
  };
}

/** The list with `session` first (replacing an earlier save of the same interview), capped. */
export function withSaved(saved: readonly SavedInterview[], session: SavedInterview): SavedInterview[] {
  return [session, ...saved.filter((entry) => entry.id !== session.id)].slice(0, MAX_SAVED);
}

/** A saved interview back in the rubric, to change its scores and notes. */
export function draftFromSaved(session: SavedInterview): InterviewDraft {
  const ms = session.totalSeconds * 1000;
  let start = 0;
  // Rebuild a finished timer whose phases took the saved times: each phase started where the last ended.
  const earlyStarts = session.phases.map((phase, index) => {
    const at = index === 0 ? null : start;
    start += phase.spentSeconds * 1000;
    return at;
  });
  return {
    id: session.id,
    caseId: session.caseId,
    caseTitle: session.caseTitle,
    phases: session.phases.map((phase) => ({name: phase.name, minutes: phase.plannedMinutes})),
    startedAt: session.startedAt,
    timer: {status: 'ended', elapsedBefore: ms, runningSince: null, earlyStarts},
    notes: session.phases.map((phase) => phase.notes),
    scores: session.phases.map((phase) => phase.score),
    summary: session.summary,
  };
}
