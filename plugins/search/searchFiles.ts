import type {CatalogLesson, CatalogSection} from '../lesson-catalog/catalog';
import {bodyTerms, buildIndex, type SearchIndexFile} from '../../src/lib/search/engine';
import {extractSections, type PageSection} from './extract';

/** The section texts the results page quotes snippets from, in the index's lesson order. */
export type SearchTextFile = {version: 1; lessons: {url: string; sections: PageSection[]}[]};

/** Builds both search files from the lessons' front matter and their built pages. */
export function buildSearchFiles(
  pages: readonly {lesson: CatalogLesson; html: string}[],
  sections: readonly CatalogSection[],
): {index: SearchIndexFile; text: SearchTextFile} {
  const labelOf = new Map(sections.map((section) => [section.id, section.label]));
  const read = pages.map(({lesson, html}) => ({lesson, sections: extractSections(html)}));
  for (const {lesson, sections: found} of read) {
    if (found.length === 0) throw new Error(`lesson-search: no text found in the built page of ${lesson.permalink}`);
  }
  const index = buildIndex(
    read.map(({lesson, sections: parts}) => ({
      title: lesson.title,
      keywords: lesson.keywords.join(' · '),
      headings: parts.map((part) => part.heading).join(' · '),
      description: lesson.description,
      body: bodyTerms(parts.map((part) => part.text).join(' ')),
    })),
  );
  return {
    index: {
      version: 1,
      lessons: read.map(({lesson, sections: parts}) => ({
        url: lesson.permalink,
        title: lesson.title,
        section: lesson.section,
        sectionLabel: labelOf.get(lesson.section) ?? lesson.section,
        difficulty: lesson.difficulty,
        headings: parts.filter((part) => part.anchor).map((part) => ({text: part.heading, anchor: part.anchor})),
      })),
      index: index.toJSON(),
    },
    text: {version: 1, lessons: read.map(({lesson, sections: parts}) => ({url: lesson.permalink, sections: parts}))},
  };
}
