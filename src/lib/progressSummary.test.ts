import {describeCount, docIdsUnder, formatMinutes, summarizeProgress} from './progressSummary';

const lessons = [
  {id: 'f/a', section: 'f', minutes: 30},
  {id: 'f/b', section: 'f', minutes: 30},
  {id: 'm/c', section: 'm', minutes: 60},
];
const sections = [
  {id: 'f', label: 'Foundations'},
  {id: 'm', label: 'ML'},
];

describe('progress summary', () => {
  test('counts lessons and estimated time, overall and per section, ignoring unknown ids', () => {
    const done = new Set(['f/a', 'm/c', 'gone/lesson']);
    const summary = summarizeProgress(lessons, sections, (id) => done.has(id));
    expect(summary.overall).toEqual({done: 2, total: 3, minutesDone: 90, minutesTotal: 120});
    expect(summary.sections).toEqual([
      {id: 'f', label: 'Foundations', done: 1, total: 2, minutesDone: 30, minutesTotal: 60},
      {id: 'm', label: 'ML', done: 1, total: 1, minutesDone: 60, minutesTotal: 60},
    ]);
    expect(describeCount(summary.overall)).toBe('2 of 3 lessons, 1 h 30 min of 2 h (75% of the time)');
  });

  test('formats minutes and an empty section', () => {
    expect(formatMinutes(0)).toBe('0 min');
    expect(formatMinutes(125)).toBe('2 h 5 min');
    expect(describeCount({done: 0, total: 0, minutesDone: 0, minutesTotal: 0})).toBe('0 of 0 lessons, 0 min of 0 min (0% of the time)');
  });

  test('finds the doc ids under a sidebar category at any depth', () => {
    expect(
      docIdsUnder({
        type: 'category',
        items: [
          {type: 'link', docId: 'f/a'},
          {type: 'link'},
          {type: 'category', items: [{type: 'link', docId: 'f/b'}]},
        ],
      }),
    ).toEqual(['f/a', 'f/b']);
  });
});
