import type {LoadContext, Plugin} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';
import {lessonCatalogOf, lessonsContentOf} from '../lesson-catalog';
import {buildStudyPlansData} from '../study-plans/studyPlansData';

/** The group board's route props: every lesson, as plans schedule them, in reading order. */
export type GroupBoardData = {lessons: ReturnType<typeof buildStudyPlansData>['lessons']};

/**
 * Adds /practice/group: a study group's plan against each member's progress, all read from the
 * link (no server). The page's HTML explains how to make a group link; the board needs the link.
 */
export default function groupBoardPlugin(context: LoadContext): Plugin {
  return {
    name: 'group-board',
    async allContentLoaded({allContent, actions}) {
      const catalog = lessonCatalogOf(lessonsContentOf(allContent));
      const data: GroupBoardData = {lessons: buildStudyPlansData(catalog).lessons};
      actions.addRoute({
        path: normalizeUrl([context.baseUrl, 'practice/group']),
        component: '@site/src/components/practice/GroupBoard/GroupBoardPage.tsx',
        exact: true,
        props: {data},
      });
    },
  };
}
