/** @jest-environment node */
import {resolveLessons, type LessonSource} from '../lessons/model';
import {buildCatalog} from './catalog';
import {buildHomeData} from './home';

function source(id: string, position: number, minutes: number, prerequisites: string[] = []): LessonSource {
  return {
    file: `docs/${id}.mdx`,
    id,
    frontMatter: {
      title: `Title ${id}`,
      description: `About ${id}.`,
      keywords: ['k'],
      sidebar_position: position,
      difficulty: 'Beginner',
      estimated_time: `${minutes} minutes`,
      prerequisites,
      companies: [],
    },
  };
}

const {lessons} = resolveLessons([
  source('basics/b', 2, 30),
  source('basics/a', 1, 20, ['basics/b']),
  source('case-studies/feed', 1, 40, ['basics/a']),
  source('case-studies/search', 2, 45),
  source('case-studies/stray', 3, 50),
]);
const sections = [
  {id: 'basics', label: 'Basics'},
  {id: 'case-studies', label: 'Case Studies'},
];
const catalog = buildCatalog(lessons, new Map(lessons.map((lesson) => [lesson.id, `/${lesson.id}`])), sections);
const sidebars = [
  [
    {type: 'category', label: 'Basics', items: [{type: 'doc', id: 'basics/a'}, {type: 'doc', id: 'basics/b'}]},
    {
      type: 'category',
      label: 'Case Studies',
      items: [
        {type: 'category', label: 'Ranking', items: [{type: 'doc', id: 'case-studies/search'}, {type: 'doc', id: 'case-studies/feed'}]},
        {type: 'category', label: 'Empty', items: []},
      ],
    },
  ],
];

describe('buildHomeData', () => {
  const home = buildHomeData(catalog, sidebars);

  test('counts lessons and minutes per section and in all, from the lessons', () => {
    expect(home.lessonCount).toBe(5);
    expect(home.totalMinutes).toBe(185);
    expect(home.sections.map(({id, lessonCount, minutes}) => [id, lessonCount, minutes])).toEqual([
      ['basics', 2, 50],
      ['case-studies', 3, 135],
    ]);
  });

  test('reads in prerequisite order, so the first lesson has nothing to read before it', () => {
    expect(home.readingOrder[0].id).toBe('basics/b');
    expect(home.sections[0].first.id).toBe('basics/b');
    expect(home.readingOrder.map(({id}) => id)).toHaveLength(5);
  });

  test('groups the case studies as the sidebar does; a case in no group comes last', () => {
    expect(home.caseStudyGroups.map(({label, lessons}) => [label, lessons.map(({id}) => id)])).toEqual([
      ['Ranking', ['case-studies/search', 'case-studies/feed']],
      ['More case studies', ['case-studies/stray']],
    ]);
  });
});
