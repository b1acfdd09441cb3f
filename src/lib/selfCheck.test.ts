import {answeredCount, parseSelfCheckMarks, questionAnchor, questionId, questionSlug, withMark} from './selfCheck';

describe('self-check question ids', () => {
  test('slugs are lower-case words joined by hyphens, at most 60 characters, cut between words', () => {
    expect(questionSlug('Is accuracy enough at 1% positives?')).toBe('is-accuracy-enough-at-1-positives');
    expect(questionSlug('Why does “PR-AUC” beat ROC-AUC — here?')).toBe('why-does-pr-auc-beat-roc-auc-here');
    expect(questionSlug('Café naïve')).toBe('cafe-naive');
    const long = questionSlug('You are 28 minutes into a 45-minute interview and have just finished the data section');
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long).toBe('you-are-28-minutes-into-a-45-minute-interview-and-have-just');
    expect(questionSlug('?!')).toBe('question');
  });

  test('ids and anchors derive from the same slug', () => {
    expect(questionId('ml-system-design/metrics', 'Why?')).toBe('ml-system-design/metrics#why');
    expect(questionAnchor('Why?')).toBe('check-why');
  });

  test('stored marks keep only well-formed entries', () => {
    expect(
      parseSelfCheckMarks({
        marks: {'a/b#why': 'review', 'a/b#how': 'knew', 'a/b#what': 'maybe', '<x>#y': 'knew', 'no-hash': 'knew'},
      }),
    ).toEqual({marks: {'a/b#why': 'review', 'a/b#how': 'knew'}});
    for (const junk of [null, 'x', [], {marks: []}, {marks: 'all'}]) expect(parseSelfCheckMarks(junk)).toBeUndefined();
  });

  test('setting and clearing a mark does not touch the input', () => {
    const before = {marks: {'a/b#why': 'knew' as const}};
    expect(withMark(before, 'a/b#how', 'review')).toEqual({marks: {'a/b#why': 'knew', 'a/b#how': 'review'}});
    expect(withMark(before, 'a/b#why', null)).toEqual({marks: {}});
    expect(before).toEqual({marks: {'a/b#why': 'knew'}});
  });
});

describe('answeredCount', () => {
  test('counts the listed questions marked either way, and nothing else', () => {
    const marks = {marks: {'a/b#why': 'knew' as const, 'a/b#how': 'review' as const, 'a/b#gone': 'knew' as const, 'c/d#x': 'review' as const}};
    expect(answeredCount(['a/b#why', 'a/b#how', 'a/b#what'], marks)).toBe(2);
    expect(answeredCount([], marks)).toBe(0);
  });
});
