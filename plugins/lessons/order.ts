/** Lessons ordered so that each comes after all its prerequisites; ties keep the given order. */
export function orderByPrerequisites<T extends {id: string; prerequisiteIds: readonly string[]}>(lessons: readonly T[]): T[] {
  const placed = new Set<string>();
  const ordered: T[] = [];
  const byId = new Map(lessons.map((lesson) => [lesson.id, lesson]));
  const place = (lesson: T): void => {
    if (placed.has(lesson.id)) {
      return;
    }
    placed.add(lesson.id);
    for (const id of lesson.prerequisiteIds) {
      const prerequisite = byId.get(id);
      if (prerequisite) {
        place(prerequisite);
      }
    }
    ordered.push(lesson);
  };
  lessons.forEach(place);
  return ordered;
}
