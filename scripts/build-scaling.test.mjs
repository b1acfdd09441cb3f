// The pure parts of npm run perf:build: the synthetic lessons, the line fit and the verdict.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtemp, readFile, readdir, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {judgeScaling, LIMIT_SECONDS, lessonIds, linearFit, syntheticLesson, writeSyntheticLessons} from './build-scaling.mjs';

test('a synthetic set has the lessons the site links to, spread over the three sections', () => {
  const ids = lessonIds(200);
  assert.equal(new Set(ids).size, 200);
  for (const id of ['foundations/system-design-framework', 'ml-system-design/introduction', 'ml-system-design/problem-framing']) {
    assert.ok(ids.includes(id), id);
  }
  for (const section of ['foundations', 'ml-system-design', 'case-studies']) {
    assert.ok(ids.filter((id) => id.startsWith(`${section}/`)).length >= 60, section);
  }
});

test('a synthetic lesson is about 2,500 words, uses every component and links its prerequisites', async () => {
  const ids = lessonIds(50);
  const text = syntheticLesson(ids, 40);
  const {frontMatter, content} = await DEFAULT_PARSE_FRONT_MATTER({filePath: 'x.mdx', fileContent: text});
  const words = content.split(/\s+/).filter(Boolean).length;
  assert.ok(words >= 2_200 && words <= 3_000, `${words} words`);
  for (const component of ['<ComparisonTable', '<PipelineDiagram', '<FrameworkTimeline', '<SelfCheck']) {
    assert.ok(content.includes(component), component);
  }
  assert.deepEqual(frontMatter.prerequisites, ['Synthetic Lesson 39', 'Synthetic Lesson 19']);
  assert.match(content, new RegExp(`\\]\\(/${ids[39]}\\)`));
  assert.deepEqual(Object.keys(frontMatter).sort(), [
    'companies', 'description', 'difficulty', 'estimated_time', 'keywords', 'prerequisites', 'sidebar_position', 'title',
  ]);
});

test('every prerequisite names a lesson of the same set written before it, so there is no cycle', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'synthetic-'));
  try {
    const ids = await writeSyntheticLessons(dir, 30);
    const titles = [];
    for (const [index, id] of ids.entries()) {
      const {frontMatter} = await DEFAULT_PARSE_FRONT_MATTER({filePath: id, fileContent: await readFile(path.join(dir, `${id}.mdx`), 'utf8')});
      for (const prerequisite of frontMatter.prerequisites) assert.ok(titles.includes(prerequisite), `${id} needs ${prerequisite}`);
      titles.push(frontMatter.title);
      assert.equal(frontMatter.sidebar_position, index);
    }
    assert.deepEqual((await readdir(dir)).sort(), ['case-studies', 'foundations', 'ml-system-design']);
  } finally {
    await rm(dir, {recursive: true, force: true});
  }
});

test('the fit finds the line through exact points, and R² drops for a curve', () => {
  const line = linearFit([[25, 20], [50, 30], [100, 50], [200, 90]]);
  assert.ok(Math.abs(line.slope - 0.4) < 1e-9 && Math.abs(line.intercept - 10) < 1e-9);
  assert.ok(Math.abs(line.r2 - 1) < 1e-12);
  assert.ok(linearFit([[25, 1], [50, 4], [100, 16], [200, 64]]).r2 < 0.98);
});

test('the verdict passes linear growth with noise and fails quadratic growth or a slow largest build', () => {
  assert.deepEqual(judgeScaling([[25, 20], [50, 31], [100, 49], [200, 92]]).problems, []);
  const quadratic = judgeScaling([25, 50, 100, 200].map((n) => [n, 15 + 0.002 * n * n]));
  assert.equal(quadratic.problems.length, 1);
  assert.match(quadratic.problems[0], /super-linear/);
  const slow = judgeScaling([[25, 40], [50, 70], [100, 120], [200, LIMIT_SECONDS + 5]]);
  assert.match(slow.problems.join(), /200 lessons took 185\.0 s/);
});
