import {
  cleanSharedName,
  collidingLessonIds,
  decodeShareCode,
  encodeShareCode,
  lessonChunk,
  MAX_SHARE_CODE_LENGTH,
  readSharedProgress,
  shareQuery,
} from './shareCode';
import {readdirSync} from 'fs';
import path from 'path';

/** The site's real lesson ids, from docs/ (section folder + file name). */
const docsDir = path.join(__dirname, '../../docs');
const lessonIds = readdirSync(docsDir, {withFileTypes: true})
  .filter((entry) => entry.isDirectory())
  .flatMap((dir) =>
    readdirSync(path.join(docsDir, dir.name))
      .filter((file) => file.endsWith('.mdx'))
      .map((file) => `${dir.name}/${file.replace(/\.mdx$/, '')}`),
  );

describe('share codes', () => {
  test('every lesson gets three URL-safe characters, and no two lessons share them', () => {
    expect(lessonIds.length).toBeGreaterThanOrEqual(33);
    for (const id of lessonIds) expect(lessonChunk(id)).toMatch(/^[A-Za-z0-9_-]{3}$/);
    expect(collidingLessonIds(lessonIds)).toEqual([]);
  });

  test('round trip: all lessons done is 1 + 3 characters each (100 for 33 lessons)', () => {
    const code = encodeShareCode(lessonIds);
    expect(code).toHaveLength(1 + 3 * lessonIds.length);
    const decoded = decodeShareCode(code, lessonIds);
    expect(decoded).toEqual({ok: true, lessonIds: expect.arrayContaining(lessonIds), unknownCount: 0});
    expect(decoded.ok && decoded.lessonIds).toHaveLength(lessonIds.length);
  });

  test('round trip of a subset, in any order, and of nothing', () => {
    const some = [lessonIds[5], lessonIds[0], lessonIds[20]];
    expect(encodeShareCode(some)).toBe(encodeShareCode([...some].reverse()));
    const decoded = decodeShareCode(encodeShareCode(some), lessonIds);
    expect(decoded.ok && [...decoded.lessonIds].sort()).toEqual([...some].sort());
    expect(decodeShareCode(encodeShareCode([]), lessonIds)).toEqual({ok: true, lessonIds: [], unknownCount: 0});
  });

  test('stays valid when lessons are added: an old code reads the same on a bigger site', () => {
    const code = encodeShareCode(lessonIds.slice(0, 10));
    const grown = ['new-section/brand-new-lesson', ...lessonIds, 'case-studies/another-one'];
    const decoded = decodeShareCode(code, grown);
    expect(decoded.ok && [...decoded.lessonIds].sort()).toEqual(lessonIds.slice(0, 10).sort());
  });

  test("lessons the reader's site does not have are counted, not guessed", () => {
    const code = encodeShareCode([lessonIds[0], 'future/lesson-from-a-newer-site']);
    expect(decodeShareCode(code, lessonIds)).toEqual({ok: true, lessonIds: [lessonIds[0]], unknownCount: 1});
  });

  test.each([
    ['empty', '', /should start with "1"/],
    ['another version', '2abc', /should start with "1"/],
    ['cut short', '1ab', /damaged/],
    ['a stray character', '1ab$', /damaged/],
    ['markup', '1<script>', /damaged/],
    ['over the length cap', '1' + 'A'.repeat(MAX_SHARE_CODE_LENGTH), /too long/],
  ])('a junk code (%s) is refused with a message', (_, code, message) => {
    const decoded = decodeShareCode(code, lessonIds);
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.message).toMatch(message);
  });

  test('names are plain text, without control characters, capped at 40 characters', () => {
    expect(cleanSharedName('  Ana \n  María\u0000 ')).toBe('Ana María');
    expect(cleanSharedName('<b>Bo</b>')).toBe('<b>Bo</b>');
    expect(cleanSharedName('x'.repeat(100))).toHaveLength(40);
    expect(cleanSharedName(null)).toBe('');
  });

  test('reads a share link, and junk in it as an error', () => {
    const query = shareQuery('Ana', [lessonIds[1]]);
    expect(query).toBe(`?of=Ana&done=${encodeShareCode([lessonIds[1]])}`);
    expect(readSharedProgress(query, lessonIds)).toEqual({kind: 'shared', name: 'Ana', lessonIds: [lessonIds[1]], unknownCount: 0});
    expect(readSharedProgress('', lessonIds)).toEqual({kind: 'none'});
    expect(readSharedProgress('?utm_source=chat', lessonIds)).toEqual({kind: 'none'});
    expect(readSharedProgress('?done=1', lessonIds)).toMatchObject({kind: 'shared', name: 'Someone', lessonIds: []});
    expect(readSharedProgress('?of=Ana', lessonIds)).toMatchObject({kind: 'error', message: expect.stringMatching(/no progress code/)});
    expect(readSharedProgress('?of=Ana&done=%E0%A4%A', lessonIds)).toMatchObject({kind: 'error'});
    expect(readSharedProgress('?of=Ana&done=zzz', lessonIds)).toMatchObject({kind: 'error'});
  });
});
