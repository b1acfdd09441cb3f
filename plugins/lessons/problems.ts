/** One thing wrong with one lesson's front matter. */
export type LessonProblem = {
  /** Path of the lesson file, relative to the site root. */
  file: string;
  field: string;
  value: unknown;
  /** What the field accepts. */
  allowed: string;
};

function showValue(value: unknown): string {
  if (value === undefined) {
    return '(missing)';
  }
  return JSON.stringify(value);
}

export function formatProblem(problem: LessonProblem): string {
  return `${problem.file}: field "${problem.field}" has value ${showValue(problem.value)}; allowed: ${problem.allowed}.`;
}

/** All problems of one run as one message, grouped by file so each file is named once per line. */
export function formatProblems(problems: readonly LessonProblem[]): string {
  const files = new Set(problems.map((problem) => problem.file));
  const noun = problems.length === 1 ? 'problem' : 'problems';
  const fileNoun = files.size === 1 ? 'file' : 'files';
  const lines = [...problems]
    .sort((a, b) => a.file.localeCompare(b.file) || a.field.localeCompare(b.field))
    .map((problem) => `- ${formatProblem(problem)}`);
  return [
    `Invalid lesson front matter: ${problems.length} ${noun} in ${files.size} ${fileNoun}.`,
    ...lines,
  ].join('\n');
}

export class LessonValidationError extends Error {
  declare readonly problems: readonly LessonProblem[];

  constructor(problems: readonly LessonProblem[]) {
    super(formatProblems(problems));
    this.name = 'LessonValidationError';
    // Not enumerable, so the build log shows the message once instead of also dumping this array.
    Object.defineProperty(this, 'problems', {value: problems, enumerable: false});
  }
}
