// npm run perf:build: how the production build time grows with the number of lessons.
// Builds the real lessons, then generated sets of synthetic lessons (realistic length, the site's
// components, prerequisites between them, the three curriculum sections) from a temporary folder,
// each cold (no persistent bundler cache, as on a fresh CI machine) into a temporary output folder.
// Prints a table and a least-squares line over the synthetic builds, writes build-scaling.json, and
// fails when the largest build takes 180 s or more, or when growth is clearly super-linear: each extra
// lesson between the two largest sets costing more than 1.5 times what each extra lesson cost from the
// smallest set to the second largest (wide spans, so that a few seconds of noise cannot decide it).
// Options: --sizes=25,50,100,200 (synthetic set sizes), --no-real (skip the real lessons).
import {spawn} from 'node:child_process';
import {mkdir, mkdtemp, readdir, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';

export const LIMIT_SECONDS = 180;
export const MAX_MARGINAL_RATIO = 1.5;

const SECTIONS = ['foundations', 'ml-system-design', 'case-studies'];
// Pages and navigation link to these lessons, so every set has them (the build fails on broken links).
const LINKED_LESSONS = ['foundations/system-design-framework', 'ml-system-design/introduction', 'ml-system-design/problem-framing'];
const WORDS = (
  'model feature label training serving latency throughput embedding ranking retrieval candidate ' +
  'metric precision recall calibration drift monitoring pipeline batch stream store freshness ' +
  'cache replica shard index query user item click impression conversion budget trade-off baseline ' +
  'experiment variance sample bias fairness privacy cost memory GPU quantization distillation ' +
  'offline online objective loss gradient regularization validation holdout leakage join window'
).split(' ');
const COMPANIES = ['Google', 'Meta', 'Amazon', 'Netflix', 'Uber', 'LinkedIn', 'Airbnb', 'Pinterest'];
const DIFFICULTIES = ['Beginner', 'Intermediate', 'Advanced'];

/** A small deterministic generator, so every run builds the same lessons. */
function random(seed) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

function sentence(next, words) {
  const text = Array.from({length: words}, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

function paragraph(next, sentences = 6) {
  return Array.from({length: sentences}, () => sentence(next, 8 + Math.floor(next() * 10))).join(' ');
}

/** Lesson ids for a set of n: the linked lessons first, then numbered ones spread over the sections. */
export function lessonIds(count) {
  const ids = LINKED_LESSONS.slice(0, count);
  for (let index = ids.length; index < count; index += 1) {
    ids.push(`${SECTIONS[index % SECTIONS.length]}/topic-${String(index).padStart(3, '0')}`);
  }
  return ids;
}

const titleOf = (id, index) => (index < LINKED_LESSONS.length ? `Lesson ${id}` : `Synthetic Lesson ${index}`);

/** One synthetic lesson's MDX: about 2,500 words, every component, links to its prerequisites. */
export function syntheticLesson(ids, index) {
  const next = random(index + 1);
  const id = ids[index];
  const prerequisites = [index - 1, Math.floor(index / 2) - 1].filter((other, position, all) => other >= 0 && all.indexOf(other) === position);
  const yamlList = (items) => `[${items.map((item) => JSON.stringify(item)).join(', ')}]`;
  const frontMatter = [
    '---',
    `title: ${JSON.stringify(titleOf(id, index))}`,
    `description: ${JSON.stringify(sentence(next, 20))}`,
    `keywords: ${yamlList([WORDS[index % WORDS.length], `topic ${index}`, 'synthetic'])}`,
    `sidebar_position: ${index}`,
    `difficulty: ${DIFFICULTIES[index % DIFFICULTIES.length]}`,
    `estimated_time: ${15 + (index % 6) * 5} minutes`,
    `prerequisites: ${yamlList(prerequisites.map((other) => titleOf(ids[other], other)))}`,
    `companies: ${yamlList(COMPANIES.filter((_, position) => (index + position) % 3 === 0))}`,
    '---',
  ].join('\n');
  const sections = [];
  for (let part = 1; part <= 9; part += 1) {
    sections.push(`## Part ${part}: ${sentence(next, 3).slice(0, -1)}`, paragraph(next), paragraph(next));
    sections.push(`### Worked numbers ${part}`, paragraph(next, 5));
    if (part === 1 && prerequisites.length > 0) {
      sections.push(`Read [the prerequisite](/${ids[prerequisites[0]]}) first; it sets up the terms used here.`);
    }
    if (part === 2) {
      sections.push(`<ComparisonTable caption="Options compared ${index}" options={['Batch', 'Online', 'Hybrid']}
  rows={[
    {aspect: 'Latency', values: ['1 ms lookup', '50 ms model call', '5 ms cache then model']},
    {aspect: 'Freshness', values: ['hours', 'seconds', 'minutes']},
    {aspect: 'Cost', values: ['low', 'high', 'medium']},
  ]} />`);
    }
    if (part === 3) {
      sections.push(`<PipelineDiagram title="Serving path ${index}" stages={[
  {id: 'request', label: 'Request'}, {id: 'candidates', label: 'Candidates', note: '10 ms'},
  {id: 'ranking', label: 'Ranking', note: '30 ms'}, {id: 'response', label: 'Response'},
]} edges={[{from: 'request', to: 'candidates'}, {from: 'candidates', to: 'ranking'}, {from: 'ranking', to: 'response'}]} />`);
    }
    if (part === 4) {
      sections.push(`<FrameworkTimeline title="45 minutes" phases={[
  {name: 'Requirements', minutes: 5, questions: ['Who uses it?']},
  {name: 'Data and features', minutes: 10, questions: ['Where do labels come from?']},
  {name: 'Model', minutes: 15, questions: ['What is the baseline?']},
  {name: 'Serving and monitoring', minutes: 15, questions: ['What is the latency budget?']},
]} />`);
    }
    if (part === 5 || part === 7) {
      sections.push(`<SelfCheck question="${sentence(next, 9).slice(0, -1)}?">\n\n${paragraph(next, 4)}\n\n</SelfCheck>`);
    }
    if (part === 6) {
      sections.push(`| Quantity | Value | Note |\n|---|---|---|\n${Array.from({length: 6}, (_, row) => `| ${WORDS[row]} | ${row * 37 + index} | ${sentence(next, 5)} |`).join('\n')}`);
      sections.push('```python\ndef recall_at_k(ranked, relevant, k):\n    return len(set(ranked[:k]) & relevant) / len(relevant)\n```');
    }
  }
  return `${frontMatter}\n\n${sections.join('\n\n')}\n`;
}

/** Writes a set of `count` synthetic lessons under dir, in the three section folders. */
export async function writeSyntheticLessons(dir, count) {
  const ids = lessonIds(count);
  for (const section of SECTIONS) await mkdir(path.join(dir, section), {recursive: true});
  await Promise.all(ids.map((id, index) => writeFile(path.join(dir, `${id}.mdx`), syntheticLesson(ids, index))));
  return ids;
}

/** Least-squares line through (x, y) points, with R². */
export function linearFit(points) {
  const n = points.length;
  const meanX = points.reduce((sum, [x]) => sum + x, 0) / n;
  const meanY = points.reduce((sum, [, y]) => sum + y, 0) / n;
  const sxx = points.reduce((sum, [x]) => sum + (x - meanX) ** 2, 0);
  const sxy = points.reduce((sum, [x, y]) => sum + (x - meanX) * (y - meanY), 0);
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  const total = points.reduce((sum, [, y]) => sum + (y - meanY) ** 2, 0);
  const residual = points.reduce((sum, [x, y]) => sum + (y - (intercept + slope * x)) ** 2, 0);
  return {slope, intercept, r2: total === 0 ? 1 : 1 - residual / total};
}

/**
 * The verdict on a series of (lessons, seconds) points sorted by size: the largest build must stay
 * under the limit, and the marginal cost per lesson (seconds per extra lesson) between the two
 * largest sets must not exceed MAX_MARGINAL_RATIO times the one from the smallest to the second largest.
 * Quadratic growth over 25, 100, 200 lessons gives a ratio of 2.4; linear growth gives 1.
 */
export function judgeScaling(points) {
  const problems = [];
  const [largestLessons, largestSeconds] = points.at(-1);
  if (largestSeconds >= LIMIT_SECONDS) problems.push(`${largestLessons} lessons took ${largestSeconds.toFixed(1)} s (limit ${LIMIT_SECONDS} s)`);
  const marginal = (a, b) => (b[1] - a[1]) / (b[0] - a[0]);
  const first = marginal(points[0], points.at(-2));
  const last = marginal(points.at(-2), points.at(-1));
  const ratio = last / Math.max(first, 1e-9);
  if (points.length >= 3 && ratio > MAX_MARGINAL_RATIO) {
    problems.push(`super-linear: each extra lesson costs ${last.toFixed(3)} s between the two largest sets, ${first.toFixed(3)} s up to the second largest (${ratio.toFixed(2)}x > ${MAX_MARGINAL_RATIO}x)`);
  }
  return {marginalFirst: first, marginalLast: last, marginalRatio: ratio, problems};
}

function timedBuild(lessonsPath, outDir) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn('npx', ['docusaurus', 'build', '--out-dir', outDir], {
      env: {...process.env, LESSONS_PATH: lessonsPath, DOCUSAURUS_NO_PERSISTENT_CACHE: 'true'},
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({code, output, seconds: Number(process.hrtime.bigint() - started) / 1e9}));
  });
}

async function countLessons(dir) {
  const entries = await readdir(dir, {recursive: true});
  return entries.filter((entry) => /\.mdx?$/.test(entry)).length;
}

async function main() {
  const args = new Map(process.argv.slice(2).map((arg) => arg.replace(/^--/, '').split('=')).map(([k, v]) => [k, v ?? 'true']));
  const sizes = (args.get('sizes') ?? '25,50,100,200').split(',').map(Number).sort((a, b) => a - b);
  const work = await mkdtemp(path.join(tmpdir(), 'build-scaling-'));
  const rows = [];
  let failed = false;
  const measure = async (label, lessonsPath, lessons) => {
    const result = await timedBuild(lessonsPath, path.join(work, `out-${label}`));
    await rm(path.join(work, `out-${label}`), {recursive: true, force: true});
    if (result.code !== 0) {
      console.log(result.output.slice(-3000));
      throw new Error(`the ${label} build failed (exit ${result.code})`);
    }
    const row = {set: label, lessons, seconds: Number(result.seconds.toFixed(1)), secondsPerLesson: Number((result.seconds / lessons).toFixed(3))};
    rows.push(row);
    console.log(`${row.set.padEnd(14)} ${String(row.lessons).padStart(7)} ${row.seconds.toFixed(1).padStart(8)} ${row.secondsPerLesson.toFixed(3).padStart(10)}`);
  };
  try {
    console.log(`Cold production builds on ${(await import('node:os')).cpus().length} cores`);
    console.log(`${'set'.padEnd(14)} lessons  seconds  s/lesson`);
    if (!args.has('no-real')) await measure('real', 'docs', await countLessons('docs'));
    for (const size of sizes) {
      const dir = path.join(work, `lessons-${size}`);
      await writeSyntheticLessons(dir, size);
      await measure(`synthetic-${size}`, dir, size);
    }
  } catch (error) {
    console.error(String(error));
    failed = true;
  } finally {
    await rm(work, {recursive: true, force: true});
  }
  const synthetic = rows.filter((row) => row.set.startsWith('synthetic')).map((row) => [row.lessons, row.seconds]);
  let fit;
  let verdict = {problems: failed ? ['a build failed'] : []};
  if (synthetic.length >= 2) {
    fit = linearFit(synthetic);
    verdict = {...judgeScaling(synthetic), problems: [...verdict.problems, ...judgeScaling(synthetic).problems]};
    console.log(
      `linear fit over the synthetic sets: seconds = ${fit.intercept.toFixed(1)} + ${fit.slope.toFixed(3)} x lessons (R² ${fit.r2.toFixed(3)});` +
        ` each extra lesson costs ${verdict.marginalFirst.toFixed(3)} s up to the second largest set, ${verdict.marginalLast.toFixed(3)} s between the two largest`,
    );
  }
  await writeFile('build-scaling.json', `${JSON.stringify({date: new Date().toISOString(), limitSeconds: LIMIT_SECONDS, maxMarginalRatio: MAX_MARGINAL_RATIO, rows, fit, verdict}, null, 2)}\n`);
  for (const problem of verdict.problems) console.log(`FAIL: ${problem}`);
  console.log(`perf:build: ${verdict.problems.length === 0 ? 'passed' : 'failed'} (report in build-scaling.json)`);
  process.exit(verdict.problems.length === 0 ? 0 : 1);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
