import fs from 'fs/promises';
import path from 'path';
import type {LoadContext, Plugin, RouteConfig} from '@docusaurus/types';
import type {LoadedContent, PluginOptions} from '@docusaurus/plugin-content-docs';
import docsPlugin from '@docusaurus/plugin-content-docs';
import {withLessonMath} from '../math';
import {resolveLessons, type Lesson} from './model';
import {buildLessonPages, type LessonPageData} from './pageData';
import {LessonValidationError} from './problems';
import {readLessonSources} from './sources';
import {selfCheckIdsOf} from './selfChecks';

export {validateOptions} from '@docusaurus/plugin-content-docs';

/**
 * The docs plugin's content, plus the validated lessons and each lesson's self-check question ids
 * (read once from the sources here, for the lesson pages and the catalog alike).
 */
export type LessonsContent = LoadedContent & {lessons: Lesson[]; selfCheckIds: Record<string, string[]>};

function withLessonProps(route: RouteConfig, pages: ReadonlyMap<string, LessonPageData>): RouteConfig {
  const lesson = pages.get(route.path);
  return {
    ...route,
    ...(lesson && {props: {...route.props, lesson}}),
    ...(route.routes && {routes: route.routes.map((child) => withLessonProps(child, pages))}),
  };
}

/**
 * The docs plugin with the lesson model on top: every lesson's front matter is validated before
 * Docusaurus reads the docs (so all problems are reported together, naming file, field, value and
 * what is allowed), and each lesson route gets its resolved prerequisites and dependents as props.
 */
export default async function lessonsPlugin(
  context: LoadContext,
  options: PluginOptions,
): Promise<Plugin<LessonsContent>> {
  // Formulas: `$$ ... $$` TeX, made MathML when the site is built (see plugins/math).
  const docs = await docsPlugin(context, withLessonMath(options));
  return {
    ...(docs as unknown as Plugin<LessonsContent>),
    async loadContent() {
      const sources = await readLessonSources(context.siteDir, options.path);
      const {lessons, problems} = resolveLessons(sources);
      if (problems.length > 0) {
        throw new LessonValidationError(problems);
      }
      const content = await docs.loadContent!();
      const selfCheckIds = Object.fromEntries(
        await Promise.all(
          lessons.map(async (lesson) => {
            const text = await fs.readFile(path.resolve(context.siteDir, lesson.file), 'utf8');
            return [lesson.id, selfCheckIdsOf(lesson.id, text)] as const;
          }),
        ),
      );
      return {...content, lessons, selfCheckIds};
    },
    async contentLoaded(params) {
      const {content, actions} = params;
      const permalinkOf = new Map(
        content.loadedVersions.flatMap((version) => version.docs.map((doc) => [doc.id, doc.permalink])),
      );
      const pagesById = buildLessonPages(content.lessons, permalinkOf, new Map(Object.entries(content.selfCheckIds)));
      const pagesByPath = new Map(
        [...pagesById].flatMap(([id, page]) => {
          const permalink = permalinkOf.get(id);
          return permalink === undefined ? [] : [[permalink, page] as const];
        }),
      );
      await docs.contentLoaded!({
        ...params,
        actions: {...actions, addRoute: (route) => actions.addRoute(withLessonProps(route, pagesByPath))},
      });
    },
  };
}
