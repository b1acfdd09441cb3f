import {extractComponentProps} from '../lessons/componentProps';

/**
 * The cheat sheet's data, read from the lessons' own sources so the sheet never disagrees with them:
 * the interview framework (a FrameworkTimeline), the pipelines (PipelineDiagrams), the metric for
 * each task (a ComparisonTable), metric formulas and definitions (the metrics lesson's worked
 * examples), the estimation lesson's "Numbers worth remembering" table and the LLM serving lesson's
 * "LLM numbers worth remembering" table. Anything missing fails
 * the build, naming the lesson and what was looked for, rather than leaving a hole in the sheet.
 */

export type SourceLesson = {id: string; title: string; permalink: string; source: string};
export type LessonLink = {title: string; permalink: string};

export type CheatSheetData = {
  framework: {from: LessonLink; title: string; phases: {name: string; minutes: number; questions: string[]}[]};
  pipelines: {from: LessonLink; diagrams: {title: string; stages: unknown[]; edges: unknown[]}[]};
  metrics: {
    from: LessonLink;
    byTask: {caption: string; aspectLabel?: string; options: string[]; rows: {aspect: string; values: string[]}[]};
    formulas: {name: string; formula: string}[];
    online: {name: string; formula: string}[];
  };
  numbers: {from: LessonLink; header: string[]; rows: string[][]};
  llmNumbers: {from: LessonLink; header: string[]; rows: string[][]};
};

/** Where each block comes from. */
export const CHEAT_SHEET_SOURCES = {
  framework: 'ml-system-design/introduction',
  pipelines: 'ml-system-design/introduction',
  metrics: 'ml-system-design/metrics',
  numbers: 'foundations/estimation',
  llmNumbers: 'generative-ai/llm-serving',
} as const;

export const METRICS_TABLE_CAPTION = 'Offline metric by task';
export const NUMBERS_HEADING = 'Numbers worth remembering';
export const LLM_NUMBERS_HEADING = 'LLM numbers worth remembering';
/** Formulas read from the metrics lesson's worked examples, in this order. */
export const FORMULA_NAMES = ['Precision', 'Recall', 'F1', 'Accuracy', 'log loss', 'DCG@k', 'NDCG@k'];

export class CheatSheetError extends Error {}

function lessonOf(lessons: ReadonlyMap<string, SourceLesson>, id: string): SourceLesson {
  const lesson = lessons.get(id);
  if (!lesson) {
    throw new CheatSheetError(`cheat-sheet: the lesson "${id}" does not exist`);
  }
  return lesson;
}

const link = (lesson: SourceLesson): LessonLink => ({title: lesson.title, permalink: lesson.permalink});

