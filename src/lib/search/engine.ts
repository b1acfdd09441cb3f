import MiniSearch, {type Options, type SearchOptions} from 'minisearch';
import {expandSynonyms, normalizeTerm, tokenize} from './text';

/** A lesson as search results show it; the index stores these beside MiniSearch's own data. */
export type SearchLesson = {
  url: string;
  title: string;
  section: string;
  sectionLabel: string;
  difficulty: string;
  headings: {text: string; anchor: string}[];
};

/** What the build writes to search-index.json: the lessons and a serialised MiniSearch index of them. */
export type SearchIndexFile = {version: 1; lessons: SearchLesson[]; index: unknown};

/** The fields of one indexed lesson (its id is its position in SearchIndexFile.lessons). */
export type IndexedFields = {title: string; keywords: string; headings: string; description: string; body: string};

const FIELDS: (keyof IndexedFields)[] = ['title', 'keywords', 'headings', 'description', 'body'];

/** What the lesson says it teaches outweighs what its text mentions in passing. */
export const FIELD_BOOSTS: Record<keyof IndexedFields, number> = {title: 6, keywords: 4, headings: 2, description: 1.5, body: 1};

/**
 * A weight per part of the guide (1 when absent). Case studies use every concept in passing, so a
 * concept lesson that names a term wins a near tie with a case study that names it too; a case
 * study's own prompt ("design ad click prediction") still wins on its title. Chosen on the tuning
 * queries (MRR 0.963 at 1, 0.972 at 0.9, recall@3 unchanged).
 */
export const SECTION_PRIOR: Record<string, number> = {'case-studies': 0.9};

export const MINISEARCH_OPTIONS: Options<IndexedFields & {id: number}> = {
  fields: FIELDS,
  tokenize,
  processTerm: normalizeTerm,
};

const SEARCH_OPTIONS: SearchOptions = {
  boost: FIELD_BOOSTS,
  combineWith: 'OR',
  // The last word may be half typed; long words forgive one typo.
  prefix: (term, index, terms) => index === terms.length - 1 && term.length >= 3,
  fuzzy: (term) => (term.length >= 6 ? 1 : 0),
};

/** Body words a lesson uses at least this often are indexed; rarer ones are passing mentions. */
export const BODY_MIN_COUNT = 3;

/** The lesson's body reduced to the words it uses at least BODY_MIN_COUNT times (numbers dropped). */
export function bodyTerms(text: string): string {
  const words = tokenize(text);
  const counts = new Map<string, number>();
  const normal = words.map((word) => normalizeTerm(word));
  for (const term of normal) if (term) counts.set(term, (counts.get(term) ?? 0) + 1);
  return words.filter((word, index) => {
    const term = normal[index];
    return term !== null && !/^\d+$/.test(term) && (counts.get(term) ?? 0) >= BODY_MIN_COUNT;
  }).join(' ');
}

export function buildIndex(documents: readonly IndexedFields[]): MiniSearch<IndexedFields & {id: number}> {
  const index = new MiniSearch<IndexedFields & {id: number}>(MINISEARCH_OPTIONS);
  index.addAll(documents.map((document, id) => ({...document, id})));
  return index;
}

export type LessonSearch = {lessons: SearchLesson[]; index: MiniSearch};

export function loadIndex(file: SearchIndexFile): LessonSearch {
  if (file?.version !== 1 || !Array.isArray(file.lessons)) throw new Error('search-index.json is not a version 1 search index');
  return {lessons: file.lessons, index: MiniSearch.loadJS(file.index as never, MINISEARCH_OPTIONS)};
}

export type SearchFilters = {sections?: readonly string[]; difficulties?: readonly string[]};

export type SearchHit = {lesson: SearchLesson; score: number; terms: string[]; headings: SearchLesson['headings']};

/** The normalised words of a query, synonyms included: what a heading or snippet is matched against. */
export function queryTerms(query: string): string[] {
  return [...new Set(tokenize(expandSynonyms(query)).map(normalizeTerm).filter((term): term is string => term !== null))];
}

/** Headings of a lesson that contain a query word, best first (most words matched). */
export function matchingHeadings(lesson: SearchLesson, terms: readonly string[]): SearchLesson['headings'] {
  const scored = lesson.headings.map((heading) => {
    const words = new Set(tokenize(heading.text).map(normalizeTerm));
    return {heading, matched: terms.filter((term) => words.has(term)).length};
  });
  return scored.filter(({matched}) => matched > 0).sort((a, b) => b.matched - a.matched).map(({heading}) => heading);
}

/**
 * How much more a lesson scores when one of its title, keywords or headings holds every word of the
 * query: "continuous batching" named together beats "continual" in one title and "batch" elsewhere.
 */
export const TOGETHER_BONUS = 1.5;
const NAMING_FIELDS = ['title', 'keywords', 'headings'];

function namesAllTerms(match: Record<string, string[]>): boolean {
  const fieldLists = Object.values(match);
  return fieldLists.length > 1 && NAMING_FIELDS.some((field) => fieldLists.every((fields) => fields.includes(field)));
}

/** Every lesson that matches the query, best first, with the headings that match it. */
export function searchLessons({lessons, index}: LessonSearch, query: string, filters: SearchFilters = {}): SearchHit[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const allowed = (lesson: SearchLesson) =>
    (!filters.sections?.length || filters.sections.includes(lesson.section)) &&
    (!filters.difficulties?.length || filters.difficulties.includes(lesson.difficulty));
  return index
    .search(expandSynonyms(query), {
      ...SEARCH_OPTIONS,
      filter: (result) => allowed(lessons[result.id]),
      boostDocument: (id) => SECTION_PRIOR[lessons[id as number].section] ?? 1,
    })
    .map((result) => {
      const lesson = lessons[result.id];
      const score = result.score * (namesAllTerms(result.match) ? TOGETHER_BONUS : 1);
      return {lesson, score, terms: result.terms, headings: matchingHeadings(lesson, terms)};
    })
    .sort((a, b) => b.score - a.score);
}
