import {extractComponentProps} from '../lessons/componentProps';
import type {Difficulty} from '../lessons/difficulty';
import type {Lesson} from '../lessons/model';

/** The length of a mock interview; every case study's FrameworkTimeline must add up to it. */
export const INTERVIEW_MINUTES = 45;

/** The section whose lessons become mock interviews. */
export const CASE_STUDY_SECTION = 'case-studies';

/** One phase of a case study's interview, exactly as the lesson's FrameworkTimeline gives it. */
export type MockPhase = {name: string; minutes: number; questions: string[]};

/** A case study as the mock-interview page needs it (passed to the page as a route prop). */
export type MockCase = {
  /** The lesson's doc id, e.g. "case-studies/eta-prediction". */
  id: string;
  title: string;
  permalink: string;
  difficulty: Difficulty;
  companies: string[];
  /** The FrameworkTimeline's title, when it has one. */
  timelineTitle?: string;
  phases: MockPhase[];
};

export class MockInterviewDataError extends Error {
  constructor(problems: readonly string[]) {
    super(
      `mock-interview: ${problems.length} case ${problems.length === 1 ? 'study cannot' : 'studies cannot'} be used for a mock interview:\n` +
        problems.map((problem) => `  - ${problem}`).join('\n'),
    );
    this.name = 'MockInterviewDataError';
  }
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0;

/** Problems with one timeline's phases, each naming the phase; empty when the phases are usable. */
function phaseProblems(phases: unknown): string[] {
  if (!Array.isArray(phases) || phases.length === 0) {
    return ['its FrameworkTimeline has no "phases" list'];
  }
  return phases.flatMap((phase: Record<string, unknown> | null, index) => {
    const label = `phase ${index + 1}${isText(phase?.name) ? ` ("${phase.name}")` : ''}`;
    const problems: string[] = [];
    if (!isText(phase?.name)) problems.push(`${label} has no name`);
    if (typeof phase?.minutes !== 'number' || !Number.isFinite(phase.minutes) || phase.minutes <= 0) {
      problems.push(`${label} has minutes ${JSON.stringify(phase?.minutes)}; it needs a positive number`);
    }
    if (!Array.isArray(phase?.questions) || !phase.questions.every(isText)) {
      problems.push(`${label} needs "questions" as a list of non-empty strings`);
    }
    return problems;
  });
}

/**
 * The mock-interview case for one case-study lesson, read from its MDX source, or the problems that
 * stop it being one (each starting with the lesson's file). A case needs exactly one
 * FrameworkTimeline whose minutes add up to INTERVIEW_MINUTES.
 */
export function mockCaseFromLesson(
  lesson: Pick<Lesson, 'id' | 'file' | 'title' | 'difficulty' | 'companies'>,
  source: string,
  permalink: string,
): {mockCase?: MockCase; problems: string[]} {
  const fail = (problems: string[]) => ({problems: problems.map((problem) => `${lesson.file}: ${problem}`)});
  let timelines: Array<Record<string, unknown>>;
  try {
    timelines = extractComponentProps(source, 'FrameworkTimeline');
  } catch (error) {
    return fail([(error as Error).message]);
  }
  if (timelines.length !== 1) {
    return fail([
      `has ${timelines.length} <FrameworkTimeline> components; a case study needs exactly one, the plan of its ${INTERVIEW_MINUTES}-minute interview`,
    ]);
  }
  const [{title, phases}] = timelines;
  const problems = phaseProblems(phases);
  if (problems.length > 0) {
    return fail(problems);
  }
  const typed = phases as MockPhase[];
  const total = typed.reduce((sum, phase) => sum + phase.minutes, 0);
  if (total !== INTERVIEW_MINUTES) {
    return fail([
      `the <FrameworkTimeline> phases add up to ${total} minutes (${typed.map((phase) => phase.minutes).join(' + ')}); a mock interview needs exactly ${INTERVIEW_MINUTES}`,
    ]);
  }
  const names = typed.map((phase) => phase.name.trim());
  const duplicate = names.find((name, index) => names.indexOf(name) !== index);
  if (duplicate) {
    return fail([`two <FrameworkTimeline> phases are both called "${duplicate}"; phase names must differ`]);
  }
  return {
    problems: [],
    mockCase: {
      id: lesson.id,
      title: lesson.title,
      permalink,
      difficulty: lesson.difficulty,
      companies: lesson.companies,
      ...(isText(title) && {timelineTitle: title}),
      phases: typed.map(({name, minutes, questions}) => ({name: name.trim(), minutes, questions})),
    },
  };
}

/**
 * Every case-study lesson that has a page, in the order given (the sidebar's), as mock-interview
 * cases. Throws one MockInterviewDataError listing every problem, so a build names all bad lessons.
 */
export function buildMockCases(
  lessons: readonly Lesson[],
  readSource: (lesson: Lesson) => string,
  permalinkOf: ReadonlyMap<string, string>,
): MockCase[] {
  const cases: MockCase[] = [];
  const problems: string[] = [];
  for (const lesson of lessons) {
    const permalink = permalinkOf.get(lesson.id);
    if (lesson.section !== CASE_STUDY_SECTION || permalink === undefined) {
      continue;
    }
    const result = mockCaseFromLesson(lesson, readSource(lesson), permalink);
    problems.push(...result.problems);
    if (result.mockCase) cases.push(result.mockCase);
  }
  if (problems.length > 0) {
    throw new MockInterviewDataError(problems);
  }
  if (cases.length === 0) {
    throw new MockInterviewDataError([`no lesson in the "${CASE_STUDY_SECTION}" section has a page`]);
  }
  return cases;
}
