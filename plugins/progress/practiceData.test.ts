import type {CatalogData, CatalogLesson} from '../lesson-catalog/catalog';
import {buildProgressPageData, buildReviewPageData} from './practiceData';

function lesson(id: string, title: string): CatalogLesson {
  return {
    id,
    title,
    description: '',
    keywords: [],
    permalink: `/${id}`,
    section: id.split('/')[0],
    difficulty: 'Beginner',
    estimatedTime: '20 minutes',
    minutes: 20,
    companies: [],
    prerequisiteIds: [],
  };
}

const catalog: CatalogData = {
  lessons: [lesson('f/one', 'One'), lesson('f/two', 'Two'), lesson('m/three', 'Three')],
  sections: [
    {id: 'f', label: 'Foundations'},
    {id: 'm', label: 'ML'},
  ],
  companies: [],
};

const sources: Record<string, string> = {
  'f/one': '# One\n\n<SelfCheck question="Why is accuracy misleading?">\nBecause.\n</SelfCheck>\n\n<SelfCheck question={"What is NDCG@10?"}>x</SelfCheck>\n',
  'f/two': 'No questions here.\n\n```mdx\n<SelfCheck question="In a code block">no</SelfCheck>\n```\n',
  'm/three': '<SelfCheck question="How big is the index?">1 GB</SelfCheck>',
};
const sourceOf = (id: string) => ({file: `docs/${id}.mdx`, text: sources[id]});

describe('practice page data', () => {
  test('the progress page gets each lesson in order with its section and minutes', () => {
    expect(buildProgressPageData(catalog, buildReviewPageData(catalog, sourceOf))).toEqual({
      lessons: [
        {
          id: 'f/one',
          title: 'One',
          permalink: '/f/one',
          section: 'f',
          minutes: 20,
          selfCheckIds: ['f/one#why-is-accuracy-misleading', 'f/one#what-is-ndcg-10'],
        },
        {id: 'f/two', title: 'Two', permalink: '/f/two', section: 'f', minutes: 20, selfCheckIds: []},
        {id: 'm/three', title: 'Three', permalink: '/m/three', section: 'm', minutes: 20, selfCheckIds: ['m/three#how-big-is-the-index']},
      ],
      sections: catalog.sections,
    });
  });

  test('the review page gets every question with its id and link, skipping code blocks and empty lessons', () => {
    expect(buildReviewPageData(catalog, sourceOf)).toEqual({
      lessons: [
        {
          id: 'f/one',
          title: 'One',
          permalink: '/f/one',
          questions: [
            {
              id: 'f/one#why-is-accuracy-misleading',
              question: 'Why is accuracy misleading?',
              href: '/f/one#check-why-is-accuracy-misleading',
              answer: [{kind: 'p', inline: [{kind: 'text', text: 'Because.'}]}],
            },
            {
              id: 'f/one#what-is-ndcg-10',
              question: 'What is NDCG@10?',
              href: '/f/one#check-what-is-ndcg-10',
              answer: [{kind: 'p', inline: [{kind: 'text', text: 'x'}]}],
            },
          ],
        },
        {
          id: 'm/three',
          title: 'Three',
          permalink: '/m/three',
          questions: [
            {
              id: 'm/three#how-big-is-the-index',
              question: 'How big is the index?',
              href: '/m/three#check-how-big-is-the-index',
              answer: [{kind: 'p', inline: [{kind: 'text', text: '1 GB'}]}],
            },
          ],
        },
      ],
    });
  });

  test('two questions of one lesson with the same id fail the build, naming the file', () => {
    const twins = (id: string) => ({
      file: `docs/${id}.mdx`,
      text: id === 'f/two' ? '<SelfCheck question="Why?">a</SelfCheck>\n<SelfCheck question="why!">b</SelfCheck>' : '',
    });
    expect(() => buildReviewPageData(catalog, twins)).toThrow(/docs\/f\/two\.mdx: the self-check questions "Why\?" and "why!" have the same id "why"/);
  });
});
