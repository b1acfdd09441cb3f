import type {Difficulty} from '../lessons/difficulty';
import {orderByPrerequisites} from '../lessons/order';
import type {CatalogData, CatalogLesson, SidebarItem} from './catalog';

/** A lesson on the learning path: what it needs first and what builds on it (both as lesson ids). */
export type PathLesson = {
  id: string;
  title: string;
  permalink: string;
  difficulty: Difficulty;
  minutes: number;
  prerequisiteIds: string[];
  /** Lessons that name this one as a prerequisite, in path order. */
  unlockIds: string[];
};

/**
 * Lessons of one section (or one case-study group) in steps: a lesson's step is one more than the
 * step of its deepest prerequisite in the same group, so the lessons of a step never depend on each
 * other and can be read in any order.
 */
export type PathGroup = {label?: string; steps: PathLesson[][]};

export type PathSection = {id: string; label: string; lessonCount: number; minutes: number; groups: PathGroup[]};

export type LearningPathData = {
  lessonCount: number;
  totalMinutes: number;
  sections: PathSection[];
  /** True when every lesson comes after all of its prerequisites, reading the page from the top. */
  topDown: boolean;
};

/** Each lesson id under a nested sidebar category, with that category's label (the case-study groups). */
export function subgroupsFromSidebars(sidebars: readonly (readonly SidebarItem[])[]): Map<string, string> {
  const labels = new Map<string, string>();
  const docIds = (item: SidebarItem): string[] => [
    ...(item.type === 'doc' || item.type === 'ref' ? [item.id ?? ''] : []),
    ...(item.items ?? []).flatMap(docIds),
  ];
  for (const section of sidebars.flat()) {
    for (const child of section.items ?? []) {
      if (child.type === 'category' && child.label) {
        docIds(child).forEach((id) => labels.has(id) || labels.set(id, child.label!));
      }
    }
  }
  return labels;
}

/** The lessons of one group in steps, each step in the given (catalog) order. */
export function stepsWithin(lessons: readonly CatalogLesson[]): CatalogLesson[][] {
  const inGroup = new Set(lessons.map((lesson) => lesson.id));
  const local = lessons.map((lesson) => ({...lesson, prerequisiteIds: lesson.prerequisiteIds.filter((id) => inGroup.has(id))}));
  const step = new Map<string, number>();
  for (const lesson of orderByPrerequisites(local)) {
    step.set(lesson.id, Math.max(-1, ...lesson.prerequisiteIds.map((id) => step.get(id)!)) + 1);
  }
  const steps: CatalogLesson[][] = [];
  lessons.forEach((lesson) => (steps[step.get(lesson.id)!] ??= []).push(lesson));
  return steps;
}

/**
 * The learning path: section by section in curriculum order, the case studies in their sidebar groups
 * (`subgroupOf`, lesson id to group label), each group's lessons in steps.
 */
export function buildLearningPath(catalog: CatalogData, subgroupOf: ReadonlyMap<string, string> = new Map()): LearningPathData {
  const unlocks = new Map(catalog.lessons.map((lesson) => [lesson.id, [] as string[]]));
  const sections: PathSection[] = [];
  const toPathLesson = (lesson: CatalogLesson): PathLesson => ({
    id: lesson.id,
    title: lesson.title,
    permalink: lesson.permalink,
    difficulty: lesson.difficulty,
    minutes: lesson.minutes,
    prerequisiteIds: lesson.prerequisiteIds,
    // Filled once every lesson has its place on the path.
    unlockIds: unlocks.get(lesson.id)!,
  });
  const sidebarOrder = [...new Set(subgroupOf.values())];
  const sectionIds = [...catalog.sections.map((section) => section.id), ...catalog.lessons.map((lesson) => lesson.section)];
  for (const sectionId of new Set(sectionIds)) {
    const lessons = catalog.lessons.filter((lesson) => lesson.section === sectionId);
    if (lessons.length === 0) continue;
    // Lessons in no sidebar group come first, under the section's own heading; the groups follow in sidebar order.
    const present = new Set(lessons.map((lesson) => subgroupOf.get(lesson.id)));
    const groupLabels = [undefined, ...sidebarOrder].filter((label) => present.has(label));
    sections.push({
      id: sectionId,
      label: catalog.sections.find((section) => section.id === sectionId)?.label ?? sectionId,
      lessonCount: lessons.length,
      minutes: lessons.reduce((sum, lesson) => sum + lesson.minutes, 0),
      groups: groupLabels.map((label) => ({
        ...(label === undefined ? {} : {label}),
        steps: stepsWithin(lessons.filter((lesson) => subgroupOf.get(lesson.id) === label)).map((step) => step.map(toPathLesson)),
      })),
    });
  }
  const ordered = sections.flatMap((section) => section.groups.flatMap((group) => group.steps.flat()));
  const position = new Map(ordered.map((lesson, index) => [lesson.id, index]));
  for (const lesson of ordered) {
    lesson.prerequisiteIds.forEach((id) => unlocks.get(id)?.push(lesson.id));
  }
  for (const list of unlocks.values()) {
    list.sort((a, b) => position.get(a)! - position.get(b)!);
  }
  return {
    lessonCount: ordered.length,
    totalMinutes: ordered.reduce((sum, lesson) => sum + lesson.minutes, 0),
    sections,
    topDown: ordered.every((lesson) => lesson.prerequisiteIds.every((id) => position.get(id)! < position.get(lesson.id)!)),
  };
}
