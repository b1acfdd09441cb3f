import {DIFFICULTIES} from '../../../../plugins/lessons/difficulty';
import type {CatalogSection} from '../../../../plugins/lesson-catalog/catalog';

/** The results page's address: the query and its two filters ('' for none). */
export type SearchQuery = {q: string; section: string; difficulty: string};

/**
 * Reads ?q=&section=&difficulty= (values in any case). Unknown filter values are dropped and named
 * in `ignored`, so the page can say what it left out.
 */
export function parseSearchQuery(search: string, sections: readonly CatalogSection[]): {query: SearchQuery; ignored: string[]} {
  const params = new URLSearchParams(search);
  const ignored: string[] = [];
  const pick = (name: string, allowed: readonly string[]) => {
    const raw = params.get(name)?.trim() ?? '';
    if (!raw) return '';
    const found = allowed.find((value) => value.toLowerCase() === raw.toLowerCase());
    if (!found) ignored.push(`unknown ${name} “${raw.slice(0, 40)}”`);
    return found ?? '';
  };
  return {
    query: {
      q: (params.get('q') ?? '').slice(0, 200),
      section: pick('section', sections.map((section) => section.id)),
      difficulty: pick('difficulty', DIFFICULTIES),
    },
    ignored,
  };
}

/** The query string for a query, leaving out empty values ("?q=kv+cache&section=generative-ai"). */
export function searchQueryString(query: SearchQuery): string {
  const params = new URLSearchParams();
  for (const key of ['q', 'section', 'difficulty'] as const) if (query[key]) params.set(key, query[key]);
  const text = params.toString();
  return text ? `?${text}` : '';
}
