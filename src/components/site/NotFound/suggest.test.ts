import {readdirSync} from 'node:fs';
import path from 'node:path';
import {closeness, MAX_TYPED_LENGTH, slugCloseness, suggestLessons, typedSlug, wordCloseness, wordsOf} from './suggest';

// The guide's real lessons, read from docs/, so the mistypings below are tried against every slug.
const DOCS = path.join(__dirname, '../../../../docs');
const lessons = readdirSync(DOCS, {withFileTypes: true})
  .filter((entry) => entry.isDirectory())
  .flatMap((section) =>
    readdirSync(path.join(DOCS, section.name))
      .filter((file) => file.endsWith('.mdx'))
      .map((file) => `${section.name}/${file.replace(/\.mdx$/, '')}`),
  )
  .map((id) => ({id, title: id, permalink: `/${id}`}));
const ids = (pathname: string, baseUrl?: string) => suggestLessons(pathname, lessons, baseUrl).map(({id}) => id);

test('the fixture is the real guide', () => {
  expect(lessons.length).toBeGreaterThan(40);
  expect(lessons.map(({id}) => id)).toEqual(expect.arrayContaining(['case-studies/ad-click-prediction', 'ml-system-design/feature-stores']));
});

describe('suggestLessons on real mistypings', () => {
  test.each([
    // Typos in a slug.
    ['/case-studies/ad-clik-prediction', 'case-studies/ad-click-prediction'],
    ['/ml-system-design/metrcs', 'ml-system-design/metrics'],
    ['/case-studies/fraud-detecton', 'case-studies/fraud-detection'],
    ['/case-studies/autocompelte', 'case-studies/autocomplete'],
    ['/case-studies/recomendation-system', 'case-studies/recommendation-system'],
    ['/ml-system-design/embeding-retrieval', 'ml-system-design/embeddings-and-retrieval'],
    ['/llm-servng', 'generative-ai/llm-serving'],
    ['/case-studies/etaprediction', 'case-studies/eta-prediction'],
    ['/case-studies/text2image', 'case-studies/text-to-image'],
    ['/case-studies/similar-listing', 'case-studies/similar-listings'],
    ['/foundations/estimations', 'foundations/estimation'],
    // Words left out, added or shortened; under another section or none.
    ['/foo/feature-store', 'ml-system-design/feature-stores'],
    ['/ml-system-design/featurestores', 'ml-system-design/feature-stores'],
    ['/ml-system-design/monitoring', 'ml-system-design/monitoring-and-drift'],
    ['/ml-system-design/experiments', 'ml-system-design/experimentation'],
    ['/generative-ai/rag-pipeline', 'generative-ai/rag'],
    ['/ml-system-design/model-serving', 'ml-system-design/serving'],
    ['/case-studies/people-you-know', 'case-studies/people-you-may-know'],
    ['/generative-ai/fine-tuning', 'generative-ai/fine-tuning-and-alignment'],
    ['/ml-system-design/cold-start', 'ml-system-design/cold-start-and-exploration'],
    ['/case-studies/translation', 'case-studies/machine-translation'],
    ['/case-studies/spam-detection', 'case-studies/fraud-detection'],
    ['/generative-ai/feed-ranking', 'case-studies/feed-ranking'],
    ['/docs/intro', 'ml-system-design/introduction'],
  ])('%s suggests %s first', (typed, lesson) => {
    expect(ids(typed)[0]).toBe(lesson);
  });

  test('a mistyped slug is not followed by the rest of its section, only by lessons close to it', () => {
    expect(ids('/case-studies/fraud-detecton')).toEqual(['case-studies/fraud-detection']);
    expect(ids('/ml-system-design/metrcs')).toEqual(['ml-system-design/metrics']);
    expect(ids('/case-studies/ad-clik-prediction')).toEqual(['case-studies/ad-click-prediction', 'case-studies/eta-prediction']);
    expect(ids('/foo/feature-store')).toEqual(['ml-system-design/feature-stores']);
  });

  test('ranked by closeness, at most five', () => {
    expect(ids('/ml-system-design/ranking')).toEqual(['case-studies/feed-ranking', 'case-studies/search-ranking', 'ml-system-design/multi-stage-ranking']);
    const many = ['feed-ranking', 'feed-rankings', 'feed-ranker', 'news-feed-ranking', 'feed-ranking-at-scale', 'fed-ranking', 'feed-rank']
      .map((slug) => ({id: `x/${slug}`, title: slug, permalink: `/x/${slug}`}));
    const found = suggestLessons('/feed-ranking', many).map(({id}) => id);
    expect(found).toHaveLength(5);
    expect(found[0]).toBe('x/feed-ranking');
    expect(suggestLessons('/feed-ranking', many, '/', 2)).toHaveLength(2);
  });

  test.each([
    '/qqq/zzzz',
    '/case-studies/youtube',
    '/ml-system-design/ab-testing',
    '/generative-ai/diffusion',
    '/blog',
    '/case-studies/',
    '/case-studies/how-to-design',
    '/',
    '',
  ])('%s is like no lesson: nothing is suggested', (typed) => {
    expect(ids(typed)).toEqual([]);
  });

  test('the base URL, case, .html and escapes are ignored', () => {
    expect(ids('/guide/ML-System-Design/Metrics.html', '/guide/')[0]).toBe('ml-system-design/metrics');
    expect(ids('/case-studies/Fraud%20Detecton/')[0]).toBe('case-studies/fraud-detection');
    expect(ids('/case-studies/m%C3%A9trics')[0]).toBe('ml-system-design/metrics');
  });
});

describe('junk addresses find nothing and do not throw', () => {
  test.each([
    ['a malformed escape', '/%E0%A4%A/qqqq-zzzz'],
    ['a lone percent sign', '/case-studies/%'],
    ['escaped garbage', `/${'%FF%FE%00'.repeat(50)}`],
    ['dot segments', '/../../etc/passwd'],
    ['only dots', '/..'],
    ['escaped dot segments', '/%2e%2e%2f%2e%2e%2f'],
    ['a very long slug', `/case-studies/${'fraud-detection-'.repeat(400)}`],
    ['a very long path', '/a'.repeat(5000)],
    ['emoji and controls', '/🙂/\u0000\u202e'],
  ])('%s', (_, typed) => {
    expect(() => suggestLessons(typed, lessons)).not.toThrow();
    expect(ids(typed)).toEqual([]);
  });

  test('a slug longer than MAX_TYPED_LENGTH is not compared, however close its start', () => {
    const long = `/fraud-detection-${'x'.repeat(MAX_TYPED_LENGTH)}`;
    expect(typedSlug(long)).toEqual([]);
    expect(typedSlug('/a/fraud-detection')).toEqual(['fraud', 'detection']);
  });
});

test('closeness, word closeness and slug closeness', () => {
  expect(closeness('metrics', 'metrics')).toBe(1);
  expect(closeness('metrcs', 'metrics')).toBeCloseTo(6 / 7);
  expect(closeness('abc', 'xyz')).toBe(0);
  expect(closeness('', '')).toBe(0);
  expect(wordCloseness('store', 'stores')).toBe(1);
  expect(wordCloseness('rag', 'ranking')).toBeLessThan(0.5);
  expect(slugCloseness(['ranking', 'ranking', 'ranking'], ['feed', 'ranking'])).toBeLessThanOrEqual(1);
  expect(slugCloseness(['metrics'], ['metrics'])).toBe(1);
  expect(wordsOf('/A_b/c.html')).toEqual(['a', 'b', 'c']);
  expect(wordsOf('text2image')).toEqual(['text', '2', 'image']);
});
