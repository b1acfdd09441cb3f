import {resumePoint} from './resume';

const lesson = (id: string) => ({id, title: `Title ${id}`, permalink: `/${id}`});
const order = ['a', 'b', 'c', 'd'].map(lesson);

describe('resumePoint', () => {
  test('nothing completed, or only lessons the guide no longer has: no resume point', () => {
    expect(resumePoint(order, {})).toBeUndefined();
    expect(resumePoint(order, {gone: '2026-01-01'})).toBeUndefined();
  });

  test('continues after the lesson completed most recently, skipping completed ones', () => {
    const point = resumePoint(order, {a: '2026-01-01', c: '2026-01-02', d: '2026-01-01', gone: '2026-02-01'});
    expect(point).toEqual({done: 3, total: 4, last: lesson('c'), next: lesson('b')});
  });

  test('on the same day, the lesson further along the reading order counts as the last', () => {
    expect(resumePoint(order, {b: '2026-01-01', a: '2026-01-01'})?.next).toEqual(lesson('c'));
  });

  test('everything complete: no next lesson', () => {
    const all = Object.fromEntries(order.map(({id}) => [id, '2026-01-01']));
    expect(resumePoint(order, all)).toMatchObject({done: 4, next: undefined});
  });
});
