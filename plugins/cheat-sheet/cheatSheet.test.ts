import {readFileSync} from 'node:fs';
import path from 'node:path';
import {mathmlText} from '../math/texToMathml';
import {
  buildCheatSheet,
  CHEAT_SHEET_SOURCES,
  definitionBullets,
  displayMath,
  FORMULA_NAMES,
  formulaTex,
  plainName,
  splitAtEquals,
  tableAfterHeading,
  type SourceLesson,
} from './cheatSheet';

const siteDir = path.resolve(__dirname, '../..');
const realLessons = new Map<string, SourceLesson>(
  [...new Set(Object.values(CHEAT_SHEET_SOURCES))].map((id) => [
    id,
    {id, title: id, permalink: `/${id}`, file: `docs/${id}.mdx`, source: readFileSync(path.join(siteDir, 'docs', `${id}.mdx`), 'utf8')},
  ]),
);

describe('the cheat sheet from the real lessons', () => {
  const sheet = buildCheatSheet(realLessons);
  test('framework phases add up to the lesson timeline', () => {
    expect(sheet.framework.phases.map((phase) => phase.name)).toEqual([
      'Problem definition',
      'Data',
      'Model',
      'Serving',
      'Monitoring, iteration and wrap-up',
    ]);
    expect(sheet.framework.phases.reduce((sum, phase) => sum + phase.minutes, 0)).toBe(45);
  });
  test('pipelines, metrics and numbers are read', () => {
    expect(sheet.pipelines.diagrams.map((diagram) => diagram.title)).toEqual([
      'Data pipeline',
      'Training pipeline',
      'Serving infrastructure',
      'The loop from serving back to training',
    ]);
    expect(sheet.metrics.byTask.rows.map((row) => row.aspect)).toContain('Ranking with graded labels (search)');
    expect(sheet.metrics.formulas.map((formula) => formula.name)).toEqual(FORMULA_NAMES);
    const precision = sheet.metrics.formulas[0];
    expect(precision.tex).toBe(String.raw`\frac{\mathrm{TP}}{\mathrm{TP} + \mathrm{FP}}`);
    // MathML made at build time: a fraction of identifiers, laid out full size, with its TeX as text.
    expect(mathmlText(precision.math)).toMatch(/^<math displaystyle="true"><semantics><mfrac><mpadded lspace="0"><mi>TP<\/mi>/);
    expect(mathmlText(precision.math)).toContain('<annotation encoding="application/x-tex">\\frac{\\mathrm{TP}}');
    expect(sheet.metrics.formulas.find((formula) => formula.name === 'NDCG@k')?.tex).toBe(String.raw`\frac{\mathrm{DCG}@k}{\mathrm{IDCG}@k}`);
    // The definition only: F1's second form is the lesson's, not the sheet's.
    expect(sheet.metrics.formulas.find((formula) => formula.name === 'F1')?.tex).toBe(String.raw`\frac{2 \cdot P \cdot R}{P + R}`);
    expect(sheet.metrics.online).toContainEqual({name: 'Click-through rate (CTR)', formula: 'clicks / impressions'});
    expect(sheet.numbers.header).toEqual(['Quantity', 'Approximate value', 'How you use it']);
    expect(sheet.numbers.rows).toContainEqual(['Seconds in a day', '86,400 ≈ 10^5', 'requests/day ÷ 10^5 ≈ average QPS (about 14% low)']);
    expect(sheet.llmNumbers.header).toEqual(['Quantity', 'Formula', 'Worked value']);
    expect(sheet.llmNumbers.rows.map((row) => row[0])).toEqual(
      expect.arrayContaining(['Weights in memory', 'KV cache per token', 'Decode step (memory-bound)', '$ per 1M output tokens']),
    );
  });
});

