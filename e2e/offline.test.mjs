import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {BASE_URL, sitemapPaths, useSharedBrowser} from './browser.mjs';
import {readLessons} from './lessonFiles.mjs';

const shared = useSharedBrowser();

/** The document title a page's HTML carries, as the server sends it. */
async function servedTitle(path) {
  const html = await (await fetch(new URL(path, BASE_URL))).text();
  return /<title[^>]*>([^<]*)<\/title>/.exec(html)?.[1].replace(/&amp;/g, '&');
}

// Registration waits for an idle moment, then the install step downloads the whole site.
const ACTIVATION_TIMEOUT_MS = 90_000;

/**
 * Visits one page online and waits until its service worker is active, which happens only once the
 * install step has cached every page and file. Returns the cache's name and how many entries it has.
 */
async function firstVisit(context, path) {
  const page = await context.newPage();
  await page.goto(new URL(path, BASE_URL).href, {waitUntil: 'networkidle'});
  const cache = await page.evaluate(async (timeout) => {
    const activated = (async () => {
      const registration = await navigator.serviceWorker.ready;
      const worker = registration.active;
      if (worker.state !== 'activated') {
        await new Promise((resolve) => worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()));
      }
      return registration;
    })();
    const late = new Promise((_, reject) => setTimeout(() => reject(new Error(`no active service worker after ${timeout} ms`)), timeout));
    const registration = await Promise.race([activated, late]);
    const activatedAt = performance.now();
    const names = (await caches.keys()).filter((name) => name.startsWith('offline:'));
    const entries = names.length === 1 ? (await (await caches.open(names[0])).keys()).length : 0;
    // Milliseconds from the start of the page's navigation to an active worker with a full cache.
    return {names, entries, scope: registration.scope, activatedAfterMs: Math.round(activatedAt)};
  }, ACTIVATION_TIMEOUT_MS);
  console.log(`# ${path}: service worker active ${cache.activatedAfterMs} ms after the page was opened (${cache.entries} entries)`);
  return {page, cache};
}

/** How many pages and files sw.js says it precaches (Workbox's precache list). */
async function manifestSize() {
  const source = await (await fetch(new URL('/sw.js', BASE_URL))).text();
  const config = JSON.parse(/^const OFFLINE = (.*);$/m.exec(source)[1]);
  return config.precache.length;
}

describe('offline reading', () => {
  test('after one visit, every page of the sitemap opens with the network cut, and search still answers', async () => {
    const paths = await sitemapPaths();
    const lessons = await readLessons();
    for (const lesson of lessons) assert.ok(paths.includes(lesson.path), `${lesson.path} is in the sitemap`);
    for (const path of ['/lessons', '/learning-path']) assert.ok(paths.includes(path), `${path} is in the sitemap`);
    const titles = new Map(await Promise.all(paths.map(async (path) => [path, await servedTitle(path)])));

    const context = await shared.browser.newContext();
    const {page, cache} = await firstVisit(context, '/ml-system-design/introduction');
    assert.equal(cache.scope, new URL('/', BASE_URL).href);
    assert.equal(cache.names.length, 1, `one offline cache: ${cache.names}`);
    assert.equal(cache.entries, await manifestSize(), 'every page and file in sw.js is cached');

    await context.setOffline(true);
    // The cut reaches the page and the service worker alike (nothing is answered from the network).
    const sitemapFetch = await page.evaluate(() => fetch('/sitemap.xml').then(() => 'answered', () => 'failed'));
    assert.equal(sitemapFetch, 'failed');
    const [worker] = context.serviceWorkers();
    assert.equal(await worker.evaluate(() => fetch('/sitemap.xml').then(() => 'answered', () => 'failed')), 'failed');

    const errors = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(`${page.url()}: ${message.text()}`));
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error}`));
    const wrong = [];
    for (const path of paths) {
      const response = await page.goto(new URL(path, BASE_URL).href, {waitUntil: 'networkidle'});
      const lesson = lessons.find((item) => item.path === path);
      const heading = page.getByRole('heading', {level: 1}).first();
      const shown = await heading.textContent({timeout: 5_000}).catch(() => '(no h1)');
      if (response?.status() !== 200) wrong.push(`${path}: HTTP ${response?.status()}`);
      // While a page hydrates its title falls back to the site's name for a moment, and on a busy
      // machine that moment can outlast networkidle's 500 ms of quiet: wait for the title, don't read it.
      const expected = titles.get(path);
      const title = await page
        .waitForFunction((wanted) => document.title === wanted, expected, {timeout: 5_000})
        .then(() => expected, () => page.title());
      if (title !== expected) wrong.push(`${path}: title "${title}", expected "${expected}"`);
      if (lesson && shown.trim() !== lesson.frontMatter.title) wrong.push(`${path}: h1 "${shown}"`);
    }
    assert.deepEqual(wrong, []);
    assert.deepEqual(errors, [], 'no page logged an error offline (a missing file would)');

    // Search: the navbar box suggests lessons from the cached index...
    await page.goto(new URL('/lessons', BASE_URL).href, {waitUntil: 'networkidle'});
    const input = page.getByRole('combobox', {name: 'Search'});
    await input.click();
    await input.pressSequentially('feature store', {delay: 10});
    await page.getByRole('option').first().waitFor({timeout: 15_000});
    assert.match(await page.getByRole('option').first().innerText(), /feature store/i);
    // ...and the results page lists them.
    await page.goto(new URL('/search?q=calibration', BASE_URL).href, {waitUntil: 'networkidle'});
    await page.locator('article h2 a').first().waitFor({timeout: 15_000});
    assert.ok((await page.locator('article h2 a').count()) > 0);
    await context.close();
  });

  test('offline, an unknown address shows the site\'s 404 page, not the browser\'s error', async () => {
    const context = await shared.browser.newContext();
    const {page} = await firstVisit(context, '/');
    await context.setOffline(true);
    const response = await page.goto(new URL('/no/such/lesson', BASE_URL).href, {waitUntil: 'networkidle'});
    assert.equal(response.status(), 404);
    assert.equal(await page.title(), await servedTitle('/404'));
    assert.equal(await page.getByRole('link', {name: 'Lessons', exact: true}).first().isVisible(), true, 'the site navbar is shown');
    await context.close();
  });
});
