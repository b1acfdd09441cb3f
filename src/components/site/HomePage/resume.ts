import type {LessonLink} from '../../../../plugins/lesson-catalog/home';

/** Where a returning reader picks up: how far they are, and the lesson to open next. */
export type ResumePoint = {
  done: number;
  total: number;
  /** The lesson completed most recently. */
  last: LessonLink;
  /** The first lesson not yet completed after `last` in the reading order (wrapping round); undefined when all are done. */
  next: LessonLink | undefined;
};

/**
 * Where to continue from, given the reading order and the saved completions (lesson id -> YYYY-MM-DD).
 * Ids the guide no longer has are ignored; undefined when no lesson of the guide is complete, so a
 * first visit (or unreadable saved data, which reads as nothing saved) shows the plain home page.
 */
export function resumePoint(order: readonly LessonLink[], completed: Readonly<Record<string, string>>): ResumePoint | undefined {
  let lastIndex = -1;
  let done = 0;
  order.forEach((lesson, index) => {
    const day = completed[lesson.id];
    if (day === undefined) return;
    done += 1;
    // The latest day wins; on the same day, the lesson further along the reading order.
    if (lastIndex < 0 || day >= completed[order[lastIndex].id]) lastIndex = index;
  });
  if (lastIndex < 0) return undefined;
  const after = [...order.slice(lastIndex + 1), ...order.slice(0, lastIndex)];
  return {
    done,
    total: order.length,
    last: order[lastIndex],
    next: after.find((lesson) => completed[lesson.id] === undefined),
  };
}
