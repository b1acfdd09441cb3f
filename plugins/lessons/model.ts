import type {Difficulty} from './difficulty';
import {parseEstimatedTime} from './estimatedTime';
import type {LessonProblem} from './problems';
import {allowedValues, lessonFrontMatterSchema} from './schema';

/** A lesson file as read from disk, before validation. */
export type LessonSource = {
  /** Path relative to the site root, e.g. "docs/foundations/estimation.mdx". */
  file: string;
  /** Docusaurus doc id, e.g. "foundations/estimation". */
  id: string;
  frontMatter: Record<string, unknown>;
};

/** A validated lesson: the one lesson model every part of the site derives from. */
export type Lesson = {
  file: string;
  id: string;
  /** First folder of the id: "foundations", "ml-system-design", "case-studies". */
  section: string;
  title: string;
  description: string;
  keywords: string[];
  sidebarPosition: number;
  difficulty: Difficulty;
  estimatedTime: string;
  minutes: number;
  companies: string[];
  /** Ids of the prerequisite lessons, resolved from titles or ids. */
  prerequisiteIds: string[];
};

export type LessonSet = {lessons: Lesson[]; problems: LessonProblem[]};

function sectionOf(id: string): string {
  const slash = id.indexOf('/');
  return slash === -1 ? '' : id.slice(0, slash);
}

function valueAt(frontMatter: Record<string, unknown>, path: readonly PropertyKey[]): unknown {
  let value: unknown = frontMatter;
  for (const key of path) {
    if (value === null || typeof value !== 'object') {
      return undefined;
    }
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Checks one file's front matter against the schema; returns the lesson or its problems. */
export function validateLesson(source: LessonSource): {lesson?: Lesson; problems: LessonProblem[]} {
  const result = lessonFrontMatterSchema.safeParse(source.frontMatter);
  if (!result.success) {
    const problems = result.error.issues.flatMap((issue): LessonProblem[] => {
      if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((key) => ({
          file: source.file,
          field: key,
          value: source.frontMatter[key],
          allowed: allowedValues(key),
        }));
      }
      const field = String(issue.path[0] ?? '(front matter)');
      return [
        {
          file: source.file,
          field,
          value: valueAt(source.frontMatter, issue.path),
          allowed: allowedValues(field),
        },
      ];
    });
    // zod can report several issues for one field (e.g. type and length); one line each is noise.
    const seen = new Set<string>();
    return {
      problems: problems.filter((problem) => {
        const key = `${problem.field}\u0000${JSON.stringify(problem.value)}`;
        if (seen.has(key)) {
          return false;
        }
        seen.add(key);
        return true;
      }),
    };
  }
  const data = result.data;
  return {
    problems: [],
    lesson: {
      file: source.file,
      id: source.id,
      section: sectionOf(source.id),
      title: data.title,
      description: data.description,
      keywords: data.keywords,
      sidebarPosition: data.sidebar_position,
      difficulty: data.difficulty,
      estimatedTime: data.estimated_time,
      // The schema has already checked that this parses.
      minutes: parseEstimatedTime(data.estimated_time) ?? 0,
      companies: data.companies,
      // Raw names for now; resolveLessons replaces them with ids.
      prerequisiteIds: data.prerequisites,
    },
  };
}

function duplicateProblems(
  lessons: readonly Lesson[],
  field: 'title' | 'id',
): LessonProblem[] {
  const byValue = new Map<string, Lesson[]>();
  for (const lesson of lessons) {
    byValue.set(lesson[field], [...(byValue.get(lesson[field]) ?? []), lesson]);
  }
  return [...byValue.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) =>
      group.map((lesson) => ({
        file: lesson.file,
        field,
        value: lesson[field],
        allowed: `a ${field} no other lesson uses (also used by ${group
          .filter((other) => other !== lesson)
          .map((other) => other.file)
          .join(', ')})`,
      })),
    );
}

/** Finds each prerequisite cycle once, as the list of ids around it. */
export function findCycles(prerequisitesOf: ReadonlyMap<string, readonly string[]>): string[][] {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (id: string): void => {
    state.set(id, 'visiting');
    stack.push(id);
    for (const next of prerequisitesOf.get(id) ?? []) {
      if (state.get(next) === 'visiting') {
        cycles.push([...stack.slice(stack.indexOf(next)), next]);
      } else if (!state.has(next)) {
        visit(next);
      }
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const id of [...prerequisitesOf.keys()].sort()) {
    if (!state.has(id)) {
      visit(id);
    }
  }
  return cycles;
}

/**
 * Validates every lesson, then checks what only the whole set can show: unique titles and ids,
 * prerequisites that exist (named by title or id), and no cycles. All problems are returned together.
 */
export function resolveLessons(sources: readonly LessonSource[]): LessonSet {
  const validated = sources.map(validateLesson);
  const problems = validated.flatMap((result) => result.problems);
  const lessons = validated.flatMap((result) => (result.lesson ? [result.lesson] : []));
  problems.push(...duplicateProblems(lessons, 'title'), ...duplicateProblems(lessons, 'id'));

  // Every file is a possible prerequisite, even one whose other fields are invalid, so a typo in
  // one lesson does not turn into "unknown prerequisite" errors in the lessons that need it.
  const idByName = new Map<string, string>();
  for (const source of sources) {
    idByName.set(source.id, source.id);
    const title = source.frontMatter.title;
    if (typeof title === 'string' && title.trim()) {
      idByName.set(title.trim(), source.id);
    }
  }
  const resolved = lessons.map((lesson) => {
    const ids: string[] = [];
    for (const name of lesson.prerequisiteIds) {
      const id = idByName.get(name);
      if (id === undefined) {
        problems.push({
          file: lesson.file,
          field: 'prerequisites',
          value: name,
          allowed: 'the title or id of an existing lesson',
        });
      } else if (!ids.includes(id)) {
        ids.push(id);
      }
    }
    return {...lesson, prerequisiteIds: ids};
  });

  const byId = new Map(resolved.map((lesson) => [lesson.id, lesson]));
  const cycles = findCycles(new Map(resolved.map((lesson) => [lesson.id, lesson.prerequisiteIds])));
  for (const cycle of cycles) {
    const first = byId.get(cycle[0]);
    problems.push({
      file: first?.file ?? cycle[0],
      field: 'prerequisites',
      value: cycle.map((id) => byId.get(id)?.title ?? id).join(' -> '),
      allowed: 'prerequisites that never lead back to the lesson itself (no cycles)',
    });
  }
  return {lessons: resolved, problems};
}

// In its own module so that browser code (the study-plan builder) can order lessons without zod.
export {orderByPrerequisites} from './order';
