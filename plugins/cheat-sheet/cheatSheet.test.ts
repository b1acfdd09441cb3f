import {readFileSync} from 'node:fs';
import path from 'node:path';
import {buildCheatSheet, CHEAT_SHEET_SOURCES, definitionBullets, formulaFrom, tableAfterHeading, type SourceLesson} from './cheatSheet';

const siteDir = path.resolve(__dirname, '../..');
const realLessons = new Map<string, SourceLesson>(
  [...new Set(Object.values(CHEAT_SHEET_SOURCES))].map((id) => [
    id,
    {id, title: id, permalink: `/${id}`, source: readFileSync(path.join(siteDir, 'docs', `${id}.mdx`), 'utf8')},
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
    expect(sheet.metrics.formulas).toContainEqual({name: 'Precision', formula: 'TP / (TP + FP)'});
    expect(sheet.metrics.formulas).toContainEqual({name: 'NDCG@k', formula: 'DCG@k / IDCG@k'});
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
  test('formulaFrom takes the definition, not the worked example', () => {
    expect(formulaFrom(['Recall    = TP / (TP + FN)        = 70 / 100   = 0.700'], 'Recall')).toBe('TP / (TP + FN)');
    expect(formulaFrom(['Recall is nice'], 'Recall')).toBeUndefined();
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
    const noNumbers = new Map(realLessons);
    noNumbers.delete('foundations/estimation');
    expect(() => buildCheatSheet(noNumbers)).toThrow('"foundations/estimation" does not exist');
  });
});
