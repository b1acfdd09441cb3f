// Hostile input a reader's browser can carry: junk in every query parameter the site reads, and
// corrupt, foreign or oversized data under every key the site stores. Each page must render its
// content with no uncaught error, run none of the injected code, and keep working afterwards.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {BASE_URL, forEachConcurrently, launchBrowser, PAGES_AT_ONCE} from './browser.mjs';

/** Every query parameter the site reads, by page. */
const QUERY_PARAMETERS = {
  '/lessons': ['q', 'difficulty', 'section', 'company'],
  '/search': ['q', 'section', 'difficulty'],
  '/practice/progress': ['of', 'done'],
  '/practice/study-plans': ['plan'],
  '/practice/group': ['plan', 'm'],
  '/learning-path': ['focus'],
  // The calculators' shared links (src/lib/calculators/shareLink.ts).
  '/foundations/estimation': ['capacity.dailyUsers', 'capacity.peakFactor'],
  '/ml-system-design/experimentation': ['ab-proportion.baselineRate', 'ab-mean.mdeType'],
  '/ml-system-design/metrics': ['threshold.flagged', 'threshold.positives1', 'ranking.grade1', 'ranking.gain'],
};

/** Raw query values, inserted without encoding so malformed escapes reach the page as they are. */
const JUNK_QUERY_VALUES = [
  '%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D1%22%3E',
  '%E0%A4%A',
  '%',
  // Long, but inside the 8–16 KB request-line limit of common servers (longer is refused before the site sees it).
  'x'.repeat(1_000),
  '%00%E2%80%AE%EF%BF%BF',
  '..%2F..%2Fetc%2Fpasswd',
  '%7B%22a%22%3A1%7D',
  '-1',
  '1e309',
];

/** Stored values: not JSON, foreign shapes, wrong types, hostile strings, and a 1.5 MB string. */
const JUNK_STORED_VALUES = {
  'not JSON': '{"completed": ',
  'JSON null': 'null',
  'an array': '[1, 2, 3]',
  'a foreign shape': '{"completed": "all", "marks": [null], "sessions": {"a": 1}}',
  'wrong types inside': '{"completed": {"ml-system-design/metrics": 42}, "marks": {"x": true}, "sessions": [{"id": 7}]}',
  'markup in strings': JSON.stringify({completed: {'<img src=x onerror="window.__pwned=2">': '2026-01-01'}, sessions: [{notes: '<script>window.__pwned=3</script>'}]}),
  'deep nesting': `${'['.repeat(5000)}${']'.repeat(5000)}`,
  'oversized (1.5 MB)': JSON.stringify({completed: {}, pad: 'x'.repeat(1_500_000)}),
};

const STORAGE_PAGES = ['/ml-system-design/introduction', '/lessons', '/learning-path', '/practice/progress', '/practice/review', '/practice/study-plans', '/practice/group', '/practice/mock-interview'];

/** The keys the site stores under, read from the source so a new store is covered without editing this test. */
async function storedKeys() {
  const root = fileURLToPath(new URL('../src', import.meta.url));
  const files = (await readdir(root, {recursive: true})).filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file));
  const keys = new Set();
  for (const file of files) {
    const source = await readFile(path.join(root, file), 'utf8');
    for (const match of source.matchAll(/defineStoredState(?:<[^>]*>)?\(\s*'([^']+)',\s*(\d+)/g)) keys.add(`mlsd-guide:${match[1]}:v${match[2]}`);
  }
  return [...keys].sort();
}

async function openWith(browser, url, initScript, arg) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.addInitScript(() => {
    Object.defineProperty(window, '__pwned', {set: (value) => (window.__pwnedBy ??= []).push(value)});
  });
  if (initScript) await page.addInitScript(initScript, arg);
  const response = await page.goto(url, {waitUntil: 'networkidle'});
  return {context, page, errors, status: response?.status()};
}

async function assertPageWorks({page, errors}, label) {
  assert.deepEqual(errors, [], `${label}: errors`);
  assert.deepEqual(await page.evaluate(() => window.__pwnedBy ?? []), [], `${label}: injected code ran`);
  assert.ok(await page.locator('main h1, article h1').first().isVisible(), `${label}: no heading: blank page?`);
}

test('junk in every query parameter the site reads: the page renders, runs nothing, shows no error', async (t) => {
  const browser = await launchBrowser();
  t.after(() => browser.close());
  const cases = Object.entries(QUERY_PARAMETERS).flatMap(([pagePath, names]) => JUNK_QUERY_VALUES.map((value) => ({pagePath, names, value})));
  // Each case in its own context: a few at once.
  await forEachConcurrently(cases, PAGES_AT_ONCE, async ({pagePath, names, value}) => {
    // Each parameter given twice, so "first" and "all" readings are both exercised.
    const query = names.flatMap((name) => [`${name}=${value}`, `${name}=${value}`]).join('&');
    const url = `${BASE_URL}${pagePath}?${query}`;
    const opened = await openWith(browser, url);
    try {
      assert.equal(opened.status, 200, url.slice(0, 120));
      await assertPageWorks(opened, `${pagePath}?${names[0]}=${value.slice(0, 30)}`);
    } finally {
      await opened.context.close();
    }
  });
});

test('corrupt, foreign and oversized saved data under every key: pages fall back to defaults', async (t) => {
  const keys = await storedKeys();
  assert.ok(keys.length >= 3, `found only ${keys.join(', ')}`);
  const browser = await launchBrowser();
  t.after(() => browser.close());
  const cases = Object.entries(JUNK_STORED_VALUES).flatMap(([label, value]) => STORAGE_PAGES.map((pagePath) => ({label, value, pagePath})));
  // Each case in its own context (its own storage): a few at once.
  await forEachConcurrently(cases, PAGES_AT_ONCE, async ({label, value, pagePath}) => {
    const opened = await openWith(
      browser,
      `${BASE_URL}${pagePath}`,
      ({keys, value}) => {
        if (sessionStorage.getItem('seeded')) return;
        sessionStorage.setItem('seeded', '1');
        for (const key of keys) localStorage.setItem(key, value);
      },
      {keys, value},
    );
    try {
      await assertPageWorks(opened, `${pagePath} with ${label}`);
    } finally {
      await opened.context.close();
    }
  });
});

test('after corrupt data, marking a lesson complete saves over it and survives a reload', async (t) => {
  const browser = await launchBrowser();
  t.after(() => browser.close());
  const opened = await openWith(browser, `${BASE_URL}/ml-system-design/introduction`, () => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('mlsd-guide:progress:v1', '{"completed": ');
    }
  });
  try {
    const button = opened.page.getByRole('button', {name: /mark as complete/i});
    await button.click();
    await opened.page.reload({waitUntil: 'networkidle'});
    await opened.page.waitForSelector('html[data-has-hydrated="true"]');
    assert.equal(await opened.page.getByRole('button', {name: 'Completed — undo'}).getAttribute('aria-pressed'), 'true');
    const saved = JSON.parse(await opened.page.evaluate(() => localStorage.getItem('mlsd-guide:progress:v1')));
    assert.ok(saved.completed['ml-system-design/introduction'], 'the lesson is saved as complete');
    assert.deepEqual(opened.errors, []);
  } finally {
    await opened.context.close();
  }
});
