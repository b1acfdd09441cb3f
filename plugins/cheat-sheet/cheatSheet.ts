import {extractComponentProps} from '../lessons/componentProps';
import {MathError, texToMathml, type MathElement} from '../math/texToMathml';

/**
 * The cheat sheet's data, read from the lessons' own sources so the sheet never disagrees with them:
 * the interview framework (a FrameworkTimeline), the pipelines (PipelineDiagrams), the metric for
 * each task (a ComparisonTable), metric formulas (the metrics lesson's TeX, made MathML here, when
 * the site is built) and definitions, the estimation lesson's "Numbers worth remembering" table and the LLM serving lesson's
 * "LLM numbers worth remembering" table. Anything missing fails
 * the build, naming the lesson and what was looked for, rather than leaving a hole in the sheet.
 */

/** `file` is the lesson's path in the site ("docs/ml-system-design/metrics.mdx"), for error messages. */
export type SourceLesson = {id: string; title: string; permalink: string; file: string; source: string};
/** A formula as its TeX (the right-hand side of the lesson's definition) and that TeX as MathML. */
export type Formula = {name: string; tex: string; math: MathElement};
export type LessonLink = {title: string; permalink: string};

export type CheatSheetData = {
  framework: {from: LessonLink; title: string; phases: {name: string; minutes: number; questions: string[]}[]};
  pipelines: {from: LessonLink; diagrams: {title: string; stages: unknown[]; edges: unknown[]}[]};
  metrics: {
    from: LessonLink;
    byTask: {caption: string; aspectLabel?: string; options: string[]; rows: {aspect: string; values: string[]}[]};
    formulas: Formula[];
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
/** Formulas read from the metrics lesson's display math (`$$ Name = definition $$`), in this order. */
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

/** The TeX of each display formula (`$$` alone on the lines before and after it) outside fenced code. */
export function displayMath(source: string): string[] {
  const formulas: string[] = [];
  let fence = false;
  let math: string[] | null = null;
  for (const line of source.split('\n')) {
    if (math === null && /^(```|~~~)/.test(line)) {
      fence = !fence;
    } else if (!fence && line.trim() === '$$') {
      if (math) formulas.push(math.join('\n').trim());
      math = math ? null : [];
    } else if (math) {
      math.push(line);
    }
  }
  return formulas;
}

/** TeX split at each `=` outside braces: "a = \frac{b}{c} = d" -> ["a", "\frac{b}{c}", "d"]. */
export function splitAtEquals(tex: string): string[] {
  const parts = [''];
  let depth = 0;
  for (let at = 0; at < tex.length; at += 1) {
    const char = tex[at];
    if (char === '\\') {
      parts[parts.length - 1] += tex.slice(at, at + 2);
      at += 1;
      continue;
    }
    if (char === '{') depth += 1;
    if (char === '}') depth -= 1;
    if (char === '=' && depth === 0) parts.push('');
    else parts[parts.length - 1] += char;
  }
  return parts.map((part) => part.trim());
}

/** The name a formula's left-hand side spells: "\text{log loss}" -> "log loss", "\mathrm{DCG}@k" -> "DCG@k". */
export function plainName(tex: string): string {
  return tex
    .replace(/\\(?:text|mathrm|operatorname)\s*/g, '')
    .replace(/[{}]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Precision = \frac{TP}{TP + FP} = …" -> "\frac{TP}{TP + FP}": the definition, not what follows it. */
export function formulaTex(formulas: readonly string[], name: string): string | undefined {
  for (const tex of formulas) {
    const [left, definition] = splitAtEquals(tex);
    if (definition && plainName(left) === name) return definition;
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
  const displayed = displayMath(metrics.source);
  const formulas = FORMULA_NAMES.map((name): Formula => {
    const tex = formulaTex(displayed, name);
    if (tex === undefined) {
      throw new CheatSheetError(`cheat-sheet: ${metrics.file} no longer shows the formula "${name} = …" as display math ($$ … $$)`);
    }
    try {
      // Inline, so it lines up with its name, but laid out full size like display math.
      return {name, tex, math: texToMathml(tex, {display: false, displayStyle: true})};
    } catch (error) {
      if (!(error instanceof MathError)) throw error;
      throw new CheatSheetError(`cheat-sheet: ${metrics.file}: the formula "${name}" (${tex}) is not valid TeX: ${error.message}`);
    }
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
