// The cost of a first search, as a reader on a phone meets it: against a served build (gzip, as
// scripts/serve-build.mjs serves it), opens a lesson, lets it load, then focuses the navbar box and
// types a query with the CPU throttled 4x (Chromium via CDP). Prints the bytes transferred from the
// focus to the first suggestion (compressed, what the network carried) and the time from the focus
// to the first suggestion, the median of several runs in fresh contexts.
//   node scripts/serve-build.mjs 3460 &  node scripts/search-perf.mjs http://127.0.0.1:3460 [runs]
import {chromium} from 'playwright-core';
import {findChromium} from './chromium.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:3460';
const runs = Number(process.argv[3] ?? 5);
const QUERY = 'kv cache';

const browser = await chromium.launch({executablePath: findChromium() ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu']});
const samples = [];
for (let run = 0; run < runs; run += 1) {
  const context = await browser.newContext({viewport: {width: 390, height: 844}, serviceWorkers: 'block'});
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const bytes = new Map();
  let counting = false;
  const counted = [];
  cdp.on('Network.loadingFinished', ({requestId, encodedDataLength}) => {
    if (counting) counted.push([bytes.get(requestId), encodedDataLength]);
  });
  cdp.on('Network.requestWillBeSent', ({requestId, request}) => bytes.set(requestId, new URL(request.url).pathname));
  await page.goto(`${base}/ml-system-design/metrics`, {waitUntil: 'networkidle'});
  await page.waitForSelector('html[data-has-hydrated="true"]');
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: 4});
  counting = true;
  const input = page.getByRole('combobox', {name: 'Search'});
  const start = await page.evaluate(() => performance.now());
  await input.focus();
  await input.fill(QUERY);
  await page.getByRole('option').first().waitFor({timeout: 60_000});
  const end = await page.evaluate(() => performance.now());
  await page.waitForTimeout(300);
  counting = false;
  samples.push({ms: end - start, bytes: counted.reduce((sum, [, size]) => sum + size, 0), files: counted.map(([file, size]) => `${file} ${(size / 1024).toFixed(1)} KB`)});
  await context.close();
}
await browser.close();
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`First search ("${QUERY}") on a 390 px page, CPU throttled 4x, ${runs} runs:`);
console.log(`  time from focus to first suggestion: median ${median(samples.map((sample) => sample.ms)).toFixed(0)} ms (runs: ${samples.map((sample) => sample.ms.toFixed(0)).join(', ')})`);
console.log(`  bytes transferred for it (compressed): ${(median(samples.map((sample) => sample.bytes)) / 1024).toFixed(1)} KB`);
for (const file of samples[0].files) console.log(`    ${file}`);
