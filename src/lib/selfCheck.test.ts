import {answeredCount, parseSelfCheckMarks, selfCheckState, upgradeSelfCheckMarksV1, withDrillAnswer, questionAnchor, questionId, questionSlug, withMark} from './selfCheck';

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
    ).toEqual({marks: {'a/b#why': 'review', 'a/b#how': 'knew'}, drills: {}});
    for (const junk of [null, 'x', [], {marks: []}, {marks: 'all'}]) expect(parseSelfCheckMarks(junk)).toBeUndefined();
  });

  test('stored drill entries are kept only for questions under review, with a box 1-4 and a real day', () => {
    expect(
      parseSelfCheckMarks({
        marks: {'a/b#1': 'review', 'a/b#2': 'review', 'a/b#3': 'knew', 'a/b#4': 'review', 'a/b#5': 'review'},
        drills: {
          'a/b#1': {box: 2, due: '2026-11-24'},
          'a/b#2': {box: 5, due: '2026-11-24'},
          'a/b#3': {box: 1, due: '2026-11-24'},
          'a/b#4': {box: 1, due: '2026-02-30'},
          'a/b#5': 'soon',
          'a/b#6': {box: 1, due: '2026-11-24'},
        },
      }),
    ).toEqual({
      marks: {'a/b#1': 'review', 'a/b#2': 'review', 'a/b#3': 'knew', 'a/b#4': 'review', 'a/b#5': 'review'},
      drills: {'a/b#1': {box: 2, due: '2026-11-24'}},
    });
    expect(parseSelfCheckMarks({marks: {'a/b#1': 'review'}, drills: 'junk'})).toEqual({marks: {'a/b#1': 'review'}, drills: {}});
  });

  test('version 1 data (marks only) is read with every mark kept and no schedule', () => {
    expect(upgradeSelfCheckMarksV1({marks: {'a/b#why': 'review', 'a/b#how': 'knew'}})).toEqual({
      marks: {'a/b#why': 'review', 'a/b#how': 'knew'},
      drills: {},
    });
    expect(upgradeSelfCheckMarksV1('junk')).toBeUndefined();
  });

  test('the store is version 2 and reads a version 1 save until the first write, leaving it in place', () => {
    window.localStorage.clear();
    expect(selfCheckState.key).toBe('mlsd-guide:self-check:v2');
    const v1 = JSON.stringify({marks: {'a/b#why': 'review', 'a/b#how': 'knew'}});
    window.localStorage.setItem('mlsd-guide:self-check:v1', v1);
    expect(selfCheckState.read()).toEqual({marks: {'a/b#why': 'review', 'a/b#how': 'knew'}, drills: {}});
    selfCheckState.write(withMark(selfCheckState.read(), 'c/d#x', 'knew', '2026-11-20'));
    expect(selfCheckState.read().marks).toEqual({'a/b#why': 'review', 'a/b#how': 'knew', 'c/d#x': 'knew'});
    expect(window.localStorage.getItem('mlsd-guide:self-check:v1')).toBe(v1);
    window.localStorage.clear();
  });

  test('setting and clearing a mark does not touch the input; "review again" starts the schedule', () => {
    const before = {marks: {'a/b#why': 'knew' as const}, drills: {}};
    expect(withMark(before, 'a/b#how', 'review', '2026-11-20')).toEqual({
      marks: {'a/b#why': 'knew', 'a/b#how': 'review'},
      drills: {'a/b#how': {box: 1, due: '2026-11-21'}},
    });
    expect(withMark(before, 'a/b#why', null, '2026-11-20')).toEqual({marks: {}, drills: {}});
    expect(before).toEqual({marks: {'a/b#why': 'knew'}, drills: {}});
    const reviewing = {marks: {'a/b#how': 'review' as const}, drills: {'a/b#how': {box: 3 as const, due: '2026-11-20'}}};
    expect(withMark(reviewing, 'a/b#how', 'knew', '2026-11-20')).toEqual({marks: {'a/b#how': 'knew'}, drills: {}});
  });

  test('a drill answer moves the question up a box, back to box 1, or retires it as "knew it"', () => {
    const state = {marks: {'a/b#how': 'review' as const}, drills: {'a/b#how': {box: 3 as const, due: '2026-11-20'}}};
    expect(withDrillAnswer(state, 'a/b#how', 'knew', '2026-11-20')).toEqual({
      marks: {'a/b#how': 'review'},
      drills: {'a/b#how': {box: 4, due: '2026-12-04'}},
    });
    expect(withDrillAnswer(state, 'a/b#how', 'review', '2026-11-20').drills['a/b#how']).toEqual({box: 1, due: '2026-11-21'});
    const last = {marks: {'a/b#how': 'review' as const}, drills: {'a/b#how': {box: 4 as const, due: '2026-11-20'}}};
    expect(withDrillAnswer(last, 'a/b#how', 'knew', '2026-11-20')).toEqual({marks: {'a/b#how': 'knew'}, drills: {}});
  });
});

describe('answeredCount', () => {
  test('counts the listed questions marked either way, and nothing else', () => {
    const marks = {
      marks: {'a/b#why': 'knew' as const, 'a/b#how': 'review' as const, 'a/b#gone': 'knew' as const, 'c/d#x': 'review' as const},
      drills: {},
    };
    expect(answeredCount(['a/b#why', 'a/b#how', 'a/b#what'], marks)).toBe(2);
    expect(answeredCount([], marks)).toBe(0);
  });
});
