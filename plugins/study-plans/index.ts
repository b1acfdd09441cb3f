import type {LoadContext, Plugin} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';
import {lessonCatalogOf, lessonsContentOf} from '../lesson-catalog';
import {buildStudyPlansData, type GroupBoardData} from './studyPlansData';

/**
 * Adds /practice/study-plans (ready plans and the plan builder, built from the lesson model) and
 * /practice/group, the study-group board: a plan against each member's progress, all read from the
 * link. One plugin for both keeps the every-page route registry one plugin entry smaller.
 */
export default function studyPlansPlugin(context: LoadContext): Plugin {
  return {
    name: 'study-plans',
    async allContentLoaded({allContent, actions}) {
      const content = lessonsContentOf(allContent);
      const catalog = lessonCatalogOf(content);
      const data = buildStudyPlansData(catalog);
      actions.addRoute({
        path: normalizeUrl([context.baseUrl, 'practice/study-plans']),
        component: '@site/src/components/practice/StudyPlans/StudyPlansPage.tsx',
        exact: true,
        props: {data},
      });
      actions.addRoute({
        path: normalizeUrl([context.baseUrl, 'practice/group']),
        component: '@site/src/components/practice/GroupBoard/GroupBoardPage.tsx',
        exact: true,
        props: {data: {lessons: data.lessons} satisfies GroupBoardData},
      });
    },
  };
}