/** Lines inside fenced code blocks. */
function codeLines(source: string): string[] {
  const lines: string[] = [];
  let inside = false;
  for (const line of source.split('\n')) {
    if (/^(```|~~~)/.test(line)) {
      inside = !inside;
    } else if (inside) {
      lines.push(line);
    }
  }
  return lines;
}

/** "Precision = TP / (TP + FP)        = 70 / 150" -> "TP / (TP + FP)": the definition, not the example. */
export function formulaFrom(lines: readonly string[], name: string): string | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^${escaped}\\s*= (.+?)(?:\\s{2,}.*)?$`);
  for (const line of lines) {
    const match = pattern.exec(line.trim());
    if (match) {
      return match[1].trim();
    }
  }
  return undefined;
}

/** Bullets of the form "- **Name** = formula. Example…" (the first sentence after "="). */
export function definitionBullets(source: string): {name: string; formula: string}[] {
  return [...source.matchAll(/^- \*\*(.+?)\*\* = (.+?)\.(?:\s|$)/gm)].map((match) => ({name: match[1], formula: match[2]}));
}

function plainCell(cell: string): string {
  return cell.replace(/\*\*(.+?)\*\*/g, '$1').replace(/`([^`]+)`/g, '$1').trim();
}

/** The first Markdown table after the heading `## <heading>`, as header and rows of plain text. */
export function tableAfterHeading(source: string, heading: string): {header: string[]; rows: string[][]} | undefined {
  const lines = source.split('\n');
  const start = lines.findIndex((line) => /^#{2,6}\s/.test(line) && line.replace(/^#+\s*/, '').trim() === heading);
  if (start < 0) {
    return undefined;
  }
  let at = start + 1;
  while (at < lines.length && !lines[at].trim().startsWith('|')) {
    if (/^#{1,6}\s/.test(lines[at])) return undefined;
    at += 1;
  }
  const table: string[][] = [];
  for (; at < lines.length && lines[at].trim().startsWith('|'); at += 1) {
    table.push(lines[at].trim().replace(/^\||\|$/g, '').split('|').map(plainCell));
  }
  if (table.length < 3 || !table[1].every((cell) => /^:?-{3,}:?$/.test(cell))) {
    return undefined;
  }
  return {header: table[0], rows: table.slice(2)};
}

function requiredTable(lesson: SourceLesson, heading: string): {header: string[]; rows: string[][]} {
  const table = tableAfterHeading(lesson.source, heading);
  if (!table) {
    throw new CheatSheetError(`cheat-sheet: ${lesson.id} has no table under "## ${heading}"`);
  }
  return table;
}

export function buildCheatSheet(lessons: ReadonlyMap<string, SourceLesson>): CheatSheetData {
  const intro = lessonOf(lessons, CHEAT_SHEET_SOURCES.framework);
  const timeline = extractComponentProps(intro.source, 'FrameworkTimeline')[0];
  if (!timeline) {
    throw new CheatSheetError(`cheat-sheet: ${intro.id} has no <FrameworkTimeline>`);
  }

  const pipelinesLesson = lessonOf(lessons, CHEAT_SHEET_SOURCES.pipelines);
  const diagrams = extractComponentProps(pipelinesLesson.source, 'PipelineDiagram');
  if (diagrams.length === 0) {
    throw new CheatSheetError(`cheat-sheet: ${pipelinesLesson.id} has no <PipelineDiagram>`);
  }

  const metrics = lessonOf(lessons, CHEAT_SHEET_SOURCES.metrics);
  const byTask = extractComponentProps(metrics.source, 'ComparisonTable').find(
    (props) => props.caption === METRICS_TABLE_CAPTION,
  );
  if (!byTask) {
    throw new CheatSheetError(`cheat-sheet: ${metrics.id} has no <ComparisonTable caption="${METRICS_TABLE_CAPTION}">`);
  }
  const lines = codeLines(metrics.source);
  const formulas = FORMULA_NAMES.map((name) => {
    const formula = formulaFrom(lines, name);
    if (formula === undefined) {
      throw new CheatSheetError(`cheat-sheet: ${metrics.id} no longer shows the formula "${name} = …" in a code block`);
    }
    return {name, formula};
  });
  const online = definitionBullets(metrics.source);
  if (online.length === 0) {
    throw new CheatSheetError(`cheat-sheet: ${metrics.id} has no "- **Metric** = definition." bullets`);
  }

  const estimation = lessonOf(lessons, CHEAT_SHEET_SOURCES.numbers);
  const numbers = requiredTable(estimation, NUMBERS_HEADING);
  const llmServing = lessonOf(lessons, CHEAT_SHEET_SOURCES.llmNumbers);
  const llmNumbers = requiredTable(llmServing, LLM_NUMBERS_HEADING);

  return {
    framework: {
      from: link(intro),
      title: String(timeline.title ?? 'Interview framework'),
      phases: timeline.phases as CheatSheetData['framework']['phases'],
    },
    pipelines: {
      from: link(pipelinesLesson),
      diagrams: diagrams as CheatSheetData['pipelines']['diagrams'],
    },
    metrics: {
      from: link(metrics),
      byTask: byTask as CheatSheetData['metrics']['byTask'],
      formulas,
      online,
    },
    numbers: {from: link(estimation), ...numbers},
    llmNumbers: {from: link(llmServing), ...llmNumbers},
  };
}
