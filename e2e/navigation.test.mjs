// Navigation and the pages a new reader meets first: one highlighted navbar item per page, the home
// page's overview (in its HTML) and its "continue" card, and the 404 page.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {AxeBuilder} from '@axe-core/playwright';
import {BASE_URL, missingPage, openPage, sitemapPaths, useSharedBrowser, VIEWPORTS} from './browser.mjs';
import {readLessons} from './lessonFiles.mjs';

const shared = useSharedBrowser();
const lessons = await readLessons();
const paths = await sitemapPaths();

/** The navbar item a page belongs to; null for the home page (the title) and search (the search box). */
function placeOf(path) {
  if (path === '/' || path === '/search') return null;
  if (path === '/learning-path') return 'Learning path';
  if (path.startsWith('/practice/')) return 'Practice';
  return 'Lessons';
}

/** Labels of the highlighted top-level navbar items (a dropdown's label, not its menu's items). */
const activeItems = (page) =>
  page.$$eval('.navbar__items .navbar__link--active', (links) =>
    links.filter((link) => !link.closest('.dropdown__menu')).map((link) => link.textContent.trim()),
  );

describe('the navbar', () => {
  test('every sitemap page highlights exactly the one item it belongs to', async () => {
    assert.ok(paths.length > 30, `only ${paths.length} pages in the sitemap`);
    assert.ok(paths.includes('/lessons') && paths.includes('/ml-system-design/metrics'));
    const context = await shared.browser.newContext({viewport: VIEWPORTS.desktop, serviceWorkers: 'block'});
    const page = await context.newPage();
    const wrong = [];
    for (const path of paths) {
      await page.goto(new URL(path, BASE_URL).href, {waitUntil: 'load'});
      await page.waitForSelector('html[data-has-hydrated="true"]');
      const place = placeOf(path);
      const active = await activeItems(page);
      if (JSON.stringify(active) !== JSON.stringify(place ? [place] : [])) wrong.push(`${path}: [${active.join(', ')}]`);
    }
    assert.deepEqual(wrong, []);
    await context.close();
  });

  test('"Lessons" opens the catalog; the practice item marks its page in the menu too', async () => {
    const {page, context} = await openPage(shared.browser, '/practice/review');
    assert.equal(await page.locator('.navbar__items a.navbar__link', {hasText: /^Lessons$/}).getAttribute('href'), '/lessons');
    assert.deepEqual(await page.$$eval('.dropdown__link--active', (links) => links.map((link) => link.textContent)), ['Questions to review']);
    await context.close();
  });

  test('on a phone, a lesson\'s menu opens on the lessons list, marks this lesson, and goes back to the main menu', async () => {
    // The lessons list reaches the phone menu through theme-common's secondary-menu filler, whose
    // helper plugins/lean-client-bundle replaces (shallowMemo.ts).
    const {page, context, problems} = await openPage(shared.browser, '/ml-system-design/problem-framing', {viewport: VIEWPORTS.phone});
    await page.getByRole('button', {name: /toggle navigation bar/i}).click();
    const menu = page.locator('.navbar-sidebar');
    await menu.getByRole('button', {name: /back to main menu/i}).waitFor();
    const links = await menu.locator('a.menu__link').allTextContents();
    assert.ok(links.includes('ML System Design Introduction') && links.includes('Problem Framing'), `the menu lists the lessons (${links.slice(0, 5).join(', ')}, …)`);
    assert.ok((await menu.locator('a.menu__link--active').allTextContents()).includes('Problem Framing'), 'this lesson is marked in the list');
    await menu.getByRole('button', {name: /back to main menu/i}).click();
    await menu.getByRole('link', {name: 'Learning path'}).waitFor();
    assert.deepEqual(problems, {consoleErrors: [], foreignRequests: [], failedResponses: []});
    await context.close();
  });
});

