import fs from 'fs';
import path from 'path';
import {GUIDANCE, phaseKinds, rubricLevels} from './guidance';

describe('phaseKinds', () => {
  test.each([
    ['Clarify requirements and scale', ['clarify']],
    ['Problem definition', ['clarify', 'frame']],
    ['Frame the task and metrics', ['frame']],
    ['Framing and the value model', ['frame']],
    ['Labels and the ranking model', ['data', 'model']],
    ['Ranking model and features', ['features', 'model']],
    ['Retrieval, ranker and re-ranking', ['model', 'architecture']],
    ['Serving and monitoring', ['serving', 'monitoring']],
    ['Evaluation, monitoring, wrap-up', ['evaluation', 'monitoring', 'wrapUp']],
    ['Precision vs recall', ['evaluation']],
    ['Guardrails', ['safety']],
    ['Moment retrieval', ['architecture']],
    ['Something new', ['deepDive']],
  ])('"%s" is %j', (name, kinds) => {
    expect(phaseKinds(name)).toEqual(kinds);
  });

  test('every phase of every lesson timeline gets guidance', () => {
    const docs = path.resolve(__dirname, '../../../../docs');
    const names = fs
      .readdirSync(docs, {recursive: true})
      .filter((file) => String(file).endsWith('.mdx'))
      .flatMap((file) => [...fs.readFileSync(path.join(docs, String(file)), 'utf8').matchAll(/\{name: '([^']+)', minutes/g)])
      .map((match) => match[1]);
    expect(names.length).toBeGreaterThan(90);
    for (const name of names) {
      const kinds = phaseKinds(name);
      expect(kinds.length).toBeGreaterThan(0);
      kinds.forEach((kind) => expect(GUIDANCE[kind]).toBeDefined());
    }
  });
});

test('rubric levels go from missing to strong, with a phase-specific top descriptor', () => {
  const levels = rubricLevels(['data', 'model']);
  expect(levels.map((level) => `${level.score} ${level.label}`)).toEqual(['1 Missing', '2 Partial', '3 Solid', '4 Strong']);
  expect(levels[3].descriptor).toBe(`${GUIDANCE.data.strong} ${GUIDANCE.model.strong}`);
});
