import {parseSearchQuery, searchQueryString} from './searchQuery';

const SECTIONS = [
  {id: 'generative-ai', label: 'Generative AI'},
  {id: 'case-studies', label: 'Case Studies'},
];

test('reads the query and known filters in any case', () => {
  expect(parseSearchQuery('?q=kv%20cache&section=Generative-AI&difficulty=advanced', SECTIONS)).toEqual({
    query: {q: 'kv cache', section: 'generative-ai', difficulty: 'Advanced'},
    ignored: [],
  });
});

test('unknown filters fall back to none and are named; an overlong query is cut', () => {
  const {query, ignored} = parseSearchQuery(`?q=${'x'.repeat(500)}&section=nope&difficulty=%3Cb%3E`, SECTIONS);
  expect(query).toEqual({q: 'x'.repeat(200), section: '', difficulty: ''});
  expect(ignored).toEqual(['unknown section “nope”', 'unknown difficulty “<b>”']);
});

test('the query string leaves out empty values', () => {
  expect(searchQueryString({q: 'kv cache', section: '', difficulty: 'Advanced'})).toBe('?q=kv+cache&difficulty=Advanced');
  expect(searchQueryString({q: '', section: '', difficulty: ''})).toBe('');
});
