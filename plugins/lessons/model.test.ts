/** @jest-environment node */
import path from 'path';
import {findCycles, orderByPrerequisites, resolveLessons, type LessonSource} from './model';
import {formatProblems} from './problems';
import {readLessonSources} from './sources';

const SITE = path.join(__dirname, '__fixtures__', 'invalid');

function source(id: string, overrides: Record<string, unknown> = {}): LessonSource {
  return {
    file: `docs/${id}.mdx`,
    id,
    frontMatter: {
      title: `Lesson ${id}`,
      description: 'A lesson.',
      keywords: ['k'],
      sidebar_position: 1,
      difficulty: 'Beginner',
      estimated_time: '10 minutes',
      prerequisites: [],
      companies: [],
      ...overrides,
    },
  };
}

describe('invalid fixtures: one failing file per rule', () => {
  let message = '';
  let problems: ReturnType<typeof resolveLessons>['problems'] = [];

  beforeAll(async () => {
    const sources = await readLessonSources(SITE, 'docs');
    problems = resolveLessons(sources).problems;
    message = formatProblems(problems);
  });

  // Each rule: the fixture file, the field its message must name, and a fragment of what is allowed.
  const cases: [string, string, string][] = [
    ['bad-title.mdx', 'title', 'non-empty string'],
    ['bad-description.mdx', 'description', 'one or two sentences'],
    ['bad-keywords.mdx', 'keywords', 'list of one or more'],
    ['bad-sidebar-position.mdx', 'sidebar_position', 'whole number'],
    ['bad-difficulty.mdx', 'difficulty', 'one of Beginner, Intermediate, Advanced'],
    ['bad-estimated-time.mdx', 'estimated_time', '"20 minutes"'],
    ['bad-prerequisites.mdx', 'prerequisites', 'list of titles or ids'],
    ['bad-companies.mdx', 'companies', 'list of company names'],
    ['unknown-field.mdx', 'level', 'no such field'],
    ['unknown-prerequisite.mdx', 'prerequisites', 'title or id of an existing lesson'],
    ['cycle-a.mdx', 'prerequisites', 'no cycles'],
    ['duplicate-one.mdx', 'title', 'no other lesson uses'],
    ['duplicate-two.mdx', 'title', 'no other lesson uses'],
  ];

  test.each(cases)('%s is reported with field "%s"', (file, field, allowed) => {
    const line = message.split('\n').find((text) => text.includes(`docs/section/${file}:`) && text.includes(`field "${field}"`));
    expect(line).toBeDefined();
    expect(line).toContain(allowed);
  });

  test('the message shows the bad value', () => {
    expect(message).toContain('field "difficulty" has value "Expert"');
    expect(message).toContain('field "estimated_time" has value "soon"');
    expect(message).toContain('field "prerequisites" has value "No Such Lesson"');
    expect(message).toContain('"Cycle A -> Cycle B -> Cycle A"');
  });

  test('all problems of the run are reported together, and the valid file has none', () => {
    expect(message.split('\n')[0]).toBe(`Invalid lesson front matter: ${problems.length} problems in 13 files.`);
    expect(problems.filter((problem) => problem.file.endsWith('/valid.mdx'))).toEqual([]);
  });
});

describe('resolveLessons', () => {
  test('resolves prerequisites by title or by id, and keeps the lesson data', () => {
    const {lessons, problems} = resolveLessons([
      source('a/one'),
      source('a/two', {prerequisites: ['Lesson a/one']}),
      source('b/three', {prerequisites: ['a/two', 'Lesson a/one'], estimated_time: '1 hour 30 minutes'}),
    ]);
    expect(problems).toEqual([]);
    const three = lessons.find((lesson) => lesson.id === 'b/three');
    expect(three).toMatchObject({section: 'b', minutes: 90, prerequisiteIds: ['a/two', 'a/one']});
  });

  test('a lesson whose own front matter is invalid can still be named as a prerequisite', () => {
    const {problems} = resolveLessons([
      source('a/one', {difficulty: 'Hard'}),
      source('a/two', {prerequisites: ['Lesson a/one']}),
    ]);
    expect(problems.map((problem) => problem.field)).toEqual(['difficulty']);
  });

  test('a lesson listing itself is a cycle', () => {
    const {problems} = resolveLessons([source('a/one', {prerequisites: ['a/one']})]);
    expect(problems).toEqual([expect.objectContaining({field: 'prerequisites', value: 'Lesson a/one -> Lesson a/one'})]);
  });

  test('missing required fields are each named', () => {
    const {problems} = resolveLessons([{file: 'docs/x.mdx', id: 'x', frontMatter: {title: 'X'}}]);
    expect(problems.map((problem) => problem.field).sort()).toEqual(
      ['companies', 'description', 'difficulty', 'estimated_time', 'keywords', 'prerequisites', 'sidebar_position'],
    );
    expect(problems.every((problem) => problem.value === undefined)).toBe(true);
    expect(formatProblems(problems)).toContain('field "difficulty" has value (missing)');
  });
});

describe('findCycles', () => {
  test('finds a three-lesson cycle once and ignores acyclic branches', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(findCycles(graph)).toEqual([['a', 'b', 'c', 'a']]);
  });

  test('an acyclic graph has none', () => {
    expect(findCycles(new Map([['a', ['b']], ['b', []]]))).toEqual([]);
  });
});

describe('orderByPrerequisites', () => {
  test('puts every prerequisite before the lessons that need it', () => {
    const {lessons} = resolveLessons([
      source('c', {prerequisites: ['b']}),
      source('b', {prerequisites: ['a']}),
      source('a'),
      source('d'),
    ]);
    expect(orderByPrerequisites(lessons).map((lesson) => lesson.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});
