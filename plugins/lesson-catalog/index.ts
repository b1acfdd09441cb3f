import type {LoadContext, Plugin} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';
import type {LessonsContent} from '../lessons';
import {buildCatalog, sectionsFromSidebars, type CatalogSection, type SidebarItem} from './catalog';
import {buildLearningPath, subgroupsFromSidebars} from './learningPath';

/** The validated lessons that the lessons plugin (the wrapped docs plugin) loaded, with their routes. */
export function lessonsContentOf(allContent: Record<string, Record<string, unknown>>): LessonsContent {
  const content = allContent['docusaurus-plugin-content-docs']?.default as LessonsContent | undefined;
  if (!content?.lessons) {
    throw new Error('lesson-catalog: the lessons plugin (docs plugin id "default") has not loaded any lessons');
  }
  return content;
}

function sidebarsOf(content: LessonsContent): SidebarItem[][] {
  return content.loadedVersions.flatMap((version) => Object.values(version.sidebars as Record<string, SidebarItem[]>));
}

/** The curriculum sections, in sidebar order, as the docs plugin's sidebars define them. */
export function lessonSectionsOf(content: LessonsContent): CatalogSection[] {
  return sectionsFromSidebars(content.lessons, sidebarsOf(content));
}

/** Each routed lesson's permalink, by lesson id. */
export function lessonPermalinksOf(content: LessonsContent): Map<string, string> {
  return new Map(content.loadedVersions.flatMap((version) => version.docs.map((doc) => [doc.id, doc.permalink] as const)));
}

/** The catalog (every lesson with its section, link and front matter), as every practice page uses it. */
export function lessonCatalogOf(content: LessonsContent): ReturnType<typeof buildCatalog> {
  return buildCatalog(content.lessons, lessonPermalinksOf(content), lessonSectionsOf(content));
}

/**
 * Adds the lesson catalog (/lessons) and the learning path (/learning-path). Both are built from the
 * lesson model once every plugin has loaded, and reach their pages as route props.
 */
export default function lessonCatalogPlugin(context: LoadContext): Plugin {
  return {
    name: 'lesson-catalog',
    async allContentLoaded({allContent, actions}) {
      const content = lessonsContentOf(allContent);
      const catalog = lessonCatalogOf(content);
      actions.addRoute({
        path: normalizeUrl([context.baseUrl, 'lessons']),
        component: '@site/src/components/practice/LessonCatalog/CatalogPage.tsx',
        exact: true,
        props: {catalog},
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
