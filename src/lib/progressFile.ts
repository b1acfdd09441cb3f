import {parseStoredText} from './storedState';
import {parseProgress, type Progress} from './progress';

/**
 * The progress export file (ml-guide-progress-YYYY-MM-DD.json):
 *
 *   {
 *     "format": "mlsd-guide-progress",   // always this string: marks the file as ours
 *     "version": 1,                      // bumped if the shape ever changes incompatibly
 *     "exported": "2026-11-20",          // the reader's local day of the export
 *     "completed": {"ml-system-design/metrics": "2026-11-18", ...}  // lesson id -> day completed
 *   }
 *
 * Importing reads `completed` with the same parse function as the stored progress, so a file can
 * never hold anything the store would not.
 */
export const PROGRESS_FILE_FORMAT = 'mlsd-guide-progress';
export const PROGRESS_FILE_VERSION = 1;
/** Files larger than this are refused before they are read. */
export const MAX_PROGRESS_FILE_BYTES = 500_000;

export type ProgressFile = {
  format: typeof PROGRESS_FILE_FORMAT;
  version: typeof PROGRESS_FILE_VERSION;
  exported: string;
  completed: Record<string, string>;
};

export function progressFileName(day: string): string {
  return `ml-guide-progress-${day}.json`;
}

export function progressFileOf(progress: Progress, day: string): ProgressFile {
  const completed = Object.fromEntries(Object.entries(progress.completed).sort(([a], [b]) => a.localeCompare(b)));
  return {format: PROGRESS_FILE_FORMAT, version: PROGRESS_FILE_VERSION, exported: day, completed};
}

export type ParsedProgressFile =
  | {ok: true; progress: Progress; skipped: number}
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
  if (file.version !== PROGRESS_FILE_VERSION) {
    return {
      ok: false,
      message: `This progress file has version ${JSON.stringify(file.version)}; this site reads version ${PROGRESS_FILE_VERSION}. Nothing was changed.`,
    };
  }
  const progress = parseStoredText(JSON.stringify({completed: file.completed}), parseProgress, undefined);
  if (!progress) {
    return {ok: false, message: 'This progress file has no "completed" list of lessons. Nothing was changed.'};
  }
  const listed = Object.keys(file.completed as object).length;
  return {ok: true, progress, skipped: listed - Object.keys(progress.completed).length};
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
export function importSummary({added, alreadyDone}: MergeResult, skipped: number): string {
  const total = added + alreadyDone;
  const lessons = (n: number) => `${n} lesson${n === 1 ? '' : 's'}`;
  const parts = [
    total === 0
      ? 'The file lists no completed lessons; nothing changed.'
      : `Imported ${lessons(total)}: ${added} newly marked complete, ${alreadyDone} already complete.`,
  ];
  if (skipped > 0) parts.push(`${lessons(skipped)} in the file ${skipped === 1 ? 'was' : 'were'} malformed and skipped.`);
  return parts.join(' ');
}
