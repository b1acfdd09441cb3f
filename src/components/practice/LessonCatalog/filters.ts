import {DIFFICULTIES, type Difficulty} from '../../../../plugins/lessons/difficulty';
import type {CatalogLesson, CatalogSection} from '../../../../plugins/lesson-catalog/catalog';

/**
 * The catalog's filters, kept in the URL so a filtered view can be shared:
 * `/lessons?difficulty=advanced,intermediate&company=google&section=ml-system-design&q=ranking`.
 * Within one filter any chosen value matches; different filters must all match.
 */
export type CatalogFilters = {
  difficulties: Difficulty[];
  companies: string[];
  /** Section ids. */
  sections: string[];
  /** Free text, as typed; every word must appear in the lesson's title, description, keywords or companies. */
  text: string;
};

/** The values a filter can take; anything else in a URL is ignored. */
export type FilterOptions = {companies: readonly string[]; sections: readonly CatalogSection[]};

export const NO_FILTERS: CatalogFilters = {difficulties: [], companies: [], sections: [], text: ''};

export const PARAM = {difficulty: 'difficulty', company: 'company', section: 'section', text: 'q'} as const;

/** Longest text filter kept from a URL. */
export const MAX_TEXT_LENGTH = 200;

function requestedValues(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim().toLowerCase())
    .filter(Boolean);
}

/** Known values named in the URL, spelled canonically, without duplicates, in the options' order. */
function pick<T extends string>(requested: readonly string[], options: readonly {value: T; names: string[]}[]): T[] {
  return options
    .filter((option) => option.names.some((name) => requested.includes(name.toLowerCase())))
    .map((option) => option.value);
}

/** Reads the filters from a query string (with or without "?"); unknown values and keys are ignored. */
export function parseCatalogQuery(search: string, options: FilterOptions): CatalogFilters {
  const params = new URLSearchParams(search);
  return {
    difficulties: pick(
      requestedValues(params, PARAM.difficulty),
      DIFFICULTIES.map((difficulty) => ({value: difficulty, names: [difficulty]})),
    ),
    companies: pick(
      requestedValues(params, PARAM.company),
      options.companies.map((company) => ({value: company, names: [company]})),
    ),
    sections: pick(
      requestedValues(params, PARAM.section),
      options.sections.map((section) => ({value: section.id, names: [section.id, section.label]})),
    ),
    text: (params.get(PARAM.text) ?? '').slice(0, MAX_TEXT_LENGTH),
  };
}

/** The query string for some filters: "" for none, else "?name=value,value&..." with lower-case values. */
export function catalogQueryString(filters: CatalogFilters): string {
  const parts: string[] = [];
  const add = (name: string, values: readonly string[]): void => {
    if (values.length > 0) {
      parts.push(`${name}=${values.map((value) => encodeURIComponent(value.toLowerCase())).join(',')}`);
    }
  };
  add(PARAM.difficulty, filters.difficulties);
  add(PARAM.company, filters.companies);
  add(PARAM.section, filters.sections);
  if (filters.text !== '') {
    parts.push(`${PARAM.text}=${encodeURIComponent(filters.text)}`);
  }
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

export function hasFilters(filters: CatalogFilters): boolean {
  return (
    filters.difficulties.length + filters.companies.length + filters.sections.length > 0 || filters.text.trim() !== ''
  );
}

/** Adds the value if absent, removes it if present; keeps the order of `allValues`. */
export function toggle<T extends string>(selected: readonly T[], value: T, allValues: readonly T[]): T[] {
  const next = selected.includes(value) ? selected.filter((item) => item !== value) : [...selected, value];
  return allValues.filter((item) => next.includes(item));
}

function searchableText(lesson: CatalogLesson): string {
  return [lesson.title, lesson.description, ...lesson.keywords, ...lesson.companies].join('\n').toLowerCase();
}

export function matchesFilters(lesson: CatalogLesson, filters: CatalogFilters): boolean {
  const companies = new Set(filters.companies.map((company) => company.toLowerCase()));
  const words = filters.text.toLowerCase().split(/\s+/).filter(Boolean);
  const text = words.length > 0 ? searchableText(lesson) : '';
  return (
    (filters.difficulties.length === 0 || filters.difficulties.includes(lesson.difficulty)) &&
    (companies.size === 0 || lesson.companies.some((company) => companies.has(company.toLowerCase()))) &&
    (filters.sections.length === 0 || filters.sections.includes(lesson.section)) &&
    words.every((word) => text.includes(word))
  );
}

export function filterLessons(lessons: readonly CatalogLesson[], filters: CatalogFilters): CatalogLesson[] {
  return lessons.filter((lesson) => matchesFilters(lesson, filters));
}

/** "45 minutes", "1 hour", "3 hours 5 minutes". */
export function formatDuration(totalMinutes: number): string {
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  const parts = [
    ...(hours > 0 ? [`${hours} ${hours === 1 ? 'hour' : 'hours'}`] : []),
    ...(minutes > 0 || hours === 0 ? [`${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`] : []),
  ];
  return parts.join(' ');
}

/** The sentence that announces what the filters left: "Showing 3 of 19 lessons, 1 hour 40 minutes in all." */
export function resultSummary(shown: readonly CatalogLesson[], total: number): string {
  const minutes = formatDuration(shown.reduce((sum, lesson) => sum + lesson.minutes, 0));
  if (shown.length === total) {
    return `Showing all ${total} ${total === 1 ? 'lesson' : 'lessons'}, ${minutes} in all.`;
  }
  if (shown.length === 0) {
    return `No lesson matches these filters (of ${total}).`;
  }
  return `Showing ${shown.length} of ${total} ${total === 1 ? 'lesson' : 'lessons'}, ${minutes} in all.`;
}

/** One active filter value, as a removable chip names it. */
export type ActiveFilter = {kind: 'difficulty' | 'company' | 'section' | 'text'; value: string; label: string};

/** Every active filter value, in the order the filters are laid out; `sectionLabels` names section ids. */
export function activeFilters(filters: CatalogFilters, sectionLabels: ReadonlyMap<string, string>): ActiveFilter[] {
  const text = filters.text.trim();
  return [
    ...(text !== '' ? [{kind: 'text' as const, value: filters.text, label: `Text: “${text}”`}] : []),
    ...filters.difficulties.map((value) => ({kind: 'difficulty' as const, value, label: `Difficulty: ${value}`})),
    ...filters.sections.map((value) => ({kind: 'section' as const, value, label: `Section: ${sectionLabels.get(value) ?? value}`})),
    ...filters.companies.map((value) => ({kind: 'company' as const, value, label: `Company: ${value}`})),
  ];
}

/** The filters without one value (a chip's). */
export function withoutFilter(filters: CatalogFilters, chip: ActiveFilter): CatalogFilters {
  switch (chip.kind) {
    case 'text':
      return {...filters, text: ''};
    case 'difficulty':
      return {...filters, difficulties: filters.difficulties.filter((value) => value !== chip.value)};
    case 'section':
      return {...filters, sections: filters.sections.filter((value) => value !== chip.value)};
    case 'company':
      return {...filters, companies: filters.companies.filter((value) => value !== chip.value)};
  }
}
