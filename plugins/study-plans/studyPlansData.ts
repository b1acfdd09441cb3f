import type {CatalogData} from '../lesson-catalog/catalog';
import {codeCollisions} from '../../src/lib/planCode';
import type {PlanLesson, PlanSection} from '../../src/lib/studyPlan';

/** A ready-made plan over the whole curriculum. */
export type ReadyPlan = {id: string; name: string; days: number};

/** Everything /practice/study-plans needs, passed to it as route props. */
export type StudyPlansData = {
  /** Every lesson with a page, in the catalog's reading order. */
  lessons: PlanLesson[];
  sections: PlanSection[];
  readyPlans: ReadyPlan[];
};

export const READY_PLANS: ReadyPlan[] = [
  {id: 'one-week', name: '1-week plan', days: 7},
  {id: 'two-week', name: '2-week plan', days: 14},
  {id: 'four-week', name: '4-week plan', days: 28},
];

/**
 * The page data from the catalog. Fails when two lesson ids share a plan code: plan links would
 * then name the wrong lesson, and a code can never change once links are out.
 */
export function buildStudyPlansData(catalog: CatalogData): StudyPlansData {
  const collisions = codeCollisions(catalog.lessons.map((lesson) => lesson.id));
  if (collisions.length > 0) {
    throw new Error(
      `study-plans: these lesson ids share a plan-link code; rename one lesson of each pair: ${collisions
        .map(([a, b]) => `${a} and ${b}`)
        .join('; ')}`,
    );
  }
  return {
    lessons: catalog.lessons.map((lesson) => ({
      id: lesson.id,
      title: lesson.title,
      permalink: lesson.permalink,
      section: lesson.section,
      minutes: lesson.minutes,
      prerequisiteIds: lesson.prerequisiteIds,
    })),
    sections: catalog.sections,
    readyPlans: READY_PLANS,
  };
}
