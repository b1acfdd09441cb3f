/** A lesson as progress counts it. */
export type CountedLesson = {id: string; section: string; minutes: number};

export type ProgressCount = {
  done: number;
  total: number;
  minutesDone: number;
  minutesTotal: number;
};

export type SectionProgress = ProgressCount & {id: string; label: string};

export type ProgressSummary = {overall: ProgressCount; sections: SectionProgress[]};

function count(lessons: readonly CountedLesson[], isDone: (id: string) => boolean): ProgressCount {
  const done = lessons.filter((lesson) => isDone(lesson.id));
  const minutes = (list: readonly CountedLesson[]) => list.reduce((sum, lesson) => sum + lesson.minutes, 0);
  return {done: done.length, total: lessons.length, minutesDone: minutes(done), minutesTotal: minutes(lessons)};
}

/**
 * Overall and per-section progress over the site's lessons. Completed ids the site does not know
 * (a lesson removed since) are not counted.
 */
export function summarizeProgress(
  lessons: readonly CountedLesson[],
  sections: readonly {id: string; label: string}[],
  isDone: (id: string) => boolean,
): ProgressSummary {
  return {
    overall: count(lessons, isDone),
    sections: sections.map((section) => ({
      ...section,
      ...count(
        lessons.filter((lesson) => lesson.section === section.id),
        isDone,
      ),
    })),
  };
}

/** "1 h 5 min", "45 min", "0 min". */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** Whole percent of the estimated time done; 0 when there is nothing to do. */
export function timeShare({minutesDone, minutesTotal}: ProgressCount): number {
  return minutesTotal === 0 ? 0 : Math.round((100 * minutesDone) / minutesTotal);
}

/** "3 of 17 lessons, 1 h 5 min of 9 h 40 min (11% of the time)". */
export function describeCount(progress: ProgressCount): string {
  return `${progress.done} of ${progress.total} lesson${progress.total === 1 ? '' : 's'}, ${formatMinutes(
    progress.minutesDone,
  )} of ${formatMinutes(progress.minutesTotal)} (${timeShare(progress)}% of the time)`;
}

/** Per-category counts for the sidebar: the doc ids under a sidebar item, at any depth. */
export type SidebarNode = {type: string; docId?: string; items?: readonly SidebarNode[]};

export function docIdsUnder(item: SidebarNode): string[] {
  const own = item.type === 'link' && item.docId ? [item.docId] : [];
  return [...own, ...(item.items ?? []).flatMap(docIdsUnder)];
}
