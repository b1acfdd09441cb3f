// The one test command (npm test): type check, unit tests, tests of the scripts, the dependency
// audit, production build, builds of broken lessons that must fail, then browser tests against the
// built site. Ends with one summary line.
import {spawn} from 'node:child_process';
import {mkdtemp, readdir, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {ensureChromium} from './chromium.mjs';
import {portIsFree} from './ports.mjs';

const PORT = process.env.E2E_PORT ?? '3210';
const results = [];

/** Runs a command; with capture, its output is also returned (and still shown when echo is set). */
function run(command, args, {env = {}, capture = false, echo = false} = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      env: {...process.env, ...env},
      stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let output = '';
    if (capture) {
      const collect = (stream) => (chunk) => {
        output += chunk;
        if (echo) stream.write(chunk);
      };
      child.stdout.on('data', collect(process.stdout));
      child.stderr.on('data', collect(process.stderr));
    }
    child.on('close', (code) => resolve({code, output}));
  });
}

function record(name, passed, detail = '') {
  results.push({name, passed});
  console.log(`${passed ? 'PASS' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
}

/** A check that could not run here; counted apart, so it never passes silently. */
function recordSkipped(name, reason) {
  results.push({name, passed: false, skipped: true});
  console.log(`SKIP ${name}: ${reason}`);
}

/** Adds the pass and fail counts that node's test runner (spec reporter) printed to the results. */
function recordNodeTests(label, output, code) {
  const count = (name) => Number(new RegExp(`^ℹ ${name} (\\d+)$`, 'm').exec(output)?.[1] ?? NaN);
  const passed = count('pass');
  const failed = count('fail');
  if (Number.isNaN(passed) || Number.isNaN(failed)) {
    record(label, false, `could not read the test counts (exit code ${code})`);
    return;
  }
  for (let index = 0; index < passed; index += 1) results.push({name: `${label} ${index}`, passed: true});
  for (let index = 0; index < failed; index += 1) results.push({name: `${label} failure ${index}`, passed: false});
  if (code !== 0 && failed === 0) record(`${label} run`, false, `exit code ${code}`);
}

async function step(name, command, args, options) {
  console.log(`\n== ${name}`);
  const {code} = await run(command, args, options);
  record(name, code === 0, code === 0 ? '' : `exit code ${code}`);
  return code === 0;
}

async function unitTests() {
  console.log('\n== unit tests (jest)');
  const dir = await mkdtemp(path.join(tmpdir(), 'jest-'));
  const file = path.join(dir, 'results.json');
  const {code} = await run('npx', ['jest', '--ci', '--json', `--outputFile=${file}`]);
  try {
    const report = JSON.parse(await readFile(file, 'utf8'));
    for (const suite of report.testResults) {
      for (const test of suite.assertionResults) {
        results.push({name: test.fullName, passed: test.status === 'passed'});
      }
    }
    console.log(`jest: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
    if (code !== 0 && report.numFailedTests === 0) record('jest run', false, `exit code ${code}`);
  } catch {
    record('jest run', false, `no report (exit code ${code})`);
  } finally {
    await rm(dir, {recursive: true, force: true});
  }
}

async function brokenLessonsFailTheBuild() {
  console.log('\n== a build of lessons with bad front matter fails and names every problem');
  const fixtures = 'plugins/lessons/__fixtures__/invalid/docs';
  const {code, output} = await run('npx', ['docusaurus', 'build', '--out-dir', path.join(tmpdir(), 'invalid-build')], {
    env: {LESSONS_PATH: fixtures},
    capture: true,
  });
  const expected = [
    ['bad-difficulty.mdx', 'difficulty'],
    ['bad-estimated-time.mdx', 'estimated_time'],
    ['unknown-prerequisite.mdx', 'prerequisites'],
    ['cycle-a.mdx', 'prerequisites'],
    ['duplicate-one.mdx', 'title'],
  ];
  const missing = expected.filter(
    ([file, field]) => !output.split('\n').some((line) => line.includes(`${fixtures}/section/${file}: field "${field}"`)),
  );
  const passed = code !== 0 && missing.length === 0;
  record('bad front matter fails the build', passed, passed ? '' : `exit ${code}; not reported: ${missing.map(([file]) => file).join(', ')}`);
  if (!passed) console.log(output.slice(-3000));
}

/** Builds fixture lessons that must fail, and checks the output names each broken target. */
async function brokenFixtureFailsTheBuild(name, fixture, expected) {
  console.log(`\n== ${name}`);
  const {code, output} = await run('npx', ['docusaurus', 'build', '--out-dir', path.join(tmpdir(), `${fixture}-build`)], {
    env: {LESSONS_PATH: `plugins/lessons/__fixtures__/${fixture}/docs`},
    capture: true,
  });
  const missing = expected.filter((text) => !output.includes(text));
  const passed = code !== 0 && missing.length === 0;
  record(name, passed, passed ? '' : `exit ${code}; not reported: ${missing.join(', ')}`);
  if (!passed) console.log(output.slice(-3000));
}

