// Bundle budgets: the JavaScript and CSS that every page loads, compressed, must stay under a budget
// set just above today's figure; and a lesson must not load the code of a component it does not use.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';
import {BASE_URL, forEachConcurrently, openPage, PAGES_AT_ONCE, pageScripts, sitemapPaths, useSharedBrowser, VIEWPORTS} from './browser.mjs';
import {readLessons} from './lessonFiles.mjs';

/**
 * Gzip bytes of the scripts and styles every page references. Measured 2026-12-07 at 151,930 B
 * (main.js 125,349, runtime 6,047, styles.css 20,534), down from 164,076 B once search moved off
 * the lunr plugin (its client and mark.js were in main.js) onto MiniSearch loaded on focus. The budget
 * leaves 2% of headroom, so a change that adds code to every page has to raise it here, on purpose,
 * in review.
 */
const EVERY_PAGE_BUDGET_BYTES = 155_000;

/** Each lesson component's compiled code names the component in its prop errors. */
const LESSON_COMPONENTS = [
  'CapacityCalculator',
  'ComparisonTable',
  'ExperimentSizeCalculator',
  'FrameworkTimeline',
  'LlmServingCalculator',
  'PipelineDiagram',
  'RankingCalculator',
  'SelfCheck',
  'ThresholdCalculator',
];
const DOCS = fileURLToPath(new URL('../docs', import.meta.url));

const gzipBytes = (text) => gzipSync(Buffer.from(text)).length;

function assetsOf(html) {
  const scripts = pageScripts(html);
  const styles = [...html.matchAll(/<link[^>]*rel=["']?stylesheet["']?[^>]*href=["']?([^"'\s>]+)/g)].map((match) => match[1]);
  return [...scripts, ...styles];
}

test('the JavaScript and CSS every page loads stays under its budget', async () => {
  const paths = await sitemapPaths();
  assert.ok(paths.length > 30, `only ${paths.length} pages in the sitemap`);
  let common;
  for (const pagePath of paths) {
    const html = await (await fetch(new URL(pagePath, BASE_URL))).text();
    const assets = new Set(assetsOf(html));
    common = common ? new Set([...common].filter((asset) => assets.has(asset))) : assets;
  }
  assert.ok(common.size >= 2, `expected main.js and the stylesheet on every page, found ${[...common].join(', ')}`);
  const sizes = await Promise.all(
    [...common].sort().map(async (asset) => {
      const response = await fetch(new URL(asset, BASE_URL));
      assert.equal(response.status, 200, asset);
      return [asset, gzipBytes(await response.text())];
    }),
  );
  const total = sizes.reduce((sum, [, bytes]) => sum + bytes, 0);
  for (const [asset, bytes] of sizes) console.log(`  every page loads ${asset}: ${bytes.toLocaleString('en-US')} B gzip`);
  console.log(`  every page loads ${total.toLocaleString('en-US')} B of JS and CSS (gzip); budget ${EVERY_PAGE_BUDGET_BYTES.toLocaleString('en-US')} B`);
  assert.ok(total <= EVERY_PAGE_BUDGET_BYTES, `${total} B gzip is over the ${EVERY_PAGE_BUDGET_BYTES} B budget`);
});

const shared = useSharedBrowser();

test('a page loads the code of the lesson components it uses, and of no other', async () => {
  const lessons = await readLessons();
  const pages = await Promise.all(
    lessons.map(async (lesson) => {
      const source = await readFile(path.join(DOCS, lesson.file), 'utf8');
      return {path: lesson.path, uses: LESSON_COMPONENTS.filter((name) => new RegExp(`<${name}[\\s/>]`).test(source))};
    }),
  );
  pages.push({path: '/', uses: []}, {path: '/lessons', uses: []}, {path: '/learning-path', uses: []});
  const seen = new Set();
  const bodies = new Map();
  const bodyOf = (url) => {
    if (!bodies.has(url)) bodies.set(url, fetch(url).then((response) => response.text()));
    return bodies.get(url);
  };
  // Each page in its own context, only read: a few at once, so one renders while another waits.
  await forEachConcurrently(pages, PAGES_AT_ONCE, async ({path: pagePath, uses}) => {
    const {page, context} = await openPage(shared.browser, pagePath, {viewport: VIEWPORTS.phone});
    // Every script the page fetched, as the browser recorded it; the bodies come from the server once.
    const urls = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => new URL(name).pathname.endsWith('.js')),
    );
    await context.close();
    const code = (await Promise.all(urls.map(bodyOf))).join('\n');
    const loaded = LESSON_COMPONENTS.filter((name) => new RegExp(`["'\`]${name}["'\`]`).test(code));
    assert.deepEqual(loaded, uses, `${pagePath} loads code for ${loaded.join(', ') || 'no component'}; it uses ${uses.join(', ') || 'none'}`);
    loaded.forEach((name) => seen.add(name));
  });
  // Otherwise a renamed or minified marker would make the check above pass for every page.
  assert.deepEqual([...seen].sort(), LESSON_COMPONENTS, 'every lesson component should be found on some page');
});
