import type {CatalogData, CatalogLesson} from '../lesson-catalog/catalog';
import {lessonCode} from '../../src/lib/planCode';
import {buildStudyPlansData} from './studyPlansData';

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
