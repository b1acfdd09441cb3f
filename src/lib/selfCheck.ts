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

export type SelfCheckMarks = {marks: Record<string, SelfCheckMark>};

export const noSelfCheckMarks: SelfCheckMarks = {marks: {}};

const QUESTION_ID = /^[a-z0-9][a-z0-9/_-]{0,199}#[a-z0-9-]{1,60}$/;
const MAX_MARKS = 5_000;

/** Keeps only well-formed marks; anything else reads as no marks. */
export function parseSelfCheckMarks(raw: unknown): SelfCheckMarks | undefined {
  if (!isRecord(raw) || !isRecord(raw.marks)) {
    return undefined;
  }
  const marks: Record<string, SelfCheckMark> = {};
  for (const [id, mark] of Object.entries(raw.marks).slice(0, MAX_MARKS)) {
    if (QUESTION_ID.test(id) && (mark === 'knew' || mark === 'review')) {
      marks[id] = mark;
    }
  }
  return {marks};
}

export const selfCheckState: StoredState<SelfCheckMarks> = defineStoredState(
  'self-check',
  1,
  parseSelfCheckMarks,
  noSelfCheckMarks,
);

/** The marks with one question set to `mark`, or cleared when `mark` is null. Never mutates. */
export function withMark(marks: SelfCheckMarks, id: string, mark: SelfCheckMark | null): SelfCheckMarks {
  const next = {...marks.marks};
  if (mark === null) {
    delete next[id];
  } else {
    next[id] = mark;
  }
  return {marks: next};
}

/** How many of `questionIds` the reader has answered (marked "knew it" or "review again"). */
export function answeredCount(questionIds: readonly string[], marks: SelfCheckMarks): number {
  return questionIds.filter((id) => marks.marks[id] !== undefined).length;
}
