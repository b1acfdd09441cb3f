import {afterAnswer, firstEntry, isIsoDay, LAST_BOX, type DrillAnswer, type DrillEntry} from './drills';
import {defineStoredState, isRecord, type StoredState} from './storedState';

/**
 * Self-check questions and the reader's marks on them. A question's id is its lesson id plus a slug
 * of its text ("ml-system-design/metrics#is-accuracy-enough-at-1-positives"); the same functions give
 * the id on the lesson page and at build time (the review page), so the two always agree. Rewording
 * a question gives it a new id, and an old mark is then dropped from the review page.
 */

const MAX_SLUG_LENGTH = 60;

/** A URL-safe slug of the question's text, at most 60 characters, cut at a word boundary. */
export function questionSlug(question: string): string {
  const words = question
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) {
      return slug || word.slice(0, MAX_SLUG_LENGTH);
    }
    slug = next;
  }
  return slug || 'question';
}

/** The anchor of a question on its lesson page (the id of its <details>). */
export function questionAnchor(question: string): string {
  return `check-${questionSlug(question)}`;
}

/** The stable id of a question across the site: lesson id, "#", slug. */
export function questionId(lessonId: string, question: string): string {
  return `${lessonId}#${questionSlug(question)}`;
}

export type SelfCheckMark = 'knew' | 'review';

/**
 * The reader's marks, and the drill schedule of the questions marked "review again" (see drills.ts).
 * Stored as version 2; version 1 held only `marks` and is read as those marks with no schedule yet,
 * which makes every "review again" question due at once.
 */
export type SelfCheckMarks = {marks: Record<string, SelfCheckMark>; drills: Record<string, DrillEntry>};

export const noSelfCheckMarks: SelfCheckMarks = {marks: {}, drills: {}};

const QUESTION_ID = /^[a-z0-9][a-z0-9/_-]{0,199}#[a-z0-9-]{1,60}$/;
const MAX_MARKS = 5_000;

function parseMarks(raw: unknown): Record<string, SelfCheckMark> | undefined {
  if (!isRecord(raw)) return undefined;
  const marks: Record<string, SelfCheckMark> = {};
  for (const [id, mark] of Object.entries(raw).slice(0, MAX_MARKS)) {
    if (QUESTION_ID.test(id) && (mark === 'knew' || mark === 'review')) {
      marks[id] = mark;
    }
  }
  return marks;
}

/** Keeps only well-formed marks, and schedule entries of questions marked "review again"; anything else reads as no marks. */
export function parseSelfCheckMarks(raw: unknown): SelfCheckMarks | undefined {
  const marks = isRecord(raw) ? parseMarks(raw.marks) : undefined;
  if (!marks) return undefined;
  const drills: Record<string, DrillEntry> = {};
  if (isRecord(raw) && isRecord(raw.drills)) {
    for (const [id, entry] of Object.entries(raw.drills).slice(0, MAX_MARKS)) {
      if (
        marks[id] === 'review' &&
        isRecord(entry) &&
        Number.isInteger(entry.box) &&
        (entry.box as number) >= 1 &&
        (entry.box as number) <= LAST_BOX &&
        isIsoDay(entry.due)
      ) {
        drills[id] = {box: entry.box as DrillEntry['box'], due: entry.due};
      }
    }
  }
  return {marks, drills};
}

/** Version 1 (`{marks}` only): every mark is kept; the schedule starts empty. */
export function upgradeSelfCheckMarksV1(raw: unknown): SelfCheckMarks | undefined {
  const marks = isRecord(raw) ? parseMarks(raw.marks) : undefined;
  return marks && {marks, drills: {}};
}

export const selfCheckState: StoredState<SelfCheckMarks> = defineStoredState(
  'self-check',
  2,
  parseSelfCheckMarks,
  noSelfCheckMarks,
  [{version: 1, upgrade: upgradeSelfCheckMarksV1}],
);

/**
 * The marks with one question set to `mark` (on `today`), or cleared when `mark` is null. "Review
 * again" (re)starts its schedule in box 1; anything else takes it off the schedule. Never mutates.
 */
export function withMark(state: SelfCheckMarks, id: string, mark: SelfCheckMark | null, today: string): SelfCheckMarks {
  const marks = {...state.marks};
  const drills = {...state.drills};
  delete drills[id];
  if (mark === null) {
    delete marks[id];
  } else {
    marks[id] = mark;
  }
  if (mark === 'review') drills[id] = firstEntry(today);
  return {marks, drills};
}

/** The marks after answering a question in a drill: up a box, back to box 1, or retired as "knew it". */
export function withDrillAnswer(state: SelfCheckMarks, id: string, answer: DrillAnswer, today: string): SelfCheckMarks {
  const entry = afterAnswer(state.drills[id], answer, today);
  const drills = {...state.drills};
  delete drills[id];
  if (entry) drills[id] = entry;
  return {marks: {...state.marks, [id]: entry ? 'review' : 'knew'}, drills};
}

/** How many of `questionIds` the reader has answered (marked "knew it" or "review again"). */
export function answeredCount(questionIds: readonly string[], marks: SelfCheckMarks): number {
  return questionIds.filter((id) => marks.marks[id] !== undefined).length;
}
