import type {LoadContext, Plugin} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';
import type {LessonsContent} from '../lessons';
import {buildCatalog, sectionsFromSidebars, type CatalogSection, type SidebarItem} from './catalog';
import {buildHomeData} from './home';
import {buildLearningPath, subgroupsFromSidebars} from './learningPath';

/** The validated lessons that the lessons plugin (the wrapped docs plugin) loaded, with their routes. */
export function lessonsContentOf(allContent: Record<string, Record<string, unknown>>): LessonsContent {
  const content = allContent['docusaurus-plugin-content-docs']?.default as LessonsContent | undefined;
  if (!content?.lessons) {
    throw new Error('lesson-catalog: the lessons plugin (docs plugin id "default") has not loaded any lessons');
  }
  return content;
}

/** The curriculum sections, in sidebar order, as the docs plugin's sidebars define them. */
export function lessonSectionsOf(content: LessonsContent): CatalogSection[] {
  return sectionsFromSidebars(content.lessons, sidebarsOf(content));
}

/** Every sidebar the docs plugin loaded. */
function sidebarsOf(content: LessonsContent): SidebarItem[][] {
  return content.loadedVersions.flatMap((version) => Object.values(version.sidebars as Record<string, SidebarItem[]>));
}

/**
 * Where the 404 page's lesson list is written (under the generated files, so the page imports it as
 * `@generated/lesson-catalog/default/lessonLinks.json`): the catch-all route that renders 404.html
 * takes no route props, and global data would put the list on every page.
 */
export const LESSON_LINKS_FILE = 'lessonLinks.json';

/** Each routed lesson's permalink, by lesson id. */
export function lessonPermalinksOf(content: LessonsContent): Map<string, string> {
  return new Map(content.loadedVersions.flatMap((version) => version.docs.map((doc) => [doc.id, doc.permalink] as const)));
}

/** The catalog (every lesson with its section, link and front matter), as every practice page uses it. */
export function lessonCatalogOf(content: LessonsContent): ReturnType<typeof buildCatalog> {
  return buildCatalog(content.lessons, lessonPermalinksOf(content), lessonSectionsOf(content));
}

/**
 * Adds the home page (/), the lesson catalog (/lessons) and the learning path (/learning-path). All
 * are built from the lesson model once every plugin has loaded, and reach their pages as route props.
 * It also writes the lesson list the 404 page suggests from.
 */
export default function lessonCatalogPlugin(context: LoadContext): Plugin {
  return {
    name: 'lesson-catalog',
    async allContentLoaded({allContent, actions}) {
      const content = lessonsContentOf(allContent);
      const catalog = lessonCatalogOf(content);
      const home = buildHomeData(catalog, sidebarsOf(content));
      actions.addRoute({
        path: normalizeUrl([context.baseUrl, '/']),
        component: '@site/src/components/site/HomePage/HomeRoute.tsx',
        exact: true,
        props: {home},
      });
      await actions.createData(
        LESSON_LINKS_FILE,
        JSON.stringify({sections: home.sections, lessons: home.readingOrder}),
      );
      // Each lesson's self-check question ids, so the catalog can say "answered N of M" from the
      // reader's saved marks; lessons without questions are left out.
      const selfCheckIds = Object.fromEntries(Object.entries(content.selfCheckIds).filter(([, ids]) => ids.length > 0));
      actions.addRoute({
        path: normalizeUrl([context.baseUrl, 'lessons']),
        component: '@site/src/components/practice/LessonCatalog/CatalogPage.tsx',
        exact: true,
        props: {catalog, selfCheckIds},
      });
      actions.addRoute({
        path: normalizeUrl([context.baseUrl, 'learning-path']),
        component: '@site/src/components/practice/LearningPath/LearningPathPage.tsx',
        exact: true,
        props: {path: buildLearningPath(catalog, subgroupsFromSidebars(sidebarsOf(content)))},
      });
    },
  };
}
