import fs from 'fs';
import path from 'path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';
import {lessonPermalinksOf, lessonsContentOf} from '../lesson-catalog';
import {buildMockCases} from './cases';

/**
 * Adds /practice/mock-interview. Its cases are the case-study lessons, each with the phases of its
 * own FrameworkTimeline read from the lesson's source, so the timer walks through the very plan the
 * lesson shows. A case study without exactly one 45-minute timeline fails the build, naming the file.
 */
export default function mockInterviewPlugin(context: LoadContext): Plugin {
  return {
    name: 'mock-interview',
    async allContentLoaded({allContent, actions}) {
      const content = lessonsContentOf(allContent);
      const permalinkOf = lessonPermalinksOf(content);
      const lessons = [...content.lessons].sort(
        (a, b) => a.sidebarPosition - b.sidebarPosition || a.title.localeCompare(b.title),
      );
      const cases = buildMockCases(
        lessons,
        (lesson) => fs.readFileSync(path.resolve(context.siteDir, lesson.file), 'utf8'),
        permalinkOf,
      );
      actions.addRoute({
        path: normalizeUrl([context.baseUrl, 'practice/mock-interview']),
        component: '@site/src/components/practice/MockInterview/MockInterviewPage.tsx',
        exact: true,
        props: {cases},
      });
    },
  };
}
