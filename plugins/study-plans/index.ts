import type {LoadContext, Plugin} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';
import {lessonCatalogOf, lessonsContentOf} from '../lesson-catalog';
import {buildStudyPlansData} from './studyPlansData';

/** Adds /practice/study-plans: ready plans and the plan builder, built from the lesson model. */
export default function studyPlansPlugin(context: LoadContext): Plugin {
  return {
    name: 'study-plans',
    async allContentLoaded({allContent, actions}) {
      const content = lessonsContentOf(allContent);
      const catalog = lessonCatalogOf(content);
      actions.addRoute({
        path: normalizeUrl([context.baseUrl, 'practice/study-plans']),
        component: '@site/src/components/practice/StudyPlans/StudyPlansPage.tsx',
        exact: true,
        props: {data: buildStudyPlansData(catalog)},
      });
    },
  };
}
