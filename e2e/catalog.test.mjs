import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {axe, BASE_URL, openPage, useColorScheme, useSharedBrowser, VIEWPORTS} from './browser.mjs';
import {formatDuration, readLessons} from './lessonFiles.mjs';

const shared = useSharedBrowser();
const lessons = await readLessons();

const cardTitles = (page) => page.locator('main ul > li h2').allTextContents();
const titlesWhere = (predicate) => lessons.filter(predicate).map((lesson) => lesson.frontMatter.title).sort();
const hasCompany = (lesson, company) => lesson.frontMatter.companies.some((name) => name.toLowerCase() === company);
const NO_PROBLEMS = {consoleErrors: [], foreignRequests: [], failedResponses: []};

describe('the lesson catalog', () => {
  test('lists every lesson with its facts, the count and the total time', async () => {
    const {page, context, problems} = await openPage(shared.browser, '/lessons');
    assert.deepEqual((await cardTitles(page)).sort(), titlesWhere(() => true));
    const total = lessons.reduce((sum, lesson) => sum + lesson.minutes, 0);
    const status = page.getByRole('status');
    assert.equal(await status.getAttribute('aria-live'), 'polite');
    assert.equal(await status.textContent(), `Showing all ${lessons.length} lessons, ${formatDuration(total)} in all.`);
    const metrics = page.locator('main ul > li', {has: page.getByRole('link', {name: 'Metrics: Offline, Online and Business'})});
    const facts = lessons.find((lesson) => lesson.id === 'ml-system-design/metrics').frontMatter;
    assert.ok(
      (await metrics.textContent()).includes(
        `SectionML System DesignDifficulty${facts.difficulty}Time${facts.estimated_time}Asked at${facts.companies.join(', ')}`,
      ),
    );
    assert.deepEqual(problems, NO_PROBLEMS);
    await context.close();
  });

  test('filters combine, narrow the list, go into the URL and survive a reload', async () => {
    const {page, context, problems} = await openPage(shared.browser, '/lessons');
    await page.getByRole('checkbox', {name: 'Advanced'}).check();
    await page.waitForURL('**/lessons?difficulty=advanced');
    assert.deepEqual((await cardTitles(page)).sort(), titlesWhere((lesson) => lesson.frontMatter.difficulty === 'Advanced'));
    await page.getByRole('group', {name: 'Company'}).getByRole('checkbox', {name: 'Google'}).check();
    await page.waitForURL('**/lessons?difficulty=advanced&company=google');
    const expected = titlesWhere((lesson) => lesson.frontMatter.difficulty === 'Advanced' && hasCompany(lesson, 'google'));
    assert.ok(expected.length > 0 && expected.length < lessons.length);
    assert.deepEqual((await cardTitles(page)).sort(), expected);
    const minutes = lessons
      .filter((lesson) => expected.includes(lesson.frontMatter.title))
      .reduce((sum, lesson) => sum + lesson.minutes, 0);
    const summary = `Showing ${expected.length} of ${lessons.length} lessons, ${formatDuration(minutes)} in all.`;
    assert.equal(await page.getByRole('status').textContent(), summary);

    await page.reload({waitUntil: 'networkidle'});
    await page.waitForSelector('html[data-has-hydrated="true"]');
    assert.deepEqual((await cardTitles(page)).sort(), expected);
    assert.equal(await page.getByRole('checkbox', {name: 'Advanced'}).isChecked(), true);
    assert.equal(await page.getByRole('status').textContent(), summary);

    await page.getByRole('link', {name: 'Clear filters'}).click();
    await page.waitForURL((url) => url.pathname === '/lessons' && url.search === '');
    assert.equal((await cardTitles(page)).length, lessons.length);
    assert.deepEqual(problems, NO_PROBLEMS);
    await context.close();
  });

  test('values are case-insensitive and comma-separated, sections match by id', async () => {
    const {page, context} = await openPage(shared.browser, '/lessons?difficulty=BEGINNER,Advanced&section=Foundations,ml-system-design');
    assert.deepEqual(
      (await cardTitles(page)).sort(),
      titlesWhere(
        (lesson) =>
          ['Beginner', 'Advanced'].includes(lesson.frontMatter.difficulty) &&
          ['foundations', 'ml-system-design'].includes(lesson.id.split('/')[0]),
      ),
    );
    assert.equal(await page.getByRole('checkbox', {name: 'Beginner'}).isChecked(), true);
    await context.close();
  });

  test('junk in the query string falls back to the full list, without errors', async () => {
    const junk = '/lessons?difficulty=expert,,%20&company=%3Cscript%3E&section=nowhere&colour=red&company=';
    const {page, context, problems} = await openPage(shared.browser, junk);
    assert.equal((await cardTitles(page)).length, lessons.length);
    assert.match(await page.getByRole('status').textContent(), /^Showing all /);
    assert.deepEqual(problems, NO_PROBLEMS);
    await context.close();
  });

  test('the text filter narrows as you type and keeps spaces', async () => {
    const {page, context} = await openPage(shared.browser, '/lessons');
    await page.getByRole('searchbox', {name: 'Filter by text'}).pressSequentially('drift psi', {delay: 20});
    await page.waitForURL('**/lessons?q=drift%20psi');
    assert.deepEqual(await cardTitles(page), ['Monitoring and Model Drift']);
    assert.equal(await page.getByRole('searchbox', {name: 'Filter by text'}).inputValue(), 'drift psi');
    await context.close();
  });

  test('the filters work from the keyboard', async () => {
    const {page, context} = await openPage(shared.browser, '/lessons');
    await page.getByRole('checkbox', {name: 'Intermediate'}).focus();
    await page.keyboard.press('Space');
    await page.waitForURL('**/lessons?difficulty=intermediate');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.waitForURL('**/lessons?difficulty=intermediate,advanced');
    assert.deepEqual(
      (await cardTitles(page)).sort(),
      titlesWhere((lesson) => ['Intermediate', 'Advanced'].includes(lesson.frontMatter.difficulty)),
    );
    await context.close();
  });

  test('without JavaScript every lesson is in the page', async () => {
    const context = await shared.browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto(new URL('/lessons?difficulty=advanced', BASE_URL).href);
    assert.equal((await cardTitles(page)).length, lessons.length);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark']) {
    test(`a filtered view on a 360 px phone (${colorScheme}): no sideways scroll, no axe violations`, async () => {
      const {page, context} = await openPage(shared.browser, '/lessons?difficulty=advanced&company=google&q=cost', {
        colorScheme,
        viewport: VIEWPORTS.phone,
      });
      assert.equal(await page.locator('html').getAttribute('data-theme'), colorScheme);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
      const {violations} = await axe(page).analyze();
      assert.deepEqual(violations.map((violation) => violation.id), []);
      await context.close();
    });
  }

  test('a laptop shows the filters open beside the list', async () => {
    const {page, context} = await openPage(shared.browser, '/lessons');
    const details = page.locator('details', {has: page.getByRole('search', {name: 'Filter lessons'})});
    await page.waitForFunction(() => document.querySelector('details:has(form[role="search"])')?.open === true);
    assert.equal(await page.getByRole('checkbox', {name: 'Advanced'}).isVisible(), true);
    assert.equal(await details.locator('summary').textContent(), 'Filters');
    await context.close();
  });

  for (const width of [360, 390]) {
    test(`${width} px: filters folded, the first lesson near the top, chips for URL filters, each removable by keyboard`, async () => {
      const {page, context, problems} = await openPage(shared.browser, '/lessons?difficulty=advanced&company=google', {
        viewport: {width, height: 740},
      });
      const summary = page.locator('summary', {hasText: /^Filters/});
      assert.equal(await summary.textContent(), 'Filters (2 active)');
      assert.equal(await page.getByRole('checkbox', {name: 'Advanced'}).isVisible(), false, 'filters start folded');
      const firstCard = await page.locator('main ul[aria-label="Lessons"] > li').first().boundingBox();
      assert.ok(firstCard.y < 900, `the first lesson starts ${Math.round(firstCard.y)} px down`);
      const chips = page.getByRole('list', {name: 'Active filters'}).getByRole('button');
      assert.deepEqual(await chips.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label'))), [
        'Remove filter Difficulty: Advanced',
        'Remove filter Company: Google',
      ]);
      let sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(sideways, 0, 'no sideways scroll');
      // Keyboard: remove the first chip; focus moves to the next one; remove it; focus returns to the filters.
      await chips.first().focus();
      await page.keyboard.press('Enter');
      await page.waitForURL('**/lessons?company=google');
      await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Remove filter Company: Google');
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname === '/lessons' && url.search === '');
      await page.waitForFunction(() => document.activeElement?.tagName === 'SUMMARY');
      assert.equal((await cardTitles(page)).length, lessons.length);
      // Open the filters from the keyboard and tick one: its chip appears.
      await page.keyboard.press('Enter');
      await page.getByRole('checkbox', {name: 'Beginner'}).check();
      await page.waitForURL('**/lessons?difficulty=beginner');
      assert.equal(await summary.textContent(), 'Filters (1 active)');
      assert.equal(await chips.count(), 1);
      sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(sideways, 0, 'no sideways scroll with the filters open');
      for (const scheme of ['light', 'dark']) {
        await useColorScheme(page, scheme);
        const {violations} = await axe(page).analyze();
        assert.deepEqual(violations.map((violation) => violation.id), [], `axe (${scheme})`);
      }
      assert.deepEqual(problems, NO_PROBLEMS);
      await context.close();
    });
  }
});
