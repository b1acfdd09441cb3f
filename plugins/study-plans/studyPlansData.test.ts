import type {CatalogData, CatalogLesson} from '../lesson-catalog/catalog';
import {lessonCode} from '../../src/lib/planCode';
import {buildStudyPlansData, trackLessonIds} from './studyPlansData';

const lesson = (id: string): CatalogLesson => ({
  id,
  title: id,
  description: '',
  keywords: [],
  permalink: `/${id}`,
  section: id.split('/')[0],
  difficulty: 'Beginner',
  estimatedTime: '20 minutes',
  minutes: 20,
  companies: [],
  prerequisiteIds: [],
});
const catalog = (ids: string[]): CatalogData => ({
  lessons: ids.map(lesson),
  sections: [{id: 'a', label: 'A'}],
  companies: [],
});

test('keeps what a plan needs, in catalog order', () => {
  const data = buildStudyPlansData(catalog(['a/two', 'a/one']));
  expect(data.lessons.map((item) => item.id)).toEqual(['a/two', 'a/one']);
  expect(data.lessons[0]).toEqual({id: 'a/two', title: 'a/two', permalink: '/a/two', section: 'a', minutes: 20, prerequisiteIds: []});
  expect(data.readyPlans.map((plan) => plan.days)).toEqual([7, 14, 28]);
});

test('fails the build when two lessons share a plan code', () => {
  const seen = new Map<string, string>();
  let pair: string[] = [];
  for (let index = 0; pair.length === 0; index += 1) {
    const id = `a/${index}`;
    const other = seen.get(lessonCode(id));
    if (other) pair = [other, id];
    seen.set(lessonCode(id), id);
  }
  expect(() => buildStudyPlansData(catalog(pair))).toThrow(`${pair[0]} and ${pair[1]}`);
});

test('a track holds its section, what builds on it, and their prerequisites, in reading order', () => {
  const lessons = [
    {...lesson('base/intro'), prerequisiteIds: []},
    {...lesson('base/unrelated'), prerequisiteIds: []},
    {...lesson('base/serving'), prerequisiteIds: ['base/intro']},
    {...lesson('generative-ai/llm'), prerequisiteIds: ['base/serving']},
    {...lesson('cases/classic'), prerequisiteIds: ['base/serving']},
    {...lesson('cases/chat'), prerequisiteIds: ['generative-ai/llm']},
    {...lesson('cases/chat-plus'), prerequisiteIds: ['cases/chat']},
  ];
  expect(trackLessonIds(lessons, 'generative-ai')).toEqual([
    'base/intro',
    'base/serving',
    'generative-ai/llm',
    'cases/chat',
    'cases/chat-plus',
  ]);
  const data = buildStudyPlansData({lessons, sections: [], companies: []});
  const track = data.readyPlans.find((plan) => plan.id === 'generative-ai-track');
  expect(track?.lessonIds).toEqual(trackLessonIds(lessons, 'generative-ai'));
  expect(data.readyPlans.find((plan) => plan.id === 'one-week')?.lessonIds).toHaveLength(lessons.length);
});

test('leaves a track out when its section has no lessons', () => {
  const data = buildStudyPlansData(catalog(['a/one']));
  expect(data.readyPlans.map((plan) => plan.id)).toEqual(['one-week', 'two-week', 'four-week']);
});
