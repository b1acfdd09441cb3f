import {readFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';
import {lessonsContentOf} from '../lesson-catalog';
import {buildCheatSheet, type SourceLesson} from './cheatSheet';

/** Adds /practice/cheat-sheet, built from the lessons' own component props and tables. */
export default function cheatSheetPlugin(context: LoadContext): Plugin {
  return {
    name: 'cheat-sheet',
    async allContentLoaded({allContent, actions}) {
      const content = lessonsContentOf(allContent);
      const permalinkOf = new Map(
        content.loadedVersions.flatMap((version) => version.docs.map((doc) => [doc.id, doc.permalink] as const)),
      );
      const lessons = new Map<string, SourceLesson>();
      for (const lesson of content.lessons) {
        const permalink = permalinkOf.get(lesson.id);
        if (permalink !== undefined) {
          const source = await readFile(path.join(context.siteDir, lesson.file), 'utf8');
          lessons.set(lesson.id, {id: lesson.id, title: lesson.title, permalink, source});
        }
      }
      actions.addRoute({
        path: normalizeUrl([context.baseUrl, 'practice/cheat-sheet']),
        component: '@site/src/components/CheatSheet/CheatSheetPage.tsx',
        exact: true,
        props: {sheet: buildCheatSheet(lessons)},
      });
    },
  };
}
