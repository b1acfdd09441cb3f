import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';
import {lessonCatalogOf, lessonsContentOf} from '../lesson-catalog';
import type {CatalogData} from '../lesson-catalog/catalog';
import {buildSearchFiles} from './searchFiles';

/** The search index (first search) and the section texts (snippets on the results page). */
export const SEARCH_INDEX_FILE = 'search-index.json';
export const SEARCH_TEXT_FILE = 'search-text.json';

/**
 * Offline search over the lessons: after the build, reads each lesson's built page and writes a
 * MiniSearch index of the lessons (title, keywords, headings, description, then body words) and the
 * text of their sections; adds the results page, /search.
 */
export default function searchPlugin(context: LoadContext): Plugin {
  let catalog: CatalogData | undefined;
  return {
    name: 'lesson-search',
    async allContentLoaded({allContent, actions}) {
      catalog = lessonCatalogOf(lessonsContentOf(allContent));
      actions.addRoute({
        path: normalizeUrl([context.baseUrl, 'search']),
        component: '@site/src/components/site/Search/SearchResultsPage.tsx',
        exact: true,
        props: {sections: catalog.sections},
      });
    },
    async postBuild({outDir}) {
      if (!catalog) throw new Error('lesson-search: no lessons were loaded');
      const pages = await Promise.all(
        catalog.lessons.map(async (lesson) => {
          const file = path.join(outDir, `${lesson.permalink.slice(context.baseUrl.length).replace(/\/$/, '') || 'index'}.html`);
          return {lesson, html: await readFile(file, 'utf8')};
        }),
      );
      const {index, text} = buildSearchFiles(pages, catalog.sections);
      await writeFile(path.join(outDir, SEARCH_INDEX_FILE), JSON.stringify(index));
      await writeFile(path.join(outDir, SEARCH_TEXT_FILE), JSON.stringify(text));
    },
  };
}
