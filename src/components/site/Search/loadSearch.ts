import {loadIndex, type LessonSearch, type SearchIndexFile} from '@site/src/lib/search/engine';
import type {SearchTextFile} from '../../../../plugins/search/searchFiles';

// One download per page load, shared by the navbar box and the results page.
const indexes = new Map<string, Promise<LessonSearch>>();
const texts = new Map<string, Promise<SearchTextFile>>();

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

/** The lesson index (search-index.json under the site's base URL): what the first search waits for. */
export function loadLessonSearch(baseUrl: string): Promise<LessonSearch> {
  let promise = indexes.get(baseUrl);
  if (!promise) {
    promise = fetchJson<SearchIndexFile>(`${baseUrl}search-index.json`).then(loadIndex);
    promise.catch(() => indexes.delete(baseUrl));
    indexes.set(baseUrl, promise);
  }
  return promise;
}

/** The lessons' section texts, for snippets; fetched only once results are on screen. */
export function loadSearchText(baseUrl: string): Promise<SearchTextFile> {
  let promise = texts.get(baseUrl);
  if (!promise) {
    promise = fetchJson<SearchTextFile>(`${baseUrl}search-text.json`);
    promise.catch(() => texts.delete(baseUrl));
    texts.set(baseUrl, promise);
  }
  return promise;
}
