import {readFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import logger from '@docusaurus/logger';
import {normalizeUrl} from '@docusaurus/utils';
import {lessonPermalinksOf, lessonsContentOf} from '../lesson-catalog';
import {buildCheatSheet, CHEAT_SHEET_SOURCES, type SourceLesson} from './cheatSheet';

export type CheatSheetOptions = {
  /**
   * True (the default): a missing source lesson or block fails the build. The builds of fixture
   * lessons (LESSONS_PATH, in npm test) have none of the curriculum, so they pass false and get a
   * page that says so (the navbar links to it, so it must exist).
   */
  requireSources?: boolean;
};

/** Adds /practice/cheat-sheet, built from the lessons' own component props and tables. */
export default function cheatSheetPlugin(context: LoadContext, {requireSources = true}: CheatSheetOptions = {}): Plugin {
  return {
    name: 'cheat-sheet',
    async allContentLoaded({allContent, actions}) {
      const content = lessonsContentOf(allContent);
      const complete = Object.values(CHEAT_SHEET_SOURCES).every((id) => content.lessons.some((lesson) => lesson.id === id));
      if (!requireSources && !complete) {
        logger.warn('cheat-sheet: the lessons it is built from are not in this build; /practice/cheat-sheet says so.');
      }
      const permalinkOf = lessonPermalinksOf(content);
      const lessons = new Map<string, SourceLesson>();
      for (const lesson of content.lessons) {
        const permalink = permalinkOf.get(lesson.id);
        if (permalink !== undefined) {
          const source = await readFile(path.join(context.siteDir, lesson.file), 'utf8');
          lessons.set(lesson.id, {id: lesson.id, title: lesson.title, permalink, file: lesson.file, source});
        }
      }
      actions.addRoute({
        path: normalizeUrl([context.baseUrl, 'practice/cheat-sheet']),
        component: '@site/src/components/practice/CheatSheet/CheatSheetPage.tsx',
        exact: true,
        props: {sheet: requireSources || complete ? buildCheatSheet(lessons) : null},
      });
    },
  };
}
