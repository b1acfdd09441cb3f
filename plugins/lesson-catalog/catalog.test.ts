/** @jest-environment node */
import {resolveLessons, type LessonSource} from '../lessons/model';
import {buildCatalog, humanizeSection, sectionsFromSidebars} from './catalog';

function source(id: string, overrides: Record<string, unknown> = {}): LessonSource {
  return {
    file: `docs/${id}.mdx`,
    id,
    frontMatter: {
      title: `Title ${id}`,
      description: `About ${id}.`,
      keywords: ['k'],
      sidebar_position: 1,
      difficulty: 'Beginner',
      estimated_time: '20 minutes',
      prerequisites: [],
      companies: [],
      ...overrides,
    },
  };
}

const {lessons} = resolveLessons([
  source('ml/b', {sidebar_position: 2, companies: ['meta', 'Google'], prerequisites: ['found/a', 'ml/draft']}),
  source('ml/c', {sidebar_position: 3, companies: ['Meta']}),
  source('ml/a', {sidebar_position: 1, companies: ['Google', 'Meta', 'META']}),
  source('found/a', {companies: ['Amazon']}),
  source('ml/draft'),
  source('extra-section/z'),
]);

const sidebars = [
  [
    {type: 'category', label: 'Foundations', items: [{type: 'doc', id: 'found/a'}]},
    {
      type: 'category',
      label: 'ML System Design',
      items: [
        {type: 'category', label: 'Nested', items: [{type: 'doc', id: 'ml/a'}]},
        {type: 'doc', id: 'ml/b'},
        {type: 'doc', id: 'ml/c'},
      ],
    },
  ],
];

describe('sectionsFromSidebars', () => {
  test('labels sections by their top-level sidebar category, in sidebar order, then the rest', () => {
    expect(sectionsFromSidebars(lessons, sidebars)).toEqual([
      {id: 'found', label: 'Foundations'},
      {id: 'ml', label: 'ML System Design'},
      {id: 'extra-section', label: 'Extra section'},
    ]);
  });

  test.each([
    ['case-studies', 'Case studies'],
    ['practice', 'Practice'],
    ['', 'Lessons'],
  ])('humanizeSection(%j) is %j', (id, label) => {
    expect(humanizeSection(id)).toBe(label);
  });
});

describe('buildCatalog', () => {
  const permalinks = new Map([
    ['ml/a', '/ml/a'],
    ['ml/b', '/ml/b'],
    ['ml/c', '/ml/c'],
    ['found/a', '/found/a'],
    ['extra-section/z', '/extra-section/z'],
  ]);
  const catalog = buildCatalog(lessons, permalinks, sectionsFromSidebars(lessons, sidebars));

  test('orders lessons by section, then sidebar position, and leaves out lessons without a page', () => {
    expect(catalog.lessons.map((lesson) => lesson.id)).toEqual(['found/a', 'ml/a', 'ml/b', 'ml/c', 'extra-section/z']);
  });

  test('keeps the lesson data the catalog shows, with permalinks and routed prerequisites only', () => {
    expect(catalog.lessons.find((lesson) => lesson.id === 'ml/b')).toEqual({
      id: 'ml/b',
      title: 'Title ml/b',
      description: 'About ml/b.',
      keywords: ['k'],
      permalink: '/ml/b',
      section: 'ml',
      difficulty: 'Beginner',
      estimatedTime: '20 minutes',
      minutes: 20,
      companies: ['Meta', 'Google'],
      prerequisiteIds: ['found/a'],
    });
  });

  test('merges companies that differ only in case under their most used spelling', () => {
    expect(catalog.companies).toEqual(['Amazon', 'Google', 'Meta']);
    expect(catalog.lessons.find((lesson) => lesson.id === 'ml/a')?.companies).toEqual(['Google', 'Meta']);
  });

  test('lists only sections that have a lesson with a page', () => {
    const onlyFoundations = buildCatalog(lessons, new Map([['found/a', '/found/a']]), sectionsFromSidebars(lessons, sidebars));
    expect(onlyFoundations.sections).toEqual([{id: 'found', label: 'Foundations'}]);
  });
});
