import {parseStoredText} from './storedState';
import {parseProgress, type Progress} from './progress';
import {noSelfCheckMarks, parseSelfCheckMarks, type SelfCheckMarks} from './selfCheck';

/**
 * The progress export file (ml-guide-progress-YYYY-MM-DD.json):
 *
 *   {
 *     "format": "mlsd-guide-progress",   // always this string: marks the file as ours
 *     "version": 1,                      // bumped if the shape ever changes incompatibly
 *     "exported": "2026-11-20",          // the reader's local day of the export
 *     "completed": {"ml-system-design/metrics": "2026-11-18", ...}, // lesson id -> day completed
 *     "selfChecks": {                                                  // since version 2
 *       "marks": {"ml-system-design/metrics#why": "review", ...},      // question id -> knew | review
 *       "drills": {"ml-system-design/metrics#why": {"box": 2, "due": "2026-11-24"}, ...}
 *     }
 *   }
 *
 * Importing reads `completed` and `selfChecks` with the same parse functions as the stored progress
 * and self-check marks, so a file can never hold anything the stores would not. Version 1 files
 * (lessons only) still import.
 */
export const PROGRESS_FILE_FORMAT = 'mlsd-guide-progress';
export const PROGRESS_FILE_VERSION = 2;
const READABLE_VERSIONS: readonly unknown[] = [1, 2];
/** Files larger than this are refused before they are read. */
export const MAX_PROGRESS_FILE_BYTES = 500_000;

export type ProgressFile = {
  format: typeof PROGRESS_FILE_FORMAT;
  version: typeof PROGRESS_FILE_VERSION;
  exported: string;
  completed: Record<string, string>;
  selfChecks: SelfCheckMarks;
};

export function progressFileName(day: string): string {
  return `ml-guide-progress-${day}.json`;
}

const sorted = <T,>(record: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));

export function progressFileOf(progress: Progress, day: string, selfChecks: SelfCheckMarks = noSelfCheckMarks): ProgressFile {
  return {
    format: PROGRESS_FILE_FORMAT,
    version: PROGRESS_FILE_VERSION,
    exported: day,
    completed: sorted(progress.completed),
    selfChecks: {marks: sorted(selfChecks.marks), drills: sorted(selfChecks.drills)},
  };
}

export type ParsedProgressFile =
  | {ok: true; progress: Progress; selfChecks: SelfCheckMarks; skipped: number}
  | {ok: false; message: string};

/** Reads an export file's text; every failure is a message a reader can act on. */
export function parseProgressFile(text: string): ParsedProgressFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {ok: false, message: 'This file is not a progress export: it is not JSON. Nothing was changed.'};
  }
  const file = raw as Partial<Record<string, unknown>> | null;
  if (typeof file !== 'object' || file === null || Array.isArray(file) || file.format !== PROGRESS_FILE_FORMAT) {
    return {
      ok: false,
      message: `This file is not a progress export from this guide (it has no "format": "${PROGRESS_FILE_FORMAT}"). Nothing was changed.`,
    };
  }
  if (!READABLE_VERSIONS.includes(file.version)) {
    return {
      ok: false,
      message: `This progress file has version ${JSON.stringify(file.version)}; this site reads versions ${READABLE_VERSIONS.join(
        ' and ',
      )}. Nothing was changed.`,
    };
  }
  const progress = parseStoredText(JSON.stringify({completed: file.completed}), parseProgress, undefined);
  if (!progress) {
    return {ok: false, message: 'This progress file has no "completed" list of lessons. Nothing was changed.'};
  }
  const listed = Object.keys(file.completed as object).length;
  const selfChecks =
    file.selfChecks === undefined ? noSelfCheckMarks : parseStoredText(JSON.stringify(file.selfChecks), parseSelfCheckMarks, undefined);
  if (!selfChecks) {
    return {ok: false, message: 'This progress file has a "selfChecks" entry that cannot be read. Nothing was changed.'};
  }
  return {ok: true, progress, selfChecks, skipped: listed - Object.keys(progress.completed).length};
}

/**
 * Self-check marks merge like lessons: nothing is removed. A question marked here keeps its mark
 * and schedule (this browser's is the one being used); a question marked only in the file is added.
 */
export function mergeSelfChecks(current: SelfCheckMarks, imported: SelfCheckMarks): {selfChecks: SelfCheckMarks; added: number} {
  const marks = {...current.marks};
  const drills = {...current.drills};
  let added = 0;
  for (const [id, mark] of Object.entries(imported.marks)) {
    if (marks[id] !== undefined) continue;
    added += 1;
    marks[id] = mark;
    const entry = imported.drills[id];
    if (entry) drills[id] = entry;
  }
  return {selfChecks: {marks, drills}, added};
}

export type MergeResult = {progress: Progress; added: number; alreadyDone: number};

/**
 * Import merges: every lesson done in either stays done, so an import can never lose progress.
 * A lesson done in both keeps the earlier day (when it was first completed).
 */
export function mergeProgress(current: Progress, imported: Progress): MergeResult {
  const completed = {...current.completed};
  let added = 0;
  let alreadyDone = 0;
  for (const [id, day] of Object.entries(imported.completed)) {
    const existing = completed[id];
    if (existing === undefined) {
      added += 1;
      completed[id] = day;
    } else {
      alreadyDone += 1;
      if (day < existing) completed[id] = day;
    }
  }
  return {progress: {completed}, added, alreadyDone};
}

/** What an import did, in one sentence for the live region. */
export function importSummary({added, alreadyDone}: MergeResult, skipped: number, selfChecksAdded = 0): string {
  const total = added + alreadyDone;
  const lessons = (n: number) => `${n} lesson${n === 1 ? '' : 's'}`;
  const parts = [
    total === 0
      ? `The file lists no completed lessons${selfChecksAdded > 0 ? '.' : '; nothing changed.'}`
      : `Imported ${lessons(total)}: ${added} newly marked complete, ${alreadyDone} already complete.`,
  ];
  if (selfChecksAdded > 0) {
    parts.push(`${selfChecksAdded} self-check mark${selfChecksAdded === 1 ? '' : 's'} added (questions you had not marked here).`);
  }
  if (skipped > 0) parts.push(`${lessons(skipped)} in the file ${skipped === 1 ? 'was' : 'were'} malformed and skipped.`);
  return parts.join(' ');
}
