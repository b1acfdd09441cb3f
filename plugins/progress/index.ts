import fs from 'fs/promises';
import path from 'path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';
import {lessonCatalogOf, lessonsContentOf} from '../lesson-catalog';
import {buildProgressPageData, buildReviewPageData} from './practiceData';

/**
 * Adds the reader's progress page (/practice/progress) and the self-check review page
 * (/practice/review). Both are built from the lesson model; the review page's questions are read
 * from the lessons' own <SelfCheck> tags. The reader's state (progress, marks) lives in the browser.
 */
export default function progressPlugin(context: LoadContext): Plugin {
  return {
    name: 'progress',
    async allContentLoaded({allContent, actions}) {
      const content = lessonsContentOf(allContent);
      const catalog = lessonCatalogOf(content);
      const fileOf = new Map(content.lessons.map((lesson) => [lesson.id, lesson.file]));
      const texts = new Map(
        await Promise.all(
          catalog.lessons.map(async (lesson) => {
            const file = fileOf.get(lesson.id)!;
            return [lesson.id, {file, text: await fs.readFile(path.resolve(context.siteDir, file), 'utf8')}] as const;
          }),
        ),
      );
      const review = buildReviewPageData(catalog, (id) => texts.get(id)!);
      actions.addRoute({
        path: normalizeUrl([context.baseUrl, 'practice/progress']),
        component: '@site/src/components/practice/ProgressTracker/ProgressPage.tsx',
        exact: true,
        props: {data: buildProgressPageData(catalog, review)},
      });
      actions.addRoute({
        path: normalizeUrl([context.baseUrl, 'practice/review']),
        component: '@site/src/components/practice/SelfCheckReview/ReviewPage.tsx',
        exact: true,
        props: {data: review},
      });
    },
  };
}
