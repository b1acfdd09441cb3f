import {defineStoredState, isRecord, type StoredState} from './storedState';

/** Lesson ids (e.g. "ml-system-design/metrics") a reader has marked complete, with the day they did. */
export type Progress = {
  completed: Record<string, string>;
};

export const emptyProgress: Progress = {completed: {}};

const LESSON_ID = /^[a-z0-9][a-z0-9/_-]{0,199}$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_LESSONS = 2_000;

/**
 * Keeps only well-formed entries: a lesson id mapped to a YYYY-MM-DD date. Unknown ids are kept
 * (a lesson renamed later should not wipe a reader's history); pages ignore ids they do not know.
 */
export function parseProgress(raw: unknown): Progress | undefined {
  if (!isRecord(raw) || !isRecord(raw.completed)) {
    return undefined;
  }
  const completed: Record<string, string> = {};
  for (const [id, day] of Object.entries(raw.completed).slice(0, MAX_LESSONS)) {
    if (LESSON_ID.test(id) && typeof day === 'string' && ISO_DAY.test(day)) {
      completed[id] = day;
    }
  }
  return {completed};
}

export const progressState: StoredState<Progress> = defineStoredState('progress', 1, parseProgress, emptyProgress);

/** The progress with one lesson marked complete (on `day`) or not. Never mutates its input. */
export function withLessonDone(progress: Progress, lessonId: string, done: boolean, day: string): Progress {
  const completed = {...progress.completed};
  if (done) {
    completed[lessonId] = day;
  } else {
    delete completed[lessonId];
  }
  return {completed};
}

/** Today's date in the reader's time zone, as YYYY-MM-DD. */
export function localDay(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
