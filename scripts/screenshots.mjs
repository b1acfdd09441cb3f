// Screenshots of built pages as a reader sees them: each path at 390 px in the dark theme and at
// 1280 px in the light theme, whole page, for a person to open and look at. Needs a served build
// (node scripts/serve-build.mjs 3400). Usage:
//   node scripts/screenshots.mjs [--base http://localhost:3400] [--out screenshots] /path [/path ...]
import {createHash} from 'node:crypto';
import {mkdir} from 'node:fs/promises';
import path from 'node:path';
import {launchBrowser} from '../e2e/browser.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : fallback;
};
const base = option('--base', 'http://localhost:3400');
const out = path.resolve(option('--out', 'screenshots'));
const paths = args;

/** A file name for a page: its path, and for a query (a group link can be 400 characters) a short hash of it. */
function fileNameOf(pagePath) {
  const url = new URL(pagePath, 'http://x');
  const name = url.pathname.replace(/^\/|\/$/g, '').replaceAll('/', '_') || 'home';
  return url.search ? `${name}-${createHash('sha256').update(url.search).digest('hex').slice(0, 8)}` : name;
}
if (paths.length === 0) {
  console.error('usage: node scripts/screenshots.mjs [--base URL] [--out DIR] /path [/path ...]');
  process.exit(2);
}

const SHOTS = [
  {name: '390-dark', viewport: {width: 390, height: 844}, colorScheme: 'dark'},
  {name: '1280-light', viewport: {width: 1280, height: 900}, colorScheme: 'light'},
];

await mkdir(out, {recursive: true});
const browser = await launchBrowser();
try {
  for (const shot of SHOTS) {
    const context = await browser.newContext({viewport: shot.viewport, colorScheme: shot.colorScheme, serviceWorkers: 'block'});
    const page = await context.newPage();
    for (const pagePath of paths) {
      await page.goto(new URL(pagePath, base).href, {waitUntil: 'networkidle'});
      await page.waitForSelector('html[data-has-hydrated="true"]');
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      const file = path.join(out, `${fileNameOf(pagePath)}.${shot.name}.png`);
      await page.screenshot({path: file, fullPage: true, timeout: 120_000});
      const overflow = scrollWidth > shot.viewport.width ? ` (page is ${scrollWidth} px wide: scrolls sideways)` : '';
      console.log(`${file}${overflow}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
}
