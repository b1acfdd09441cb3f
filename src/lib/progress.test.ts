import {localDay, parseProgress, withLessonDone} from './progress';

describe('progress', () => {
  test('keeps well-formed entries and drops the rest', () => {
    expect(
      parseProgress({
        completed: {
          'ml-system-design/metrics': '2026-11-20',
          'case-studies/eta-prediction': 'yesterday',
          '<script>': '2026-11-20',
          'foundations/estimation': 42,
        },
      }),
    ).toEqual({completed: {'ml-system-design/metrics': '2026-11-20'}});
  });

  test.each([null, 7, 'done', [], {completed: []}, {completed: null}])('rejects %p', (raw) => {
    expect(parseProgress(raw)).toBeUndefined();
  });

  test('marks and unmarks a lesson without touching the input', () => {
    const before = {completed: {a: '2026-11-01'}};
    const after = withLessonDone(before, 'b', true, '2026-11-02');
    expect(after).toEqual({completed: {a: '2026-11-01', b: '2026-11-02'}});
    expect(before).toEqual({completed: {a: '2026-11-01'}});
    expect(withLessonDone(after, 'a', false, '2026-11-03')).toEqual({completed: {b: '2026-11-02'}});
  });

  test('formats the local day', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
