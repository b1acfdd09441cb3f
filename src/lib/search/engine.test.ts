import {bodyTerms, buildIndex, loadIndex, matchingHeadings, queryTerms, searchLessons, type SearchLesson} from './engine';
import {expandSynonyms, normalizeTerm, tokenize} from './text';

const lesson = (url: string, title: string, headings: string[] = []): SearchLesson => ({
  url,
  title,
  section: url.split('/')[1],
  sectionLabel: url.split('/')[1],
  difficulty: url.includes('case') ? 'Advanced' : 'Intermediate',
  headings: headings.map((text) => ({text, anchor: text.toLowerCase().replace(/\W+/g, '-')})),
});

const LESSONS = [
  lesson('/generative-ai/llm-serving', 'LLM Inference and Serving', ['Continuous batching and chunked prefill', 'The KV cache']),
  lesson('/case-studies/chat-assistant', 'Design a ChatGPT-Style Chat Assistant', ['Where the KV cache waits']),
  lesson('/foundations/estimation', 'Back-of-the-Envelope Estimation for ML'),
];
const search = loadIndex({
  version: 1,
  lessons: LESSONS,
  index: buildIndex([
    {title: LESSONS[0].title, keywords: 'continuous batching · KV cache · TTFT', headings: 'Continuous batching and chunked prefill · The KV cache', description: 'Serving LLMs', body: bodyTerms('batching batching batching tokens')},
    // A long case study that mentions the term many times in passing.
    {title: LESSONS[1].title, keywords: 'chat assistant', headings: 'Where the KV cache waits', description: 'A chat product', body: bodyTerms('continuous batching '.repeat(12))},
    {title: LESSONS[2].title, keywords: 'peak QPS · back-of-the-envelope estimation', headings: '', description: 'Numbers', body: ''},
  ]).toJSON(),
});

test('the lesson whose title and keywords name a term beats one whose text only mentions it', () => {
  expect(searchLessons(search, 'continuous batching')[0].lesson.url).toBe('/generative-ai/llm-serving');
});

test('words are stemmed, stop words dropped, the last word may be half typed, long words forgive a typo', () => {
  expect(tokenize('LLM-as-judge, A/B top-k')).toEqual(['LLM', 'as', 'judge', 'A', 'B', 'top', 'k']);
  expect(normalizeTerm('Batching')).toBe('batch');
  expect(normalizeTerm('how')).toBeNull();
  expect(searchLessons(search, 'continuous batc')[0].lesson.url).toBe('/generative-ai/llm-serving');
  expect(searchLessons(search, 'contnuous batching')[0].lesson.url).toBe('/generative-ai/llm-serving');
});

test('a synonym from the table finds the lesson that uses the other name', () => {
  expect(expandSynonyms('napkin math')).toBe('napkin math back-of-the-envelope estimation');
  expect(searchLessons(search, 'napkin math')[0].lesson.url).toBe('/foundations/estimation');
  expect(expandSynonyms('mathematics')).toBe('mathematics');
});

test('filters keep only lessons of the chosen sections and difficulties', () => {
  expect(searchLessons(search, 'KV cache', {sections: ['case-studies']}).map((hit) => hit.lesson.url)).toEqual(['/case-studies/chat-assistant']);
  expect(searchLessons(search, 'KV cache', {difficulties: ['Intermediate']}).map((hit) => hit.lesson.url)).toEqual(['/generative-ai/llm-serving']);
});

test('matching headings come best first; a query of stop words finds nothing', () => {
  expect(matchingHeadings(LESSONS[0], queryTerms('kv cache')).map((heading) => heading.text)).toEqual(['The KV cache']);
  expect(searchLessons(search, 'how to do it')).toEqual([]);
});

test('body words used fewer than three times and bare numbers are left out of the index', () => {
  expect(bodyTerms('drift drift drift once 42 42 42 twice twice')).toBe('drift drift drift');
});

test('an index file of another shape is refused, not half read', () => {
  expect(() => loadIndex({version: 2} as never)).toThrow(/not a version 1 search index/);
});
