import type {LearningPathData, PathLesson} from '../../../../plugins/lesson-catalog/learningPath';

/** Every lesson of the path in the order the page shows them. */
export function lessonsInOrder(path: LearningPathData): PathLesson[] {
  return path.sections.flatMap((section) => section.groups.flatMap((group) => group.steps.flat()));
}

/** Lessons reached from `id` by following `next` (prerequisites or unlocks) again and again, in path order. */
function reachable(lessons: readonly PathLesson[], id: string, next: (lesson: PathLesson) => readonly string[]): string[] {
  const byId = new Map(lessons.map((lesson) => [lesson.id, lesson]));
  const seen = new Set<string>();
  const visit = (current: string): void => {
    for (const other of byId.has(current) ? next(byId.get(current)!) : []) {
      if (!seen.has(other)) {
        seen.add(other);
        visit(other);
      }
    }
  };
  visit(id);
  return lessons.filter((lesson) => seen.has(lesson.id)).map((lesson) => lesson.id);
}

/** What a focused lesson sits on and leads to: every lesson to read before it, and what builds on it. */
export type Focus = {
  lesson: PathLesson;
  /** Its prerequisites, theirs, and so on: the whole chain, in reading order. */
  chain: string[];
  /** Lessons that name it as a prerequisite. */
  unlocks: string[];
  /** Lessons that build on those, further on. */
  later: string[];
};

export function focusOn(lessons: readonly PathLesson[], id: string): Focus | undefined {
  const lesson = lessons.find((candidate) => candidate.id === id);
  if (!lesson) return undefined;
  const direct = new Set(lesson.unlockIds);
  return {
    lesson,
    chain: reachable(lessons, id, (other) => other.prerequisiteIds),
    unlocks: lesson.unlockIds,
    later: reachable(lessons, id, (other) => other.unlockIds).filter((other) => !direct.has(other)),
  };
}

/** The first lesson on the path not done whose prerequisites are all done; undefined once all are done. */
export function nextLesson(lessons: readonly PathLesson[], isDone: (id: string) => boolean): PathLesson | undefined {
  return lessons.find((lesson) => !isDone(lesson.id) && lesson.prerequisiteIds.every(isDone));
}

export const FOCUS_PARAM = 'focus';

/**
 * The lesson named by `?focus=` in a query string: its id, nothing when absent or empty, or a
 * problem to show when it names no lesson on the path (the whole path is shown then).
 */
export function parseFocusQuery(search: string, knownIds: ReadonlySet<string>): {id?: string; problem?: string} {
  const value = new URLSearchParams(search).get(FOCUS_PARAM)?.trim();
  if (!value) return {};
  if (knownIds.has(value)) return {id: value};
  const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
  return {problem: `The link asks to focus on “${shown}”, which is not a lesson on the path, so the whole path is shown.`};
}
