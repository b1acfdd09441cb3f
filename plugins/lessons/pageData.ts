import type {Difficulty} from './difficulty';
import type {Lesson} from './model';

/** A link to a lesson, with what a reader needs to decide whether to follow it. */
export type LessonRef = {
  id: string;
  title: string;
  permalink: string;
  difficulty: Difficulty;
  minutes: number;
};

/**
 * What a lesson page shows around its content and tells link previews and search engines about;
 * passed to the page as a route prop.
 */
export type LessonPageData = {
  id: string;
  title: string;
  description: string;
  keywords: string[];
  difficulty: Difficulty;
  estimatedTime: string;
  minutes: number;
  companies: string[];
  prerequisites: LessonRef[];
  /** Lessons that list this one as a prerequisite. */
  dependents: LessonRef[];
  /** The ids of the lesson's self-check questions (questionId), for "answered N of M". */
  selfCheckIds: string[];
};

/**
 * Builds each lesson's page data, keyed by lesson id. Lessons without a permalink (not routed
 * by Docusaurus, e.g. drafts) are left out of every list rather than linked to a missing page.
 */
export function buildLessonPages(
  lessons: readonly Lesson[],
  permalinkOf: ReadonlyMap<string, string>,
  selfCheckIdsOf: ReadonlyMap<string, readonly string[]> = new Map(),
): Map<string, LessonPageData> {
  const refs = new Map<string, LessonRef>();
  for (const lesson of lessons) {
    const permalink = permalinkOf.get(lesson.id);
    if (permalink !== undefined) {
      refs.set(lesson.id, {
        id: lesson.id,
        title: lesson.title,
        permalink,
        difficulty: lesson.difficulty,
        minutes: lesson.minutes,
      });
    }
  }
  const refsOf = (ids: readonly string[]): LessonRef[] =>
    ids.flatMap((id) => {
      const ref = refs.get(id);
      return ref ? [ref] : [];
    });
  const pages = new Map<string, LessonPageData>();
  for (const lesson of lessons) {
    pages.set(lesson.id, {
      id: lesson.id,
      title: lesson.title,
      description: lesson.description,
      keywords: lesson.keywords,
      difficulty: lesson.difficulty,
      estimatedTime: lesson.estimatedTime,
      minutes: lesson.minutes,
      companies: lesson.companies,
      prerequisites: refsOf(lesson.prerequisiteIds),
      dependents: refsOf(
        lessons.filter((other) => other.prerequisiteIds.includes(lesson.id)).map((other) => other.id),
      ),
      selfCheckIds: [...(selfCheckIdsOf.get(lesson.id) ?? [])],
    });
  }
  return pages;
}
