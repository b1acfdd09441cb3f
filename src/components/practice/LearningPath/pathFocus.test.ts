import {buildLearningPath} from '../../../../plugins/lesson-catalog/learningPath';
import type {CatalogLesson} from '../../../../plugins/lesson-catalog/catalog';
import {focusOn, lessonsInOrder, nextLesson, parseFocusQuery} from './pathFocus';

function lesson(id: string, prerequisiteIds: string[] = []): CatalogLesson {
  return {id, title: id, description: '', keywords: [], permalink: `/${id}`, section: 's', difficulty: 'Beginner', estimatedTime: '10 minutes', minutes: 10, companies: [], prerequisiteIds};
}

// a -> b -> d -> e, a -> c -> d, f alone.
const path = buildLearningPath({
  lessons: [lesson('a'), lesson('b', ['a']), lesson('c', ['a']), lesson('d', ['b', 'c']), lesson('e', ['d']), lesson('f')],
  sections: [{id: 's', label: 'S'}],
  companies: [],
});
const lessons = lessonsInOrder(path);

describe('focusOn', () => {
  test('gives the whole prerequisite chain in path order, what the lesson unlocks and what comes later', () => {
    expect(lessonsInOrder(path).map((item) => item.id)).toEqual(['a', 'f', 'b', 'c', 'd', 'e']);
    expect(focusOn(lessons, 'd')).toMatchObject({chain: ['a', 'b', 'c'], unlocks: ['e'], later: []});
    expect(focusOn(lessons, 'a')).toMatchObject({chain: [], unlocks: ['b', 'c'], later: ['d', 'e']});
    expect(focusOn(lessons, 'f')).toMatchObject({chain: [], unlocks: [], later: []});
  });

  test('knows no lesson that is not on the path', () => {
    expect(focusOn(lessons, 'nope')).toBeUndefined();
  });
});

describe('nextLesson', () => {
  const next = (done: string[]) => nextLesson(lessons, (id) => done.includes(id))?.id;
  test('is the first lesson not done whose prerequisites are all done', () => {
    expect(next([])).toBe('a');
    expect(next(['a'])).toBe('f');
    expect(next(['a', 'f', 'c'])).toBe('b');
    // Done out of order: d waits for b.
    expect(next(['a', 'f', 'c', 'e'])).toBe('b');
    expect(next(['a', 'b', 'c', 'd', 'e', 'f'])).toBeUndefined();
  });
});

describe('parseFocusQuery', () => {
  const known = new Set(['ml/metrics']);
  test.each([
    ['', {}],
    ['?focus=', {}],
    ['?other=1', {}],
    ['?focus=ml%2Fmetrics', {id: 'ml/metrics'}],
    ['?focus=ml/metrics', {id: 'ml/metrics'}],
  ])('%j', (search, expected) => {
    expect(parseFocusQuery(search, known)).toEqual(expected);
  });

  test('a lesson that is not on the path is a problem to show, cut short when long', () => {
    expect(parseFocusQuery('?focus=%3Cscript%3E', known).problem).toContain('“<script>”, which is not a lesson');
    const long = parseFocusQuery(`?focus=${'x'.repeat(500)}`, known).problem!;
    expect(long.length).toBeLessThan(200);
  });
});
