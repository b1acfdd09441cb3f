import {decodePlan, type PlanSpec} from '@site/src/lib/planCode';
import {schedulePlan, type PlanLesson, type Schedule} from '@site/src/lib/studyPlan';

export type SharedPlan =
  | {status: 'none'}
  | {status: 'error'; error: string}
  | {status: 'ok'; plan: PlanSpec; schedule: Schedule; warnings: string[]};

/** The plan named by the page's query string (`?plan=<code>`), read against the site's lessons. */
export function readSharedPlan(search: string, lessons: readonly PlanLesson[]): SharedPlan {
  const code = new URLSearchParams(search).get('plan');
  if (code === null) {
    return {status: 'none'};
  }
  const decoded = decodePlan(code, lessons.map((lesson) => lesson.id));
  if (!decoded.ok) {
    return {status: 'error', error: decoded.error};
  }
  try {
    const schedule = schedulePlan(lessons, decoded.plan.lessonIds, decoded.plan.start, decoded.plan.pace);
    return {status: 'ok', plan: decoded.plan, schedule, warnings: decoded.warnings};
  } catch {
    return {status: 'error', error: 'This plan link could not be turned into a schedule.'};
  }
}
