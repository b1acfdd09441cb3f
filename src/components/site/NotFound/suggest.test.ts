import {similarity, suggestLessons, wordsOf} from './suggest';

const lesson = (id: string) => ({id, title: id, permalink: `/${id}`});
const lessons = [
  'foundations/system-design-framework',
  'ml-system-design/metrics',
  'ml-system-design/feature-engineering',
  'ml-system-design/model-serving',
  'case-studies/feed-ranking',
  'case-studies/search-ranking',
  'case-studies/fraud-detection',
].map(lesson);
const ids = (found: {id: string}[]) => found.map(({id}) => id);

describe('suggestLessons', () => {
  test('a mistyped slug finds its lesson first', () => {
    expect(ids(suggestLessons('/ml-system-design/metrcs', lessons))[0]).toBe('ml-system-design/metrics');
    expect(ids(suggestLessons('/case-studies/fraud-detecton', lessons))[0]).toBe('case-studies/fraud-detection');
  });

  test('a lesson under the wrong section is still found', () => {
    expect(ids(suggestLessons('/generative-ai/feed-ranking', lessons))[0]).toBe('case-studies/feed-ranking');
  });

  test('related slugs follow, best first, at most the limit', () => {
    expect(ids(suggestLessons('/ranking', lessons, '/', 2))).toEqual(['case-studies/feed-ranking', 'case-studies/search-ranking']);
  });

  test('the base URL, case, .html and escapes are ignored; junk finds nothing and does not throw', () => {
    expect(ids(suggestLessons('/guide/ML-System-Design/Metrics.html', lessons, '/guide/'))[0]).toBe('ml-system-design/metrics');
    expect(suggestLessons('/%E0%A4%A/qqqq-zzzz', lessons)).toEqual([]);
    expect(suggestLessons('/', lessons)).toEqual([]);
  });
});

test('similarity is 1 for the same text and 0 for nothing shared', () => {
  expect(similarity('metrics', 'metrics')).toBe(1);
  expect(similarity('abc', 'xyz')).toBe(0);
  expect(similarity('', 'a')).toBe(0);
  expect(wordsOf('/A_b/c.html')).toEqual(['a', 'b', 'c']);
});
