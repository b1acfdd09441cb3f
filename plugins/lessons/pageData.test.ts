/** @jest-environment node */
import {resolveLessons, type LessonSource} from './model';
import {buildLessonPages} from './pageData';

function source(id: string, prerequisites: string[] = []): LessonSource {
  return {
    file: `docs/${id}.mdx`,
    id,
    frontMatter: {
      title: `Title ${id}`,
      description: 'd',
      keywords: ['k'],
      sidebar_position: 1,
      difficulty: 'Intermediate',
      estimated_time: '15 minutes',
      prerequisites,
      companies: ['Google'],
    },
  };
}

describe('buildLessonPages', () => {
  const {lessons} = resolveLessons([source('a'), source('b', ['a']), source('c', ['a', 'b'])]);
  const permalinks = new Map([
    ['a', '/a'],
    ['b', '/b'],
    ['c', '/c'],
  ]);

  test('links prerequisites and dependents with title, permalink and time', () => {
    const pages = buildLessonPages(lessons, permalinks);
    expect(pages.get('b')?.prerequisites).toEqual([
      {id: 'a', title: 'Title a', permalink: '/a', difficulty: 'Intermediate', minutes: 15},
    ]);
    expect(pages.get('a')?.dependents.map((ref) => ref.id)).toEqual(['b', 'c']);
    expect(pages.get('c')?.dependents).toEqual([]);
    expect(pages.get('c')?.companies).toEqual(['Google']);
  });

  test('carries what link previews and structured data need', () => {
    const pages = buildLessonPages(lessons, permalinks);
    expect(pages.get('b')).toMatchObject({
      id: 'b',
      title: 'Title b',
      description: 'd',
      keywords: ['k'],
      difficulty: 'Intermediate',
      minutes: 15,
    });
  });

  test('a lesson without a route is never linked to', () => {
    const pages = buildLessonPages(lessons, new Map([['a', '/a'], ['c', '/c']]));
    expect(pages.get('c')?.prerequisites.map((ref) => ref.id)).toEqual(['a']);
    expect(pages.get('a')?.dependents.map((ref) => ref.id)).toEqual(['c']);
  });

  test('carries each lesson’s self-check ids, none when it has no questions', () => {
    const pages = buildLessonPages(lessons, permalinks, new Map([['a', ['a#why', 'a#how']]]));
    expect(pages.get('a')?.selfCheckIds).toEqual(['a#why', 'a#how']);
    expect(pages.get('b')?.selfCheckIds).toEqual([]);
  });
});
