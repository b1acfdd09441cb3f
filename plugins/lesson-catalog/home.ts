import type {CatalogData, SidebarItem} from './catalog';
import {orderByPrerequisites} from '../lessons/model';

/** A lesson as the home page and the 404 page link to it. */
export type LessonLink = {id: string; title: string; permalink: string};

export type HomeSection = {
  id: string;
  label: string;
  lessonCount: number;
  minutes: number;
  /** The section's first lesson in the reading order. */
  first: LessonLink;
};

export type CaseStudyGroup = {label: string; lessons: LessonLink[]};

/** Everything the home page shows, passed to it as route props. */
export type HomeData = {
  lessonCount: number;
  totalMinutes: number;
  sections: HomeSection[];
  /** The case studies, grouped as the sidebar groups them. */
  caseStudyGroups: CaseStudyGroup[];
  /** Every lesson in the learning path's reading order; the first is where a new reader starts. */
  readingOrder: LessonLink[];
};

const CASE_STUDIES = 'case-studies';

function linkOf({id, title, permalink}: LessonLink): LessonLink {
  return {id, title, permalink};
}

function docIds(item: SidebarItem): string[] {
  if (item.type === 'doc' || item.type === 'ref') return item.id ? [item.id] : [];
  return (item.items ?? []).flatMap(docIds);
}

/**
 * The case studies grouped as in the sidebar: each sub-category of the category that holds the
 * case-study section is a group; case studies listed directly in it, or in no sidebar at all, follow
 * under "More case studies". Only lessons with a page are listed.
 */
export function caseStudyGroupsOf(
  catalog: Pick<CatalogData, 'lessons'>,
  sidebars: readonly (readonly SidebarItem[])[],
): CaseStudyGroup[] {
  const cases = new Map(catalog.lessons.filter((lesson) => lesson.section === CASE_STUDIES).map((l) => [l.id, l]));
  const groups: CaseStudyGroup[] = [];
  const listed = new Set<string>();
  const loose: string[] = [];
  const top = sidebars.flat().find((item) => item.type === 'category' && docIds(item).some((id) => cases.has(id)));
  for (const item of top?.items ?? []) {
    const ids = docIds(item).filter((id) => cases.has(id) && !listed.has(id));
    ids.forEach((id) => listed.add(id));
    if (item.type === 'category' && item.label) {
      if (ids.length > 0) groups.push({label: item.label, lessons: ids.map((id) => linkOf(cases.get(id)!))});
    } else {
      loose.push(...ids);
    }
  }
  loose.push(...[...cases.keys()].filter((id) => !listed.has(id)));
  if (loose.length > 0) groups.push({label: 'More case studies', lessons: loose.map((id) => linkOf(cases.get(id)!))});
  return groups;
}

/** The home page's data: sections with lesson counts and minutes, the case studies, the reading order. */
export function buildHomeData(catalog: CatalogData, sidebars: readonly (readonly SidebarItem[])[]): HomeData {
  // The learning path's reading order (plugins/lesson-catalog/learningPath.ts orders the same way).
  const ordered = orderByPrerequisites(catalog.lessons);
  const sections = catalog.sections.flatMap((section): HomeSection[] => {
    const lessons = catalog.lessons.filter((lesson) => lesson.section === section.id);
    const first = ordered.find((entry) => entry.section === section.id);
    if (!first) return [];
    return [
      {
        id: section.id,
        label: section.label,
        lessonCount: lessons.length,
        minutes: lessons.reduce((sum, lesson) => sum + lesson.minutes, 0),
        first: linkOf(first),
      },
    ];
  });
  return {
    lessonCount: catalog.lessons.length,
    totalMinutes: catalog.lessons.reduce((sum, lesson) => sum + lesson.minutes, 0),
    sections,
    caseStudyGroups: caseStudyGroupsOf(catalog, sidebars),
    readingOrder: ordered.map(linkOf),
  };
}