/** Chrome or Chromium, found (or on Debian as root installed) once; the browser tests get it as CHROMIUM_PATH. */
let browser;
function chromiumReady() {
  browser ??= (() => {
    try {
      process.env.CHROMIUM_PATH = ensureChromium();
      console.log(`browser: ${process.env.CHROMIUM_PATH}`);
      return {path: process.env.CHROMIUM_PATH};
    } catch (error) {
      return {problem: error.message};
    }
  })();
  return browser.path !== undefined;
}

async function waitForServer(url, seconds) {
  for (let attempt = 0; attempt < seconds * 4; attempt += 1) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

/**
 * Browser test files that take longest, started first so that the lanes finish close together
 * (measured on a 2-core machine: the sitemap checks, then the /guide/ build, then the page loops).
 */
const SLOW_FILES_FIRST = ['e2e/lessons.test.mjs', 'e2e/base-path.test.mjs', 'e2e/hostile-input.test.mjs', 'e2e/bundle.test.mjs'];
/** How many browser test files run at once. Each has its own Chromium and contexts and only reads the served site. */
const BROWSER_LANES = Math.max(1, Number(process.env.E2E_LANES ?? 2));
const fileTimes = [];

async function browserTestFiles() {
  const files = (await readdir('e2e')).filter((file) => file.endsWith('.test.mjs')).map((file) => `e2e/${file}`).sort();
  const rank = (file) => (SLOW_FILES_FIRST.includes(file) ? SLOW_FILES_FIRST.indexOf(file) : SLOW_FILES_FIRST.length);
  return files.sort((a, b) => rank(a) - rank(b));
}

/**
 * Serves a built site (once) and runs browser test files against it, `lanes` files at a time, each
 * in its own node --test process; each node:test result counts in the summary. With more than one
 * lane a file's output is printed when it ends, so outputs do not interleave.
 */
async function browserTests(name, files, {dir = 'build', port = PORT, lanes = 1} = {}) {
  console.log(`\n== ${name}`);
  if (!chromiumReady()) {
    record(name, false, browser.problem);
    return;
  }
  // Another server on the port would answer in place of this build, and its pages would be tested.
  if (!(await portIsFree(port))) {
    record(`${name}: serve ${dir}`, false, `port ${port} is already in use on 127.0.0.1: stop what is using it, or set E2E_PORT to a free port (this stage uses E2E_PORT and E2E_PORT + 1)`);
    return;
  }
  const server = spawn('npx', ['docusaurus', 'serve', '--dir', dir, '--port', String(port), '--host', '127.0.0.1', '--no-open'], {
    stdio: 'ignore',
    detached: true,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    if (!(await waitForServer(`${baseUrl}/`, 60))) {
      record(`${name}: serve ${dir}`, false, `nothing answered at ${baseUrl}`);
      return;
    }
    const queue = [...files];
    const lane = async () => {
      while (queue.length > 0) {
        const file = queue.shift();
        const started = Date.now();
        if (lanes > 1) console.log(`   started ${file}`);
        const {code, output} = await run('node', ['--test', '--test-reporter=spec', file], {
          env: {E2E_BASE_URL: baseUrl},
          capture: true,
          echo: lanes === 1,
        });
        const seconds = (Date.now() - started) / 1000;
        if (lanes > 1) process.stdout.write(`\n-- ${file}\n${output}`);
        console.log(`-- ${file}: ${seconds.toFixed(1)} s`);
        fileTimes.push([file, seconds]);
        recordNodeTests(`${name}: ${file}`, output, code);
      }
    };
    await Promise.all(Array.from({length: Math.min(lanes, files.length)}, lane));
  } finally {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // The server already exited (e.g. its port was taken); there is nothing left to stop.
    }
  }
}

/** Builds the hostile fixture (HTML and script in every front-matter value) and checks it renders as text. */
async function hostileFrontMatterIsText() {
  const name = 'hostile front matter is shown as text';
  console.log(`\n== ${name}: build`);
  const dir = path.join(tmpdir(), 'hostile-build');
  const {code, output} = await run('npx', ['docusaurus', 'build', '--out-dir', dir], {
    env: {LESSONS_PATH: 'plugins/lessons/__fixtures__/hostile/docs'},
    capture: true,
  });
  if (code !== 0) {
    record(name, false, `the fixture did not build (exit ${code})`);
    console.log(output.slice(-3000));
    return;
  }
  await browserTests(name, ['e2e/hostile-front-matter.fixture.mjs'], {dir, port: Number(PORT) + 1});
}

async function scriptTests() {
  console.log('\n== tests of the scripts and the deployment workflow (node:test)');
  // Named one by one: given the folder, node would also run this file (it matches test.mjs).
  const files = (await readdir('scripts')).filter((file) => file.endsWith('.test.mjs')).map((file) => `scripts/${file}`);
  const {code, output} = await run('node', ['--test', '--test-reporter=spec', ...files], {capture: true, echo: true});
  recordNodeTests('scripts', output, code);
}

async function dependencyAudit() {
  console.log('\n== npm audit --omit=dev (no high or critical advisory without a reason in the README)');
  const {code, output} = await run('node', ['scripts/audit.mjs'], {capture: true, echo: true});
  if (code === 2) recordSkipped('npm audit', /skipped: (.*)/.exec(output)?.[1] ?? 'the advisory service could not be asked');
  else record('npm audit', code === 0, code === 0 ? '' : 'see the advisories above');
}

const stageTimes = [];
/** Runs one stage of the test command and notes how long it took. */
async function stage(name, run) {
  const started = Date.now();
  try {
    return await run();
  } finally {
    const seconds = (Date.now() - started) / 1000;
    stageTimes.push([name, seconds]);
    console.log(`-- ${name}: ${seconds.toFixed(1)} s`);
  }
}

await stage('type check', () => step('type check (tsc)', 'npx', ['tsc', '-p', '.']));
await stage('unit tests', unitTests);
await stage('script tests', scriptTests);
await stage('dependency audit', dependencyAudit);
const built = await stage('production build', () =>
  step('production build (front matter, links and anchors checked)', 'npx', ['docusaurus', 'build']),
);
await stage('HTML validity', async () => {
  if (!built) {
    record('valid HTML (Nu HTML Checker)', false, 'skipped: the build failed');
    return;
  }
  await step('valid HTML (Nu HTML Checker over every built page)', 'node', ['scripts/check-html.mjs', 'build']);
});
await stage('search quality', async () => {
  if (!built) record('search quality', false, 'skipped: the build failed');
  else await step('search quality (recall@3 and MRR of the query set, at least 95%)', 'node', ['scripts/search-quality.mjs']);
});
await stage('broken-lesson builds', async () => {
  await brokenLessonsFailTheBuild();
  await brokenFixtureFailsTheBuild('a broken link fails the build', 'broken-links', ['linking to /no-such-lesson']);
  await brokenFixtureFailsTheBuild('a broken anchor fails the build', 'broken-anchor', [
    'linking to /foundations/system-design-framework#no-such-heading',
  ]);
  await brokenFixtureFailsTheBuild('a broken Markdown file link fails the build', 'broken-markdown-link', [
    '../case-studies/missing.mdx',
  ]);
  await brokenFixtureFailsTheBuild('a formula that is not valid TeX fails the build, naming the lesson and the formula', 'bad-tex', [
    'plugins/lessons/__fixtures__/bad-tex/docs/ml-system-design/lesson.mdx: the formula "\\text{Recall} = \\frac{\\mathrm{TP}}{\\mathrm{TP} + \\mathrm{FN}" is not valid TeX',
  ]);
  await brokenFixtureFailsTheBuild('lesson components with bad props fail the build, naming each lesson', 'bad-props', [
    'Can\'t render static file for pathname "/foundations/negative-minutes"',
    'minutes is -5, must be a positive number',
    'Can\'t render static file for pathname "/ml-system-design/missing-stage"',
    'to "rerank" is not the id of a stage',
    'Can\'t render static file for pathname "/case-studies/empty-table"',
    'rows: give at least one row',
    'Can\'t render static file for pathname "/foundations/impossible-calculator"',
    'peakFactor: is -3; At least 1.',
  ]);
});
await stage('hostile front matter', hostileFrontMatterIsText);
await stage('browser tests', async () => {
  if (built) {
    await browserTests('browser tests (Chromium) against the built site', await browserTestFiles(), {lanes: BROWSER_LANES});
  } else {
    record('browser tests', false, 'skipped: the build failed');
  }
});

console.log('\nTime per stage:');
for (const [name, seconds] of stageTimes) console.log(`  ${name.padEnd(24)} ${seconds.toFixed(1).padStart(7)} s`);
console.log(`  ${'total'.padEnd(24)} ${stageTimes.reduce((sum, [, seconds]) => sum + seconds, 0).toFixed(1).padStart(7)} s`);
if (fileTimes.length > 0) {
  console.log('\nTime per browser test file (they run in parallel, so these add up to more than the stage):');
  for (const [file, seconds] of fileTimes.sort((a, b) => b[1] - a[1])) console.log(`  ${file.padEnd(32)} ${seconds.toFixed(1).padStart(7)} s`);
}

const passed = results.filter((result) => result.passed).length;
const skipped = results.filter((result) => result.skipped).length;
const failed = results.length - passed - skipped;
if (failed > 0) {
  console.log('\nFailed:');
  for (const result of results.filter((item) => !item.passed && !item.skipped)) console.log(`  - ${result.name}`);
}
if (skipped > 0) console.log(`\nSkipped: ${results.filter((item) => item.skipped).map((item) => item.name).join(', ')}`);
console.log(`\nSummary: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || results.length === 0 ? 1 : 0);
