import {addDays, afterAnswer, dueQuestions, firstEntry, isDue, isIsoDay, nextDueDay} from './drills';

describe('Leitner drill schedule', () => {
  test('days add across months, years and the daylight-saving change', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
    expect(addDays('2026-03-28', 3)).toBe('2026-03-31');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  test('only real calendar days are days', () => {
    expect(isIsoDay('2026-02-28')).toBe(true);
    for (const junk of ['2026-02-30', '2026-2-3', '26-02-03', '', 20260203, null, '2026-13-01']) expect(isIsoDay(junk)).toBe(false);
  });

  test('"review again" puts a question in box 1, due the next day', () => {
    expect(firstEntry('2026-11-20')).toEqual({box: 1, due: '2026-11-21'});
    expect(afterAnswer({box: 3, due: '2026-11-20'}, 'review', '2026-11-20')).toEqual({box: 1, due: '2026-11-21'});
  });

  test('"knew it" climbs the boxes at 3, 7 and 14 days, then retires the question', () => {
    let day = '2026-11-21';
    let entry = afterAnswer({box: 1, due: day}, 'knew', day);
    expect(entry).toEqual({box: 2, due: '2026-11-24'});
    day = entry!.due;
    entry = afterAnswer(entry!, 'knew', day);
    expect(entry).toEqual({box: 3, due: '2026-12-01'});
    day = entry!.due;
    entry = afterAnswer(entry!, 'knew', day);
    expect(entry).toEqual({box: 4, due: '2026-12-15'});
    expect(afterAnswer(entry!, 'knew', entry!.due)).toBeNull();
  });

  test('a question marked before drills existed is in box 1 and due now', () => {
    expect(isDue(undefined, '2026-11-20')).toBe(true);
    expect(afterAnswer(undefined, 'knew', '2026-11-20')).toEqual({box: 2, due: '2026-11-23'});
  });

  test('due today: overdue first, then page order; not yet due and not under review are left out', () => {
    const ids = ['a#1', 'a#2', 'b#1', 'b#2', 'b#3'];
    const review = new Set(['a#1', 'a#2', 'b#1', 'b#2']);
    const drills = {
      'a#1': {box: 2 as const, due: '2026-11-20'},
      'a#2': {box: 1 as const, due: '2026-11-21'},
      'b#2': {box: 3 as const, due: '2026-11-18'},
      'b#3': {box: 1 as const, due: '2026-11-01'},
    };
    expect(dueQuestions(ids, review, drills, '2026-11-20')).toEqual(['b#1', 'b#2', 'a#1']);
    expect(dueQuestions(ids, review, drills, '2026-11-21')).toEqual(['b#1', 'b#2', 'a#1', 'a#2']);
    expect(nextDueDay(ids, review, drills, '2026-11-20')).toBe('2026-11-21');
    expect(nextDueDay(ids, review, drills, '2026-11-21')).toBeUndefined();
  });
});
