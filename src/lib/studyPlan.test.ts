import {addDays, dailyLoad, formatDay, formatMinutes, isValidDay, schedulePlan, withPrerequisites, type PlanLesson} from './studyPlan';

const lesson = (id: string, minutes: number, prerequisiteIds: string[] = []): PlanLesson => ({
  id,
  title: `Lesson ${id}`,
  permalink: `/${id}`,
  section: id.split('/')[0],
  minutes,
  prerequisiteIds,
});

// Reading order deliberately puts "s/c" before its prerequisite "s/b".
const curriculum = [
  lesson('s/a', 30),
  lesson('s/c', 40, ['s/b']),
  lesson('s/b', 20, ['s/a']),
  lesson('s/d', 50),
  lesson('t/e', 45, ['s/d']),
  lesson('t/f', 35),
];
const ids = (lessons: {id: string}[]) => lessons.map((item) => item.id);
const allIds = ids(curriculum);

describe('dates', () => {
  test.each(['2026-11-24', '2024-02-29', '2000-01-01', '2100-12-31'])('%s is valid', (day) => {
    expect(isValidDay(day)).toBe(true);
  });
  test.each(['2026-02-29', '2026-13-01', '2026-00-10', '1999-12-31', '2101-01-01', '26-11-24', '2026-11-24T00:00', ''])(
    '%p is not',
    (day) => expect(isValidDay(day)).toBe(false),
  );
  test('adds calendar days across months, leap days and years', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
  });
  test('formats minutes', () => {
    expect([formatMinutes(45), formatMinutes(60), formatMinutes(155)]).toEqual(['45 min', '1 h', '2 h 35 min']);
  });
});

describe('withPrerequisites', () => {
  test('adds missing prerequisites transitively and orders prerequisites first', () => {
    const result = withPrerequisites(curriculum, ['s/c', 't/e', 'nope/x']);
    expect(ids(result.lessons)).toEqual(['s/a', 's/b', 's/c', 's/d', 't/e']);
    expect(ids(result.added)).toEqual(['s/a', 's/b', 's/d']);
    expect(result.unknownIds).toEqual(['nope/x']);
  });
});

describe('schedulePlan', () => {
  test('every lesson once, in prerequisite order, never split, with dates and minutes per day', () => {
    const schedule = schedulePlan(curriculum, allIds, '2026-11-30', {kind: 'days', days: 3});
    expect(schedule.days).toHaveLength(3);
    const flat = schedule.days.flatMap((day) => ids(day.lessons));
    expect(flat).toEqual(['s/a', 's/b', 's/c', 's/d', 't/e', 't/f']);
    expect(schedule.days.map((day) => day.date)).toEqual(['2026-11-30', '2026-12-01', '2026-12-02']);
    for (const day of schedule.days) {
      expect(day.minutes).toBe(day.lessons.reduce((sum, item) => sum + item.minutes, 0));
    }
    expect(schedule.totalMinutes).toBe(220);
    // 220 minutes in order over 3 days: 30+20+40 | 50 | 45+35 is the best split, longest day 90.
    expect(dailyLoad(schedule).longest).toBe(90);
  });

  test('the longest day is as short as any split in order allows', () => {
    const minutes = [10, 50, 20, 20, 30, 40, 5, 25];
    const lessons = minutes.map((value, index) => lesson(`s/${index}`, value));
    for (let days = 1; days <= minutes.length; days += 1) {
      const schedule = schedulePlan(lessons, ids(lessons), '2026-01-01', {kind: 'days', days});
      // Brute force over every way to cut the sequence into at most `days` parts.
      let best = Infinity;
      const cuts = minutes.length - 1;
      for (let mask = 0; mask < 1 << cuts; mask += 1) {
        const parts: number[] = [0];
        minutes.forEach((value, index) => {
          parts[parts.length - 1] += value;
          if (index < cuts && mask & (1 << index)) parts.push(0);
        });
        if (parts.length <= days) best = Math.min(best, Math.max(...parts));
      }
      expect(dailyLoad(schedule).longest).toBe(best);
      expect(schedule.days).toHaveLength(days);
    }
  });

  test('fewer lessons than days: one lesson a day', () => {
    const schedule = schedulePlan(curriculum, ['s/a', 't/f'], '2026-01-01', {kind: 'days', days: 28});
    expect(schedule.days.map((day) => ids(day.lessons))).toEqual([['s/a'], ['t/f']]);
  });

  test('a daily budget fills each day up to it; a longer lesson gets a day of its own, flagged', () => {
    const schedule = schedulePlan(curriculum, allIds, '2026-01-01', {kind: 'minutesPerDay', minutes: 45});
    expect(schedule.days.map((day) => ids(day.lessons))).toEqual([
      ['s/a'],
      ['s/b'],
      ['s/c'],
      ['s/d'],
      ['t/e'],
      ['t/f'],
    ]);
    expect(schedule.days.map((day) => day.overBudget)).toEqual([false, false, false, true, false, false]);
    const roomy = schedulePlan(curriculum, allIds, '2026-01-01', {kind: 'minutesPerDay', minutes: 90});
    expect(roomy.days.map((day) => day.minutes)).toEqual([90, 50, 80]);
    expect(roomy.days.every((day) => !day.overBudget)).toBe(true);
  });

  test('refuses impossible input instead of producing a wrong plan', () => {
    expect(() => schedulePlan(curriculum, allIds, '2026-02-30', {kind: 'days', days: 7})).toThrow(RangeError);
    expect(() => schedulePlan(curriculum, allIds, '2026-02-01', {kind: 'days', days: 0})).toThrow(RangeError);
    expect(() => schedulePlan(curriculum, allIds, '2026-02-01', {kind: 'minutesPerDay', minutes: 1e9})).toThrow(RangeError);
  });

  test('an empty pick is an empty plan', () => {
    expect(schedulePlan(curriculum, [], '2026-01-01', {kind: 'days', days: 7}).days).toEqual([]);
  });
});

test('formats days without locale data', () => {
  expect(formatDay('2026-12-01')).toBe('Tue 1 Dec 2026');
  expect(formatDay('2028-02-29')).toBe('Tue 29 Feb 2028');
});
