import type {CatalogData, CatalogLesson} from '../lesson-catalog/catalog';
import {codeCollisions} from '../../src/lib/planCode';
import {withPrerequisites, type PlanLesson, type PlanSection} from '../../src/lib/studyPlan';

/** A ready-made plan: the whole curriculum, or a track (one section, what builds on it, and their prerequisites). */
export type ReadyPlan = {id: string; name: string; days: number; summary: string; lessonIds: string[]};

/** Everything /practice/study-plans needs, passed to it as route props. */
export type StudyPlansData = {
  /** Every lesson with a page, in the catalog's reading order. */
  lessons: PlanLesson[];
  sections: PlanSection[];
  readyPlans: ReadyPlan[];
};

/** The group board's route props: every lesson, as plans schedule them, in reading order. */
export type GroupBoardData = {lessons: PlanLesson[]};

type ReadyPlanSpec = {id: string; name: string; days: number; track?: {section: string; summary: string}};

export const READY_PLANS: readonly ReadyPlanSpec[] = [
  {id: 'one-week', name: '1-week plan', days: 7},
  {id: 'two-week', name: '2-week plan', days: 14},
  {id: 'four-week', name: '4-week plan', days: 28},
  {
    id: 'generative-ai-track',
    name: 'Generative AI track',
    days: 14,
    track: {
      section: 'generative-ai',
      summary: 'For an LLM or generative-model design round: the Generative AI lessons, the case studies built on them, and the classic lessons they need first.',
    },
  },
];

/**
 * The lessons of a track: every lesson of the section, every lesson that builds on one of them
 * (directly or through another lesson), and all their prerequisites, in reading order.
 */
export function trackLessonIds(lessons: readonly CatalogLesson[], section: string): string[] {
  const byId = new Map(lessons.map((lesson) => [lesson.id, lesson]));
  // Prerequisites have no cycles (the lesson model refuses them), so the recursion ends.
  const buildsOn = new Map<string, boolean>();
  const inTrack = (id: string): boolean => {
    const known = buildsOn.get(id);
    if (known !== undefined) return known;
    const lesson = byId.get(id);
    const result = lesson !== undefined && (lesson.section === section || lesson.prerequisiteIds.some(inTrack));
    buildsOn.set(id, result);
    return result;
  };
  const picked = lessons.filter((lesson) => inTrack(lesson.id)).map((lesson) => lesson.id);
  return withPrerequisites(lessons.map(planLessonOf), picked).lessons.map((lesson) => lesson.id);
}

function planLessonOf(lesson: CatalogLesson): PlanLesson {
  return {
    id: lesson.id,
    title: lesson.title,
    permalink: lesson.permalink,
    section: lesson.section,
    minutes: lesson.minutes,
    prerequisiteIds: lesson.prerequisiteIds,
  };
}

/**
 * The page data from the catalog. Fails when two lesson ids share a plan code: plan links would
 * then name the wrong lesson, and a code can never change once links are out. A track whose section
 * has no lessons (a fixture build) is left out.
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
  const allIds = catalog.lessons.map((lesson) => lesson.id);
  const readyPlans = READY_PLANS.flatMap((spec): ReadyPlan[] => {
    if (!spec.track) {
      return [{id: spec.id, name: spec.name, days: spec.days, summary: 'Every lesson of the guide.', lessonIds: allIds}];
    }
    const {section, summary} = spec.track;
    if (!catalog.lessons.some((lesson) => lesson.section === section)) return [];
    return [{id: spec.id, name: spec.name, days: spec.days, summary, lessonIds: trackLessonIds(catalog.lessons, section)}];
  });
  return {lessons: catalog.lessons.map(planLessonOf), sections: catalog.sections, readyPlans};
}
