import type {Difficulty} from '../lessons/difficulty';
import type {Lesson} from '../lessons/model';

/** One lesson as the catalog and the learning path show it. */
export type CatalogLesson = {
  id: string;
  title: string;
  description: string;
  keywords: string[];
  permalink: string;
  /** Section id: the lesson's first folder, e.g. "ml-system-design". */
  section: string;
  difficulty: Difficulty;
  estimatedTime: string;
  minutes: number;
  companies: string[];
  /** Ids of prerequisite lessons that have a page. */
  prerequisiteIds: string[];
};

export type CatalogSection = {id: string; label: string};

/** Everything the catalog page needs, passed to it as route props. */
export type CatalogData = {
  /** In reading order of the sidebar: section by section, then by sidebar position. */
  lessons: CatalogLesson[];
  /** Sections in sidebar order, each with its sidebar label. */
  sections: CatalogSection[];
  /** Every company named by a lesson, in its most used spelling, in alphabetical order. */
  companies: string[];
};

/** A sidebar as the docs plugin loads it: only the parts needed to find section labels. */
export type SidebarItem = {type: string; label?: string; id?: string; items?: SidebarItem[]};

function docIdsIn(item: SidebarItem): string[] {
  const own = item.type === 'doc' || item.type === 'ref' ? [item.id ?? ''] : [];
  return [...own, ...(item.items ?? []).flatMap(docIdsIn)];
}

/** "case-studies" -> "Case studies": the label of a section no sidebar category names. */
export function humanizeSection(id: string): string {
  const words = id.split(/[-_]+/).filter(Boolean).join(' ');
  return words ? words[0].toUpperCase() + words.slice(1) : 'Lessons';
}

/**
 * Each section (first folder of a lesson id) with the label of the top-level sidebar category
 * holding its lessons, in sidebar order; sections absent from every sidebar follow, labelled from
 * their folder name.
 */
export function sectionsFromSidebars(
  lessons: readonly Pick<Lesson, 'id' | 'section'>[],
  sidebars: readonly (readonly SidebarItem[])[],
): CatalogSection[] {
  const sectionOf = new Map(lessons.map((lesson) => [lesson.id, lesson.section]));
  const sections = new Map<string, string>();
  for (const item of sidebars.flat()) {
    if (item.type !== 'category' || !item.label) {
      continue;
    }
    for (const id of docIdsIn(item)) {
      const section = sectionOf.get(id);
      if (section !== undefined && !sections.has(section)) {
        sections.set(section, item.label);
      }
    }
  }
  const unlisted = [...new Set(lessons.map((lesson) => lesson.section))]
    .filter((section) => !sections.has(section))
    .sort();
  for (const section of unlisted) {
    sections.set(section, humanizeSection(section));
  }
  return [...sections].map(([id, label]) => ({id, label}));
}

/**
 * The catalog: every lesson that has a page, ordered section by section and then by sidebar
 * position. Company names that differ only in case are merged under their most used spelling.
 */
export function buildCatalog(
  lessons: readonly Lesson[],
  permalinkOf: ReadonlyMap<string, string>,
  sections: readonly CatalogSection[],
): CatalogData {
  const sectionRank = new Map(sections.map((section, index) => [section.id, index]));
  const routed = lessons.filter((lesson) => permalinkOf.has(lesson.id));
  const routedIds = new Set(routed.map((lesson) => lesson.id));
  const ordered = [...routed].sort(
    (a, b) =>
      (sectionRank.get(a.section) ?? sections.length) - (sectionRank.get(b.section) ?? sections.length) ||
      a.sidebarPosition - b.sidebarPosition ||
      a.title.localeCompare(b.title),
  );
  // The most used spelling of each company wins; a tie goes to the one met first in catalog order.
  const uses = new Map<string, Map<string, number>>();
  for (const company of ordered.flatMap((lesson) => lesson.companies)) {
    const spellings = uses.get(company.toLowerCase()) ?? new Map<string, number>();
    spellings.set(company, (spellings.get(company) ?? 0) + 1);
    uses.set(company.toLowerCase(), spellings);
  }
  const spelling = new Map(
    [...uses].map(([key, spellings]) => [
      key,
      [...spellings].reduce((best, current) => (current[1] > best[1] ? current : best))[0],
    ]),
  );
  return {
    lessons: ordered.map((lesson) => ({
      id: lesson.id,
      title: lesson.title,
      description: lesson.description,
      keywords: lesson.keywords,
      permalink: permalinkOf.get(lesson.id)!,
      section: lesson.section,
      difficulty: lesson.difficulty,
      estimatedTime: lesson.estimatedTime,
      minutes: lesson.minutes,
      companies: [...new Set(lesson.companies.map((company) => spelling.get(company.toLowerCase())!))],
      prerequisiteIds: lesson.prerequisiteIds.filter((id) => routedIds.has(id)),
    })),
    sections: sections.filter((section) => routed.some((lesson) => lesson.section === section.id)),
    companies: [...spelling.values()].sort((a, b) => a.localeCompare(b)),
  };
}
