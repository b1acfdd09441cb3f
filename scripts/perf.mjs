// npm run perf: build, serve the build compressed (as a static host would), run Lighthouse's mobile
// preset in Debian's Chromium on every page in the sitemap, print a table and the worst of each
// column, write perf-report.json, and fail when a page misses a budget. A page that scores under 100
// on its first run is measured again, and its figures are the median of --runs runs (default 3).
// Options: --no-build (reuse build/), --only=/path,/path (measure some pages), --runs=N.
import {spawn} from 'node:child_process';
import {writeFile} from 'node:fs/promises';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import {ensureChromium} from './chromium.mjs';

const BUDGET = {performance: 98, accessibility: 100, bestPractices: 100, seo: 100, kib: 250};
const PORT = Number(process.env.PERF_PORT ?? 3410);
const BASE = `http://127.0.0.1:${PORT}`;
const args = new Map(process.argv.slice(2).map((arg) => arg.replace(/^--/, '').split('=')).map(([k, v]) => [k, v ?? 'true']));
const runs = Number(args.get('runs') ?? 3);

function run(command, commandArgs) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, {stdio: 'inherit'});
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${commandArgs.join(' ')} exited ${code}`))));
  });
}

async function pagesToMeasure() {
  if (args.has('only')) return args.get('only').split(',');
  const xml = await (await fetch(`${BASE}/sitemap.xml`)).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((match) => new URL(match[1]).pathname)
    .sort();
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measure(chrome, path) {
  const samples = [];
  for (let index = 0; index < (samples[0]?.performance === 100 ? 1 : runs); index += 1) {
    const {lhr} = await lighthouse(`${BASE}${path}`, {port: chrome.port, output: 'json', logLevel: 'error'});
    const score = (id) => Math.round((lhr.categories[id].score ?? 0) * 100);
    samples.push({
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
      tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
      cls: Number(lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3)),
      kib: Math.round(lhr.audits['total-byte-weight'].numericValue / 1024),
    });
  }
  const keys = Object.keys(samples[0]);
  return Object.fromEntries(keys.map((key) => [key, median(samples.map((sample) => sample[key]))]));
}

function failures(result) {
  const problems = [];
  if (result.performance < BUDGET.performance) problems.push(`performance ${result.performance} < ${BUDGET.performance}`);
  if (result.accessibility < BUDGET.accessibility) problems.push(`accessibility ${result.accessibility}`);
  if (result.bestPractices < BUDGET.bestPractices) problems.push(`best practices ${result.bestPractices}`);
  if (result.seo < BUDGET.seo) problems.push(`SEO ${result.seo}`);
  if (result.kib > BUDGET.kib) problems.push(`${result.kib} KiB > ${BUDGET.kib} KiB`);
  return problems;
}

if (args.get('build') !== 'false' && !args.has('no-build')) await run('npx', ['docusaurus', 'build']);
const server = spawn('node', ['scripts/serve-build.mjs', String(PORT)], {stdio: 'ignore'});
await new Promise((resolve) => setTimeout(resolve, 500));
const chrome = await chromeLauncher.launch({
  chromePath: ensureChromium(),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
/** One table line: the page (or "worst") and its figures, in the header's columns. */
function row(label, result) {
  return [
    label.padEnd(48),
    String(result.performance).padStart(4),
    String(result.accessibility).padStart(4),
    String(result.bestPractices).padStart(3),
    String(result.seo).padStart(4),
    String(result.lcpMs).padStart(8),
    String(result.tbtMs).padStart(7),
    result.cls.toFixed(3).padStart(6),
    String(result.kib).padStart(6),
  ].join(' ');
}

const results = [];
try {
  const pages = await pagesToMeasure();
  console.log(`Lighthouse mobile preset on ${pages.length} pages (median of ${runs} runs for a page under 100)`);
  console.log('page'.padEnd(48), 'perf a11y  bp  seo   LCP ms  TBT ms   CLS    KiB');
  for (const path of pages) {
    const result = {path, ...(await measure(chrome, path))};
    result.failures = failures(result);
    results.push(result);
    console.log(row(path, result), result.failures.length ? ` FAIL: ${result.failures.join('; ')}` : '');
  }
} finally {
  await chrome.kill();
  server.kill();
}
const worst = {
  performance: Math.min(...results.map((r) => r.performance)),
  accessibility: Math.min(...results.map((r) => r.accessibility)),
  bestPractices: Math.min(...results.map((r) => r.bestPractices)),
  seo: Math.min(...results.map((r) => r.seo)),
  lcpMs: Math.max(...results.map((r) => r.lcpMs)),
  tbtMs: Math.max(...results.map((r) => r.tbtMs)),
  cls: Math.max(...results.map((r) => r.cls)),
  kib: Math.max(...results.map((r) => r.kib)),
};
console.log(row('worst of each column', worst));
await writeFile('perf-report.json', `${JSON.stringify({budget: BUDGET, runs, worst, pages: results}, null, 2)}\n`);
const failed = results.filter((result) => result.failures.length > 0);
console.log(`perf: ${results.length - failed.length} passed, ${failed.length} failed (report in perf-report.json)`);
process.exit(failed.length > 0 ? 1 : 0);
