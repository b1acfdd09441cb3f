import {bestSection, snippetParts} from './snippet';
import {queryTerms} from './engine';

const text = (parts: {text: string; match: boolean}[]) => parts.map((part) => (part.match ? `[${part.text}]` : part.text)).join('');

describe('snippetParts', () => {
  test('marks whole words that match a term, in any inflection, never part of a word', () => {
    const parts = snippetParts('Chunking splits documents into chunks; a chunkier unchunked text.', queryTerms('chunk'));
    expect(text(parts)).toBe('[Chunking] splits documents into [chunks]; a chunkier unchunked text.');
  });

  test('starts near the first match, at a word boundary, with ellipses where text was cut', () => {
    const long = `${'filler words here '.repeat(20)}the KV cache grows with context ${'and more text '.repeat(30)}`;
    const result = text(snippetParts(long, queryTerms('KV cache'), 120));
    expect(result.startsWith('… ')).toBe(true);
    expect(result.endsWith(' …')).toBe(true);
    expect(result).toContain('the [KV] [cache] grows');
    expect(result.length).toBeLessThan(140);
  });

  test('text with no match is quoted from its start', () => {
    expect(text(snippetParts('Nothing to see.', queryTerms('drift')))).toBe('Nothing to see.');
  });
});

test('bestSection picks the section matching the most distinct terms, its heading breaking a tie', () => {
  const sections = [
    {heading: 'Intro', text: 'cache cache cache'},
    {heading: 'Why', text: 'the KV cache'},
    {heading: 'The KV cache', text: 'why the cache caps concurrency'},
  ];
  expect(bestSection(sections, queryTerms('KV cache'))?.heading).toBe('The KV cache');
  expect(bestSection(sections, queryTerms('drift'))).toBeUndefined();
});