describe('the home page', () => {
  const htmlOf = async (path) => (await fetch(new URL(path, BASE_URL))).text();

  test('its HTML links the catalog, the learning path, every practice tool and every case study', async () => {
    const html = await htmlOf('/');
    const hrefs = new Set([...html.matchAll(/<main[\s\S]*<\/main>/g)].flatMap(([main]) => [...main.matchAll(/href="?([^"\s>]+)/g)].map((m) => m[1])));
    const tools = ['/lessons', '/learning-path', ...paths.filter((path) => path.startsWith('/practice/'))];
    assert.ok(tools.length >= 7, tools.join(', '));
    const cases = lessons.filter((lesson) => lesson.id.startsWith('case-studies/')).map((lesson) => lesson.path);
    assert.ok(cases.length > 10);
    assert.deepEqual([...tools, ...cases].filter((href) => !hrefs.has(href)), [], 'missing from the home page');
  });

  test('its HTML counts the lessons and hours of every section from the lessons themselves', async () => {
    const html = await htmlOf('/');
    const total = lessons.reduce((sum, lesson) => sum + lesson.minutes, 0);
    assert.match(html, new RegExp(`${lessons.length} lessons in 4 sections, about ${Math.round(total / 60)} hours`));
    for (const section of ['foundations', 'ml-system-design', 'generative-ai', 'case-studies']) {
      const own = lessons.filter((lesson) => lesson.id.startsWith(`${section}/`));
      const minutes = own.reduce((sum, lesson) => sum + lesson.minutes, 0);
      const time = `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${minutes % 60} min` : ''}`;
      assert.ok(html.includes(`${own.length} lessons · ${time}`), `${section}: ${own.length} lessons · ${time}`);
    }
  });

  test('one start button, to the first lesson of the learning path', async () => {
    const {page, context} = await openPage(shared.browser, '/');
    const start = page.locator('main a.button');
    assert.equal(await start.count(), 1);
    const href = await start.getAttribute('href');
    const learningPath = await openPage(shared.browser, '/learning-path');
    const first = await learningPath.page.locator('main ol a').first().getAttribute('href');
    assert.equal(href, first, 'the home page and the learning path begin at the same lesson');
    await learningPath.context.close();
    await context.close();
  });

  test('with saved progress, a card continues after the lesson completed last', async () => {
    const context = await shared.browser.newContext({viewport: VIEWPORTS.phone, colorScheme: 'dark', serviceWorkers: 'block'});
    await context.addInitScript(() => {
      localStorage.setItem(
        'mlsd-guide:progress:v1',
        JSON.stringify({completed: {'foundations/system-design-framework': '2026-01-01', 'ml-system-design/introduction': '2026-01-02'}}),
      );
    });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(new URL('/', BASE_URL).href, {waitUntil: 'networkidle'});
    const card = page.getByRole('region', {name: 'Continue where you left off'});
    await card.waitFor();
    assert.match(await card.textContent(), new RegExp(`completed 2 of ${lessons.length} lessons, most recently ML System Design Introduction`));
    const next = card.getByRole('link', {name: /^Next: /});
    assert.ok((await next.getAttribute('href')).startsWith('/'));
    assert.notEqual(await next.getAttribute('href'), '/ml-system-design/introduction');
    const {violations} = await new AxeBuilder({page}).include('main').analyze();
    assert.deepEqual(violations.map((violation) => violation.id), []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('junk saved as progress leaves the plain home page, without errors', async () => {
    for (const junk of ['not json{', '{"completed":{"../../x":"yesterday"}}', '[]', 'x'.repeat(300_000)]) {
      const context = await shared.browser.newContext({serviceWorkers: 'block'});
      await context.addInitScript((value) => localStorage.setItem('mlsd-guide:progress:v1', value), junk);
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      await page.goto(new URL('/', BASE_URL).href, {waitUntil: 'networkidle'});
      await page.waitForSelector('html[data-has-hydrated="true"]');
      assert.equal(await page.getByRole('region', {name: 'Continue where you left off'}).count(), 0, junk.slice(0, 40));
      assert.equal(await page.locator('main a.button').count(), 1);
      assert.deepEqual(errors, []);
      await context.close();
    }
  });
});

describe('the 404 page', () => {
  test('a missing address answers 404 with the site\'s page, its search box and the closest lessons', async () => {
    const response = await fetch(new URL('/ml-system-design/metrcs', BASE_URL));
    assert.equal(response.status, 404);
    const html = await response.text();
    assert.match(html, /Page not found/);
    assert.match(html, /<form[^>]*action="?\/search/, 'the search form is in the HTML');
    const {page, context} = await openPage(shared.browser, '/ml-system-design/metrcs');
    const suggestions = page.getByRole('region', {name: 'Did you mean'});
    await suggestions.waitFor();
    assert.equal(await suggestions.getByRole('link').first().getAttribute('href'), '/ml-system-design/metrics');
    const main = page.locator('main');
    assert.equal(await main.getByRole('link', {name: 'Home', exact: true}).getAttribute('href'), '/');
    assert.equal(await main.getByRole('link', {name: 'All lessons'}).getAttribute('href'), '/lessons');
    await page.getByRole('searchbox', {name: 'Search the lessons'}).fill('feature store');
    await Promise.all([page.waitForURL(/\/search\?q=feature\+store/), page.getByRole('button', {name: 'Search', exact: true}).click()]);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    assert.equal(new URL(page.url()).pathname, '/search', 'the form opens the site\'s search page');
    await context.close();
  });

  test('suggestions come from the mistyped slug, closest first, not from the rest of its section', async () => {
    for (const [missing, expected] of [
      ['/case-studies/ad-clik-prediction', ['/case-studies/ad-click-prediction', '/case-studies/eta-prediction']],
      ['/foo/feature-store', ['/ml-system-design/feature-stores']],
      ['/ml-system-design/monitoring', ['/ml-system-design/monitoring-and-drift']],
      // A stray "%" (a malformed escape) does not hide the slug.
      ['/case-studies/fraud-detecton%', ['/case-studies/fraud-detection']],
    ]) {
      const {page, context, problems} = await openPage(shared.browser, missing, {document: await missingPage(missing)});
      const suggestions = page.getByRole('region', {name: 'Did you mean'});
      await suggestions.waitFor();
      const hrefs = await suggestions.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      assert.deepEqual(hrefs, expected, missing);
      assert.deepEqual(problems.consoleErrors.filter((error) => !/status of 404/.test(error)), [], missing);
      await context.close();
    }
  });

  test('junk addresses show the search box and the sections, and nothing throws', async () => {
    for (const missing of [
      `/case-studies/${'fraud-detection-'.repeat(150)}`,
      `/${'x/'.repeat(500)}qqq`,
      '/x/%2e%2e%2f%2e%2e%2fetc',
      '/..%2f..%2fpasswd',
      '/case-studies/%F0%9F%99%82%F0%9F%99%82',
      // Malformed escapes: Docusaurus's decodeURI of the address threw, and the page never started.
      '/%E0%A4%A/qqqq',
      '/case-studies/%',
      `/x/${'%FF%FE'.repeat(100)}`,
    ]) {
      // openPage waits for the page to have started (hydrated).
      const {page, context, problems} = await openPage(shared.browser, missing, {document: await missingPage(missing)});
      assert.equal(await page.getByRole('heading', {level: 1}).textContent(), 'Page not found', missing.slice(0, 40));
      assert.equal(await page.getByRole('searchbox', {name: 'Search the lessons'}).count(), 1);
      assert.equal(await page.getByRole('region', {name: 'Or start a section'}).getByRole('link').count(), 4);
      assert.equal(await page.getByRole('region', {name: 'Did you mean'}).count(), 0, missing.slice(0, 40));
      assert.deepEqual(problems.consoleErrors.filter((error) => !/status of 404/.test(error)), [], missing.slice(0, 40));
      await context.close();
    }
  });

  test('an address like no lesson shows the sections, not guesses', async () => {
    const {page, context} = await openPage(shared.browser, '/qqq/zzzz');
    assert.equal(await page.getByRole('region', {name: 'Did you mean'}).count(), 0);
    assert.equal(await page.getByRole('region', {name: 'Or start a section'}).getByRole('link').count(), 4);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark']) {
    test(`axe finds nothing in the ${colorScheme} theme, on a phone`, async () => {
      const {page, context, problems} = await openPage(shared.browser, '/case-studies/fraud-detecton', {colorScheme, viewport: VIEWPORTS.phone});
      await page.getByRole('region', {name: 'Did you mean'}).waitFor();
      const {violations} = await new AxeBuilder({page}).analyze();
      assert.deepEqual(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`), []);
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), VIEWPORTS.phone.width);
      // The page itself answers 404, which Chromium logs; nothing else may fail.
      assert.deepEqual(problems.consoleErrors.filter((error) => !/status of 404/.test(error)), []);
      assert.deepEqual(problems.failedResponses.map((failure) => failure.replace(BASE_URL, '')), ['404 /case-studies/fraud-detecton']);
      assert.deepEqual(problems.foreignRequests, []);
      await context.close();
    });
  }
});
