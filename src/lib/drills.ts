/**
 * Drills: the self-check questions marked "review again" come back on a Leitner schedule. A question
 * sits in box 1 to 4; box n comes back LEITNER_DAYS[n - 1] days after it was last answered. "Knew it"
 * moves it up a box, and "knew it" in the last box retires it (its mark becomes "knew it");
 * "review again" sends it back to box 1. Days are the reader's local YYYY-MM-DD; all functions here
 * are pure and take "today" as an argument, so tests use fixed dates.
 */

export const LEITNER_DAYS = [1, 3, 7, 14] as const;
export const LAST_BOX = LEITNER_DAYS.length;

export type DrillBox = 1 | 2 | 3 | 4;

/** Where a question marked "review again" is in the schedule: its box and the day it is next due. */
export type DrillEntry = {box: DrillBox; due: string};

export type DrillAnswer = 'knew' | 'review';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD. */
export function isIsoDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** `day` plus `days` calendar days (UTC arithmetic, so no daylight-saving surprises). */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The entry of a question just marked "review again" (on a lesson page or in a drill). */
export function firstEntry(today: string): DrillEntry {
  return {box: 1, due: addDays(today, LEITNER_DAYS[0])};
}

/**
 * The schedule after answering a question in a drill: the next entry, or null when "knew it" in the
 * last box retires the question. A question with no entry (marked before drills existed) is in box 1.
 */
export function afterAnswer(entry: DrillEntry | undefined, answer: DrillAnswer, today: string): DrillEntry | null {
  if (answer === 'review') return firstEntry(today);
  const box = entry?.box ?? 1;
  if (box >= LAST_BOX) return null;
  const next = (box + 1) as DrillBox;
  return {box: next, due: addDays(today, LEITNER_DAYS[next - 1])};
}

/** Due today (or overdue): no entry yet counts as due, so nothing marked is ever left out. */
export function isDue(entry: DrillEntry | undefined, today: string): boolean {
  return entry === undefined || entry.due <= today;
}

/**
 * Of `questionIds` (in page order) marked "review again", those due today, the most overdue first;
 * ties keep page order.
 */
export function dueQuestions(
  questionIds: readonly string[],
  reviewIds: ReadonlySet<string>,
  drills: Readonly<Record<string, DrillEntry>>,
  today: string,
): string[] {
  return questionIds
    .filter((id) => reviewIds.has(id) && isDue(drills[id], today))
    .map((id, order) => ({id, order, due: drills[id]?.due ?? ''}))
    .sort((a, b) => (a.due === b.due ? a.order - b.order : a.due < b.due ? -1 : 1))
    .map(({id}) => id);
}

/** The first day after today on which one of these questions is due, or undefined if none is. */
export function nextDueDay(
  questionIds: readonly string[],
  reviewIds: ReadonlySet<string>,
  drills: Readonly<Record<string, DrillEntry>>,
  today: string,
): string | undefined {
  const later = questionIds
    .filter((id) => reviewIds.has(id))
    .map((id) => drills[id]?.due)
    .filter((due): due is string => due !== undefined && due > today)
    .sort();
  return later[0];
}
