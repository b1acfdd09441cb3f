import type {LessonPageData} from '../../../../plugins/lessons/pageData';
import {learningResource, linkPreviewTags, serializeJsonLd, type LessonUrls} from './structuredData';

const lesson: LessonPageData = {
  id: 'ml-system-design/metrics',
  title: 'Metrics: Offline, Online and Business',
  description: 'Choose and compute the metrics an ML design is judged by.',
  keywords: ['NDCG MRR MAP', 'calibration'],
  difficulty: 'Beginner',
  estimatedTime: '1 hour 30 minutes',
  minutes: 90,
  companies: ['Google'],
  prerequisites: [
    {id: 'ml-system-design/problem-framing', title: 'Problem Framing', permalink: '/guide/ml-system-design/problem-framing', difficulty: 'Beginner', minutes: 20},
  ],
  dependents: [],
  selfCheckIds: [],
};

const urls: LessonUrls = {
  page: 'https://example.org/guide/ml-system-design/metrics',
  image: 'https://example.org/guide/img/og/ml-system-design/metrics.png',
  of: (permalink) => `https://example.org${permalink}`,
};

describe('learningResource', () => {
  test('describes the lesson with schema.org LearningResource fields from its front matter', () => {
    expect(learningResource(lesson, urls)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'LearningResource',
      name: 'Metrics: Offline, Online and Business',
      description: 'Choose and compute the metrics an ML design is judged by.',
      keywords: ['NDCG MRR MAP', 'calibration'],
      educationalLevel: 'Beginner',
      timeRequired: 'PT1H30M',
      competencyRequired: ['https://example.org/guide/ml-system-design/problem-framing'],
      url: 'https://example.org/guide/ml-system-design/metrics',
      image: 'https://example.org/guide/img/og/ml-system-design/metrics.png',
      inLanguage: 'en',
      isAccessibleForFree: true,
    });
  });

  test('a lesson without prerequisites requires no competency', () => {
    expect(learningResource({...lesson, prerequisites: []}, urls)).not.toHaveProperty('competencyRequired');
  });
});

describe('serializeJsonLd', () => {
  test('no value can close the script element, and the JSON still parses to the same data', () => {
    const data = {name: '</script><script>alert(1)</script>', note: 'a & b <!-- c --> \u2028'};
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(json).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(json)).toEqual(data);
  });
});

describe('linkPreviewTags', () => {
  test('gives Open Graph and Twitter tags for a large image preview', () => {
    const tags = Object.fromEntries(
      linkPreviewTags(lesson, urls, 'ML System Design Guide').map((tag) => ['property' in tag ? tag.property : tag.name, tag.content]),
    );
    expect(tags).toMatchObject({
      'og:type': 'article',
      'og:title': lesson.title,
      'og:description': lesson.description,
      'og:url': urls.page,
      'og:image': urls.image,
      'og:image:width': '1200',
      'og:image:height': '630',
      'og:site_name': 'ML System Design Guide',
      'twitter:card': 'summary_large_image',
      'twitter:title': lesson.title,
      'twitter:description': lesson.description,
      'twitter:image': urls.image,
    });
    expect(tags['og:image:alt']).toBe('Metrics: Offline, Online and Business: Beginner, 1 hour 30 minutes');
  });
});
