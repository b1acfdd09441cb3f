/** @jest-environment node */
import type {CatalogData, CatalogLesson} from './catalog';
import {buildLearningPath, stepsWithin, subgroupsFromSidebars} from './learningPath';

function lesson(id: string, prerequisiteIds: string[] = [], section = 'ml'): CatalogLesson {
  return {
    id,
    title: `Lesson ${id}`,
    description: '',
    keywords: [],
    permalink: `/${id}`,
    section,
    difficulty: 'Intermediate',
    estimatedTime: '30 minutes',
    minutes: 30,
    companies: [],
    prerequisiteIds,
  };
}

// A diamond with a long edge: a -> b -> d, a -> c -> d, a -> e (e needs d too).
const diamond = [lesson('a'), lesson('b', ['a']), lesson('c', ['a']), lesson('d', ['b', 'c']), lesson('e', ['a', 'd'])];
const ids = (steps: {id: string}[][]) => steps.map((step) => step.map((item) => item.id));

describe('stepsWithin', () => {
  test('a lesson sits one step below its deepest prerequisite in the group; a step keeps the given order', () => {
    expect(ids(stepsWithin(diamond))).toEqual([['a'], ['b', 'c'], ['d'], ['e']]);
    expect(ids(stepsWithin([...diamond].reverse()))).toEqual([['a'], ['c', 'b'], ['d'], ['e']]);
  });

  test('prerequisites outside the group do not push a lesson down', () => {
    expect(ids(stepsWithin([lesson('x', ['elsewhere']), lesson('y', ['x', 'elsewhere']), lesson('z', ['elsewhere'])]))).toEqual([
      ['x', 'z'],
      ['y'],
    ]);
    expect(stepsWithin([])).toEqual([]);
  });
});

describe('subgroupsFromSidebars', () => {
  test('names each lesson in a nested category after it; top-level lessons get none', () => {
    const sidebar = [
      {type: 'category', label: 'Foundations', items: [{type: 'doc', id: 'f/one'}]},
      {
        type: 'category',
        label: 'Case Studies',
        items: [
          {type: 'category', label: 'Search', items: [{type: 'doc', id: 'c/search'}, {type: 'doc', id: 'c/ads'}]},
          {type: 'category', label: 'Vision', items: [{type: 'doc', id: 'c/blur'}]},
        ],
      },
    ];
    expect(Object.fromEntries(subgroupsFromSidebars([sidebar]))).toEqual({'c/search': 'Search', 'c/ads': 'Search', 'c/blur': 'Vision'});
  });
});

describe('buildLearningPath', () => {
  const catalog: CatalogData = {
    lessons: [lesson('a', [], 'found'), lesson('z', [], 'found'), ...diamond.slice(1), lesson('s1', ['d'], 'cases'), lesson('s2', ['s1'], 'cases'), lesson('v1', ['a'], 'cases'), lesson('loose', [], 'cases')],
    sections: [
      {id: 'found', label: 'Foundations'},
      {id: 'ml', label: 'ML'},
      {id: 'cases', label: 'Cases'},
    ],
    companies: [],
  };
  // In sidebar order, which is not the catalog's.
  const groups = new Map([
    ['v1', 'Vision'],
    ['s1', 'Search'],
    ['s2', 'Search'],
  ]);
  const path = buildLearningPath(catalog, groups);

  test('sections in curriculum order, the sidebar groups within a section, lessons in steps', () => {
    expect(
      path.sections.map((section) => [section.label, section.groups.map((group) => [group.label ?? '', ids(group.steps)])]),
    ).toEqual([
      ['Foundations', [['', [['a', 'z']]]]],
      ['ML', [['', [['b', 'c'], ['d'], ['e']]]]],
      ['Cases', [['', [['loose']]], ['Vision', [['v1']]], ['Search', [['s1'], ['s2']]]]],
    ]);
  });

  test('each lesson names its prerequisites and the lessons it unlocks, in path order', () => {
    const all = path.sections.flatMap((section) => section.groups.flatMap((group) => group.steps.flat()));
    const byId = new Map(all.map((item) => [item.id, item]));
    expect(byId.get('a')?.unlockIds).toEqual(['b', 'c', 'e', 'v1']);
    expect(byId.get('d')).toMatchObject({prerequisiteIds: ['b', 'c'], unlockIds: ['e', 's1']});
    expect(byId.get('s2')?.unlockIds).toEqual([]);
  });

  test('sums lessons and time per section and in all, and says when the page reads top-down', () => {
    expect(path).toMatchObject({lessonCount: 10, totalMinutes: 300, topDown: true});
    expect(path.sections.map((section) => [section.lessonCount, section.minutes])).toEqual([[2, 60], [4, 120], [4, 120]]);
  });

  test('a prerequisite in a later section makes the path not top-down', () => {
    const backwards = {...catalog, lessons: [lesson('a', ['b'], 'found'), lesson('b')]};
    expect(buildLearningPath(backwards).topDown).toBe(false);
  });
});
