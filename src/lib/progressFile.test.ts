import {
  importSummary,
  mergeProgress,
  mergeSelfChecks,
  parseProgressFile,
  PROGRESS_FILE_FORMAT,
  progressFileName,
  progressFileOf,
} from './progressFile';
import {MAX_STORED_CHARS} from './storedState';

describe('progress files', () => {
  test('export then import gives the same progress', () => {
    const progress = {completed: {'ml-system-design/metrics': '2026-11-18', 'foundations/estimation': '2026-11-02'}};
    const selfChecks = {marks: {'a/b#why': 'review' as const, 'a/b#how': 'knew' as const}, drills: {'a/b#why': {box: 2 as const, due: '2026-11-24'}}};
    const file = progressFileOf(progress, '2026-11-20', selfChecks);
    expect(file).toEqual({format: PROGRESS_FILE_FORMAT, version: 2, exported: '2026-11-20', completed: progress.completed, selfChecks});
    expect(parseProgressFile(JSON.stringify(file))).toEqual({ok: true, progress, selfChecks, skipped: 0});
    expect(progressFileName('2026-11-20')).toBe('ml-guide-progress-2026-11-20.json');
  });

  test.each([
    ['not JSON', '{oops', /not JSON/],
    ['a foreign file', JSON.stringify({name: 'my-package', version: '1.0.0'}), /not a progress export from this guide/],
    ['an array', '[1,2]', /not a progress export from this guide/],
    ['another version', JSON.stringify({format: PROGRESS_FILE_FORMAT, version: 3, completed: {}}), /version 3; this site reads versions 1 and 2/],
    ['unreadable self-checks', JSON.stringify({format: PROGRESS_FILE_FORMAT, version: 2, completed: {}, selfChecks: 'all'}), /"selfChecks"/],
    ['no lessons list', JSON.stringify({format: PROGRESS_FILE_FORMAT, version: 1}), /no "completed"/],
    ['an oversized file', JSON.stringify({format: PROGRESS_FILE_FORMAT, version: 1, completed: {a: 'x'.repeat(MAX_STORED_CHARS)}}), /no "completed"/],
  ])('%s is refused with a message that nothing changed', (_, text, message) => {
    const parsed = parseProgressFile(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(message);
    expect(!parsed.ok && parsed.message).toMatch(/Nothing was changed/);
  });

  test('malformed entries are skipped and counted', () => {
    const text = JSON.stringify({
      format: PROGRESS_FILE_FORMAT,
      version: 1,
      completed: {'foundations/estimation': '2026-11-02', '<img>': '2026-11-02', 'case-studies/x': 'yesterday'},
    });
    expect(parseProgressFile(text)).toEqual({
      ok: true,
      progress: {completed: {'foundations/estimation': '2026-11-02'}},
      selfChecks: {marks: {}, drills: {}},
      skipped: 2,
    });
  });

  test('a version 1 file (lessons only) still imports, with no self-check marks', () => {
    const text = JSON.stringify({format: PROGRESS_FILE_FORMAT, version: 1, exported: '2026-11-20', completed: {a: '2026-11-02'}});
    expect(parseProgressFile(text)).toEqual({ok: true, progress: {completed: {a: '2026-11-02'}}, selfChecks: {marks: {}, drills: {}}, skipped: 0});
  });

  test('self-check marks merge: marks here are kept with their schedule, marks only in the file are added', () => {
    const current = {marks: {'a/b#1': 'review' as const}, drills: {'a/b#1': {box: 3 as const, due: '2026-11-30'}}};
    const imported = {
      marks: {'a/b#1': 'knew' as const, 'a/b#2': 'review' as const, 'a/b#3': 'knew' as const},
      drills: {'a/b#2': {box: 2 as const, due: '2026-11-22'}},
    };
    expect(mergeSelfChecks(current, imported)).toEqual({
      selfChecks: {
        marks: {'a/b#1': 'review', 'a/b#2': 'review', 'a/b#3': 'knew'},
        drills: {'a/b#1': {box: 3, due: '2026-11-30'}, 'a/b#2': {box: 2, due: '2026-11-22'}},
      },
      added: 2,
    });
    expect(importSummary({progress: {completed: {}}, added: 1, alreadyDone: 0}, 0, 2)).toBe(
      'Imported 1 lesson: 1 newly marked complete, 0 already complete. 2 self-check marks added (questions you had not marked here).',
    );
  });

  test('import merges: nothing is lost, and a lesson done in both keeps the earlier day', () => {
    const current = {completed: {a: '2026-11-05', b: '2026-11-01'}};
    const imported = {completed: {a: '2026-11-03', c: '2026-11-04', b: '2026-11-09'}};
    const merged = mergeProgress(current, imported);
    expect(merged).toEqual({progress: {completed: {a: '2026-11-03', b: '2026-11-01', c: '2026-11-04'}}, added: 1, alreadyDone: 2});
    expect(current).toEqual({completed: {a: '2026-11-05', b: '2026-11-01'}});
    expect(importSummary(merged, 0)).toBe('Imported 3 lessons: 1 newly marked complete, 2 already complete.');
    expect(importSummary({progress: current, added: 0, alreadyDone: 0}, 1)).toBe(
      'The file lists no completed lessons; nothing changed. 1 lesson in the file was malformed and skipped.',
    );
  });
});
