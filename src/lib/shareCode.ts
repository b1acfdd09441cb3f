/**
 * The code in a shareable "my progress" link (/practice/progress?of=Ana&done=<code>).
 *
 * Format, version 1: the character "1", then three base64url characters per completed lesson, each
 * the top 18 bits of the FNV-1a hash of the lesson id. A lesson's three characters depend on its id
 * alone, so a link stays valid when lessons are added, removed or reordered: a reader's page matches
 * each chunk against the lessons it knows and counts the chunks it cannot place. 33 lessons make a
 * 100-character code. The build fails if two lessons' chunks ever collide (see plugins/progress).
 */

export const SHARE_CODE_VERSION = '1';
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const CHUNK = 3;
/** Longer codes are refused: 3 characters a lesson leaves room for 1,000 lessons. */
export const MAX_SHARE_CODE_LENGTH = 1 + CHUNK * 1000;

/** 32-bit FNV-1a over the id's UTF-16 code units (lesson ids are ASCII). */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** The three characters that stand for one lesson in a share code. */
export function lessonChunk(lessonId: string): string {
  const bits = fnv1a(lessonId) >>> (32 - 6 * CHUNK);
  let chunk = '';
  for (let shift = 6 * (CHUNK - 1); shift >= 0; shift -= 6) {
    chunk += ALPHABET[(bits >>> shift) & 63];
  }
  return chunk;
}

/** The share code for a set of completed lesson ids (sorted chunks, so equal sets give equal codes). */
export function encodeShareCode(lessonIds: Iterable<string>): string {
  const chunks = [...new Set([...lessonIds].map(lessonChunk))].sort();
  return SHARE_CODE_VERSION + chunks.join('');
}

export type DecodedShareCode =
  | {ok: true; lessonIds: string[]; unknownCount: number}
  | {ok: false; message: string};

/**
 * The known lessons a code marks as completed. `knownLessonIds` are this site's lessons; chunks that
 * match none of them (a lesson this version of the site does not have) are counted, not guessed.
 */
export function decodeShareCode(code: string, knownLessonIds: readonly string[]): DecodedShareCode {
  if (code.length > MAX_SHARE_CODE_LENGTH) {
    return {ok: false, message: 'The progress code in this link is too long to be real.'};
  }
  if (!code.startsWith(SHARE_CODE_VERSION)) {
    return {ok: false, message: 'The progress code in this link is not one this site makes (it should start with "1").'};
  }
  const body = code.slice(1);
  if (body.length % CHUNK !== 0 || !/^[A-Za-z0-9_-]*$/.test(body)) {
    return {ok: false, message: 'The progress code in this link is damaged: part of it is missing or mistyped.'};
  }
  const idOf = new Map(knownLessonIds.map((id) => [lessonChunk(id), id]));
  const lessonIds = new Set<string>();
  const unknown = new Set<string>();
  for (let at = 0; at < body.length; at += CHUNK) {
    const chunk = body.slice(at, at + CHUNK);
    const id = idOf.get(chunk);
    if (id === undefined) {
      unknown.add(chunk);
    } else {
      lessonIds.add(id);
    }
  }
  return {ok: true, lessonIds: [...lessonIds], unknownCount: unknown.size};
}

/** Lesson ids whose chunks collide: the build refuses them, since a link could not tell them apart. */
export function collidingLessonIds(lessonIds: readonly string[]): string[][] {
  const byChunk = new Map<string, string[]>();
  for (const id of lessonIds) {
    const chunk = lessonChunk(id);
    byChunk.set(chunk, [...(byChunk.get(chunk) ?? []), id]);
  }
  return [...byChunk.values()].filter((ids) => ids.length > 1);
}

export const MAX_SHARED_NAME_LENGTH = 40;

/** The sharer's name as plain text: control characters removed, spaces collapsed, length capped. */
export function cleanSharedName(raw: string | null): string {
  const name = (raw ?? '')
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return [...name].slice(0, MAX_SHARED_NAME_LENGTH).join('');
}

export const SHARE_PARAM = {name: 'of', code: 'done'} as const;

export type SharedProgress =
  | {kind: 'none'}
  | {kind: 'shared'; name: string; lessonIds: string[]; unknownCount: number}
  | {kind: 'error'; message: string};

/**
 * Reads a "my progress" link's query string. No `done` parameter is no shared progress; a damaged
 * one is an error with a message for the reader. Other parameters are ignored.
 */
export function readSharedProgress(search: string, knownLessonIds: readonly string[]): SharedProgress {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return {kind: 'error', message: 'This link could not be read.'};
  }
  const code = params.get(SHARE_PARAM.code);
  const rawName = params.get(SHARE_PARAM.name);
  if (code === null) {
    return rawName === null
      ? {kind: 'none'}
      : {kind: 'error', message: 'This link names someone but carries no progress code (the "done" part is missing).'};
  }
  const decoded = decodeShareCode(code.trim(), knownLessonIds);
  if (!decoded.ok) {
    return {kind: 'error', message: decoded.message};
  }
  return {
    kind: 'shared',
    name: cleanSharedName(rawName) || 'Someone',
    lessonIds: decoded.lessonIds,
    unknownCount: decoded.unknownCount,
  };
}

/** The query string of a link that shares these completed lessons under a name. */
export function shareQuery(name: string, lessonIds: Iterable<string>): string {
  const params = new URLSearchParams();
  const clean = cleanSharedName(name);
  if (clean) params.set(SHARE_PARAM.name, clean);
  params.set(SHARE_PARAM.code, encodeShareCode(lessonIds));
  return `?${params.toString()}`;
}