describe('readers', () => {
  test('display math is read outside code fences only', () => {
    const source = ['Text with $5 and $6.', '$$', String.raw`\text{A} = 1`, '$$', '```text', '$$', 'B = 2', '$$', '```', '$$', 'C = 3', 'D', '$$'].join('\n');
    expect(displayMath(source)).toEqual([String.raw`\text{A} = 1`, 'C = 3\nD']);
  });
  test('formulaTex takes the definition by the name its left side spells, not what follows it', () => {
    expect(splitAtEquals(String.raw`a = \sum_{i=1}^{k} b = c`)).toEqual(['a', String.raw`\sum_{i=1}^{k} b`, 'c']);
    expect(splitAtEquals(String.raw`a \= b`)).toEqual([String.raw`a \= b`]);
    expect(plainName(String.raw`\text{log loss}`)).toBe('log loss');
    expect(plainName(String.raw`\mathrm{DCG}@k`)).toBe('DCG@k');
    const formulas = [String.raw`\text{Recall is nice}`, String.raw`\text{Recall} = \frac{TP}{TP + FN} = \frac{70}{100}`];
    expect(formulaTex(formulas, 'Recall')).toBe(String.raw`\frac{TP}{TP + FN}`);
    expect(formulaTex(formulas, 'Precision')).toBeUndefined();
    expect(formulaTex([String.raw`\text{Recall} =`], 'Recall')).toBeUndefined();
  });
  test('definition bullets', () => {
    expect(definitionBullets('- **CTR** = clicks / impressions. 3%.\n- **Other** is not a definition.\n')).toEqual([
      {name: 'CTR', formula: 'clicks / impressions'},
    ]);
  });
  test('tables after a heading, with Markdown emphasis removed', () => {
    const source = '## Numbers\n\nText.\n\n| A | B |\n|---|---|\n| **x** | `y` |\n\n## Next\n';
    expect(tableAfterHeading(source, 'Numbers')).toEqual({header: ['A', 'B'], rows: [['x', 'y']]});
    expect(tableAfterHeading(source, 'Next')).toBeUndefined();
    expect(tableAfterHeading(source, 'Missing')).toBeUndefined();
  });
  test('a lesson that lost its data fails with a message naming it', () => {
    const broken = new Map(realLessons);
    const metrics = broken.get('ml-system-design/metrics')!;
    broken.set('ml-system-design/metrics', {...metrics, source: metrics.source.replace('Offline metric by task', 'Renamed')});
    expect(() => buildCheatSheet(broken)).toThrow('ml-system-design/metrics has no <ComparisonTable caption="Offline metric by task">');
    const metricsWith = (source: string) => new Map(realLessons).set('ml-system-design/metrics', {...metrics, source});
    expect(() => buildCheatSheet(metricsWith(metrics.source.replace(String.raw`\text{Recall} =`, String.raw`\text{Sensitivity} =`)))).toThrow(
      'cheat-sheet: docs/ml-system-design/metrics.mdx no longer shows the formula "Recall = …" as display math ($$ … $$)',
    );
    const noNumbers = new Map(realLessons);
    noNumbers.delete('foundations/estimation');
    expect(() => buildCheatSheet(noNumbers)).toThrow('"foundations/estimation" does not exist');
  });
});

test('bad TeX in a formula fails naming the lesson file, the formula and the reason', () => {
  const metrics = realLessons.get('ml-system-design/metrics')!;
  const bad = metrics.source.replace(String.raw`\text{Accuracy} = \frac{`, String.raw`\text{Accuracy} = \fracc{`);
  expect(bad).not.toBe(metrics.source);
  expect(() => buildCheatSheet(new Map(realLessons).set(metrics.id, {...metrics, source: bad}))).toThrow(
    String.raw`cheat-sheet: docs/ml-system-design/metrics.mdx: the formula "Accuracy" (\fracc{\mathrm{TP} + \mathrm{TN}}{\text{total}}) is not valid TeX: Unsupported function name: \fracc`,
  );
  const unclosed = metrics.source.replace(String.raw`\mathrm{NDCG}@k = \frac{\mathrm{DCG}@k}{\mathrm{IDCG}@k}`, String.raw`\mathrm{NDCG}@k = \frac{\mathrm{DCG}@k}{\mathrm{IDCG}@k`);
  expect(() => buildCheatSheet(new Map(realLessons).set(metrics.id, {...metrics, source: unclosed}))).toThrow(
    /^cheat-sheet: docs\/ml-system-design\/metrics\.mdx: the formula "NDCG@k" .* is not valid TeX: /,
  );
});
