import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {axe, BASE_URL, useColorScheme, useSharedBrowser, VIEWPORTS} from './browser.mjs';
import {readLessons} from './lessonFiles.mjs';

// Progress (mark complete, sidebar, catalog, /practice/progress, export/import, share links) and
// self-check marks with the review page. Each browser context is one reader's "profile".
const shared = useSharedBrowser();
const lessons = await readLessons();
const PROGRESS_KEY = 'mlsd-guide:progress:v1';
const MARKS_KEY = 'mlsd-guide:self-check:v1';
const METRICS = lessons.find((lesson) => lesson.id === 'ml-system-design/metrics');
const ESTIMATION = lessons.find((lesson) => lesson.id === 'foundations/estimation');
const titleOf = (lesson) => lesson.frontMatter.title;
const NO_PROBLEMS = {consoleErrors: [], foreignRequests: [], failedResponses: []};

/** A fresh profile; `init` runs before any page script on every page (to plant stored data). */
async function newProfile(browser, {colorScheme = 'light', init} = {}) {
  const context = await browser.newContext({colorScheme, viewport: VIEWPORTS.desktop});
  if (init) await context.addInitScript(init.script, init.arg);
  return context;
}

/** Opens a path in a profile, recording console errors, failed responses and foreign requests. */
async function visit(context, path) {
  const page = await context.newPage();
  const problems = {consoleErrors: [], foreignRequests: [], failedResponses: []};
  const origin = new URL(BASE_URL).origin;
  page.on('console', (message) => message.type() === 'error' && problems.consoleErrors.push(message.text()));
  page.on('pageerror', (error) => problems.consoleErrors.push(String(error)));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) problems.foreignRequests.push(request.url());
  });
  page.on('response', (response) => response.status() >= 400 && problems.failedResponses.push(`${response.status()} ${response.url()}`));
  await page.goto(new URL(path, BASE_URL).href, {waitUntil: 'networkidle'});
  // Under load the network can be idle before React has hydrated and read the saved state.
  await page.waitForSelector('html[data-has-hydrated="true"]');
  return {page, problems};
}

const stored = (page, key) => page.evaluate((k) => localStorage.getItem(k), key);
const rowOf = (page, lesson) => page.locator('main tr', {has: page.getByRole('link', {name: titleOf(lesson), exact: true})});
// The completion toggle, whichever state it is in: its label says which.
const markButton = (page) => page.getByRole('button', {name: /^(Mark as complete|Completed — undo)$/});
/** The review page's summary line (the drill above it has a status line of its own). */
const reviewSummary = (page) => page.getByRole('status').filter({hasText: /You knew/});

async function expectNoAxeViolations(page, label) {
  const {violations} = await axe(page).analyze();
  assert.deepEqual(
    violations.map((violation) => `${label}: ${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
    [],
  );
}

async function markComplete(context, lesson) {
  const {page, problems} = await visit(context, lesson.path);
  await markButton(page).click();
  assert.equal(await markButton(page).getAttribute('aria-pressed'), 'true');
  return {page, problems};
}

describe('lesson progress', () => {
  test('mark complete shows in the header, sidebar, catalog and progress page, and survives a reload', async () => {
    const context = await newProfile(shared.browser);
    const {page, problems} = await visit(context, METRICS.path);
    const button = markButton(page);
    // The button is disabled until the page has hydrated, which can finish after the network is idle.
    await page.waitForSelector('html[data-has-hydrated="true"]');
    assert.equal(await button.getAttribute('aria-pressed'), 'false');
    assert.equal(await button.textContent(), 'Mark as complete');
    await button.focus();
    await page.keyboard.press('Enter');
    assert.equal(await button.getAttribute('aria-pressed'), 'true');
    assert.equal(await button.textContent(), '✓Completed — undo');
    // The same button, relabelled: focus stays on it.
    assert.equal(await button.evaluate((el) => el === document.activeElement), true, 'focus stays on the toggle');
    const today = await page.evaluate(() => new Date().toLocaleDateString('en-CA'));
    assert.equal(await page.locator('main').getByRole('status').first().textContent(), `Completed on ${today}`);
    assert.deepEqual(JSON.parse(await stored(page, PROGRESS_KEY)), {completed: {[METRICS.id]: today}});

    const sidebar = page.locator('.theme-doc-sidebar-menu');
    await sidebar.getByRole('link', {name: `${titleOf(METRICS)} (completed)`}).waitFor();
    const mlCount = lessons.filter((lesson) => lesson.id.startsWith('ml-system-design/')).length;
    await sidebar.getByRole('button', {name: `ML System Design (1 of ${mlCount} lessons completed)`}).waitFor();
    assert.equal(await sidebar.getByText('(completed)').count(), 1);

    await page.reload({waitUntil: 'networkidle'});
    // Saved state shows once the page has hydrated, which can finish after the network is idle.
    await markButton(page).and(page.locator('[aria-pressed="true"]')).waitFor();
    assert.equal(await markButton(page).getAttribute('aria-pressed'), 'true');

    await page.goto(new URL('/lessons', BASE_URL).href, {waitUntil: 'networkidle'});
    const card = page.locator('main ul > li', {has: page.getByRole('link', {name: titleOf(METRICS)})});
    await card.getByText(/Completed on \d/).waitFor();
    assert.match(await card.textContent(), new RegExp(`Completed on ${today}`));
    assert.equal(await page.locator('main').getByText(/Completed on \d/).count(), 1);
    const total = lessons.reduce((sum, lesson) => sum + lesson.minutes, 0);
    const hours = `${Math.floor(total / 60)} h${total % 60 ? ` ${total % 60} min` : ''}`;
    const share = Math.round((100 * METRICS.minutes) / total);
    assert.match(
      await page.getByRole('region', {name: 'Your progress', exact: true}).textContent(),
      new RegExp(`^Your progress1 of ${lessons.length} lessons, ${METRICS.minutes} min of ${hours} \\(${share}% of the time\\)`),
    );

    await page.goto(new URL('/practice/progress', BASE_URL).href, {waitUntil: 'networkidle'});
    assert.equal(await rowOf(page, METRICS).locator('td').nth(1).textContent(), `Completed ${today}`);
    assert.equal(await rowOf(page, ESTIMATION).locator('td').nth(1).textContent(), 'Not yet');

    // Unmarking works the same way and is saved too.
    await page.goto(new URL(METRICS.path, BASE_URL).href, {waitUntil: 'networkidle'});
    await markButton(page).click();
    assert.equal(await markButton(page).getAttribute('aria-pressed'), 'false');
    assert.equal(await markButton(page).textContent(), 'Mark as complete');
    assert.deepEqual(JSON.parse(await stored(page, PROGRESS_KEY)), {completed: {}});
    assert.deepEqual(problems, NO_PROBLEMS);
    await context.close();
  });

  const corrupt = [
    ['junk JSON', '{"completed": {oops'],
    ['a foreign shape', JSON.stringify({completed: ['ml-system-design/metrics'], user: {name: 'x'}})],
    ['a 5 MB string', 'x'.repeat(5_000_000)],
  ];
  for (const [name, value] of corrupt) {
    test(`corrupt stored data (${name}) reads as no progress, without errors`, async () => {
      const context = await newProfile(shared.browser, {
        init: {
          // The origin's quota holds one 5 MB value: the marks get a smaller piece of junk then.
          script: ({keys, value}) => {
            localStorage.setItem(keys[0], value);
            localStorage.setItem(keys[1], value.length > 1_000_000 ? '["marks"]' : value);
          },
          arg: {keys: [PROGRESS_KEY, MARKS_KEY], value},
        },
      });
      for (const path of [METRICS.path, '/practice/progress', '/practice/review', '/lessons']) {
        const {page, problems} = await visit(context, path);
        assert.ok((await stored(page, PROGRESS_KEY)).length > 10, 'the junk is really stored');
        if (path === METRICS.path) assert.equal(await markButton(page).getAttribute('aria-pressed'), 'false');
        if (path === '/practice/progress') {
          assert.match(await page.getByRole('region', {name: 'Your progress', exact: true}).textContent(), new RegExp(`0 of ${lessons.length} lessons`));
        }
        if (path === '/practice/review') assert.match(await reviewSummary(page).textContent(), /^No questions marked for review/);
        assert.deepEqual(problems, NO_PROBLEMS, path);
        await page.close();
      }
      // Marking a lesson replaces the junk with valid data.
      const {page} = await markComplete(context, METRICS);
      assert.deepEqual(Object.keys(JSON.parse(await stored(page, PROGRESS_KEY)).completed), [METRICS.id]);
      await context.close();
    });
  }
});

describe('export and import', () => {
  test('a file exported in one profile and imported in another gives the same progress', async () => {
    const first = await newProfile(shared.browser);
    await markComplete(first, METRICS);
    await markComplete(first, ESTIMATION);
    const {page} = await visit(first, '/practice/progress');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', {name: 'Export progress'}).click()]);
    const today = await page.evaluate(() => new Date().toLocaleDateString('en-CA'));
    assert.equal(download.suggestedFilename(), `ml-guide-progress-${today}.json`);
    const file = await download.path();
    const exported = JSON.parse(await readFile(file, 'utf8'));
    assert.deepEqual(exported, {
      format: 'mlsd-guide-progress',
      version: 2,
      exported: today,
      completed: {[ESTIMATION.id]: today, [METRICS.id]: today},
      selfChecks: {marks: {}, drills: {}},
    });
    assert.match(await page.getByRole('region', {name: 'Export and import'}).getByRole('status').textContent(), /Exported 2 completed lessons and 0 self-check marks/);
    const firstTable = await page.locator('main table').textContent();

    const second = await newProfile(shared.browser, {colorScheme: 'dark'});
    const other = await visit(second, '/practice/progress');
    await other.page.getByLabel('Import a progress file').setInputFiles(file);
    const status = other.page.getByRole('region', {name: 'Export and import'}).getByRole('status');
    await status.filter({hasText: 'Imported'}).waitFor();
    assert.equal(await status.textContent(), 'Imported 2 lessons: 2 newly marked complete, 0 already complete.');
    assert.equal(await other.page.locator('main table').textContent(), firstTable);
    assert.deepEqual(JSON.parse(await stored(other.page, PROGRESS_KEY)), {completed: exported.completed});
    await expectNoAxeViolations(other.page, 'after an import (dark)');
    await other.page.reload({waitUntil: 'networkidle'});
    await other.page.waitForSelector('html[data-has-hydrated="true"]');
    assert.equal(await other.page.locator('main table').textContent(), firstTable);
    assert.deepEqual(other.problems, NO_PROBLEMS);
    await first.close();
    await second.close();
  });

  test('a bad or foreign file shows a clear message and changes nothing', async () => {
    const context = await newProfile(shared.browser);
    await markComplete(context, METRICS);
    const {page, problems} = await visit(context, '/practice/progress');
    const before = await stored(page, PROGRESS_KEY);
    const input = page.getByLabel('Import a progress file');
    const status = page.getByRole('region', {name: 'Export and import'}).getByRole('status');
    const files = [
      ['notes.txt', 'not json at all', /not JSON/],
      ['package.json', JSON.stringify({name: 'x', version: '1.0.0'}), /not a progress export from this guide/],
      ['future.json', JSON.stringify({format: 'mlsd-guide-progress', version: 9, completed: {}}), /version 9/],
    ];
    for (const [name, text, message] of files) {
      await input.setInputFiles({name, mimeType: 'application/json', buffer: Buffer.from(text)});
      await status.filter({hasText: name}).waitFor();
      assert.match(await status.textContent(), message);
      assert.match(await status.textContent(), /Nothing was changed/);
      assert.equal(await stored(page, PROGRESS_KEY), before);
    }
    await expectNoAxeViolations(page, 'after a refused import');
    assert.deepEqual(problems, NO_PROBLEMS);
    await context.close();
  });
});

describe('shared progress links', () => {
  test('a link opened in another profile shows the sharer’s progress beside the reader’s own, read-only', async () => {
    const ana = await newProfile(shared.browser);
    await markComplete(ana, METRICS);
    const {page} = await visit(ana, '/practice/progress');
    await page.getByLabel(/Your name/).fill('Ana <b>Lopez</b>');
    const link = await page.getByLabel(/Link to your progress/).inputValue();
    const url = new URL(link);
    assert.equal(url.pathname, '/practice/progress');
    assert.equal(url.searchParams.get('of'), 'Ana <b>Lopez</b>');
    assert.match(url.searchParams.get('done'), /^1[A-Za-z0-9_-]{3}$/);

    const ben = await newProfile(shared.browser);
    await markComplete(ben, ESTIMATION);
    const benBefore = await (await visit(ben, '/lessons')).page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
    const view = await visit(ben, `${url.pathname}${url.search}`);
    const headers = await view.page.locator('main thead th').allTextContents();
    assert.deepEqual(headers, ['Lesson', 'Section', 'You', 'Ana <b>Lopez</b>', 'Your self-checks answered']);
    assert.equal(await view.page.locator('main b').count(), 0, 'the name is text, never markup');
    const cells = async (lesson) => (await rowOf(view.page, lesson).locator('td').allTextContents()).slice(1, 3);
    const today = await view.page.evaluate(() => new Date().toLocaleDateString('en-CA'));
    assert.deepEqual(await cells(METRICS), ['Not yet', 'Completed']);
    assert.deepEqual(await cells(ESTIMATION), [`Completed ${today}`, 'Not yet']);
    assert.match(
      await view.page.getByRole('region', {name: 'Ana <b>Lopez</b>’s progress (shared, read-only)'}).textContent(),
      new RegExp(`1 of ${lessons.length} lessons`),
    );
    assert.equal(await stored(view.page, PROGRESS_KEY), benBefore, 'opening a shared link never writes');
    await expectNoAxeViolations(view.page, 'shared view (light)');
    assert.deepEqual(view.problems, NO_PROBLEMS);
    await ana.close();
    await ben.close();
  });

  test('a link with every lesson done is short enough for a chat', async () => {
    const context = await newProfile(shared.browser, {
      init: {
        script: ({key, ids}) => localStorage.setItem(key, JSON.stringify({completed: Object.fromEntries(ids.map((id) => [id, '2026-11-20']))})),
        arg: {key: PROGRESS_KEY, ids: lessons.map((lesson) => lesson.id)},
      },
    });
    const {page} = await visit(context, '/practice/progress');
    const link = new URL(await page.getByLabel(/Link to your progress/).inputValue());
    assert.equal(link.searchParams.get('done').length, 1 + 3 * lessons.length);
    const view = await visit(context, `${link.pathname}${link.search}`);
    assert.match(await view.page.getByRole('region', {name: 'Someone’s progress (shared, read-only)'}).textContent(), new RegExp(`${lessons.length} of ${lessons.length} lessons`));
    await context.close();
  });

  const junk = [
    ['a damaged code', '?of=Ana&done=1ab', /damaged/],
    ['another version', '?of=Ana&done=9abc', /should start with "1"/],
    ['markup in the code', '?of=Ana&done=%3Cscript%3Ealert(1)%3C/script%3E', /should start with "1"/],
    ['a name without a code', '?of=Ana', /no progress code/],
    ['an endless code', `?done=1${'A'.repeat(4000)}`, /too long/],
  ];
  for (const [name, query, message] of junk) {
    test(`a junk link (${name}) shows a clear message and the reader’s own progress`, async () => {
      const context = await newProfile(shared.browser, {colorScheme: name === 'a damaged code' ? 'dark' : 'light'});
      await markComplete(context, METRICS);
      const {page, problems} = await visit(context, `/practice/progress${query}`);
      const alert = page.getByRole('alert');
      assert.match(await alert.textContent(), /^This progress link could not be read\./);
      assert.match(await alert.textContent(), message);
      assert.match(await alert.textContent(), /Showing your own progress only\.$/);
      assert.deepEqual(await page.locator('main thead th').allTextContents(), ['Lesson', 'Section', 'You', 'Your self-checks answered']);
      assert.match(await rowOf(page, METRICS).locator('td').nth(1).textContent(), /^Completed /);
      if (name === 'a damaged code') await expectNoAxeViolations(page, 'junk link (dark)');
      assert.deepEqual(problems, NO_PROBLEMS);
      await context.close();
    });
  }

  test('a very long name is cut, and other parameters are ignored', async () => {
    const context = await newProfile(shared.browser);
    const {page, problems} = await visit(context, `/practice/progress?of=${'N'.repeat(500)}&done=1&utm_source=chat`);
    assert.deepEqual(await page.locator('main thead th').allTextContents(), ['Lesson', 'Section', 'You', 'N'.repeat(40), 'Your self-checks answered']);
    assert.deepEqual(problems, NO_PROBLEMS);
    await context.close();
  });
});

describe('self-check marks and the review page', () => {
  test('"Review again" puts a question on the review page, which links to it and survives a reload', async () => {
    const context = await newProfile(shared.browser);
    const {page, problems} = await visit(context, METRICS.path);
    const check = page.locator('main details[id^="check-"]').first();
    const question = (await check.locator('summary').textContent()).trim();
    const anchor = await check.getAttribute('id');
    assert.equal(await check.getByRole('button', {name: 'Review again'}).isVisible(), false, 'hidden until revealed');
    await check.locator('summary').focus();
    await page.keyboard.press('Enter');
    const review = check.getByRole('button', {name: 'Review again'});
    await review.focus();
    await page.keyboard.press('Space');
    assert.equal(await review.getAttribute('aria-pressed'), 'true');
    assert.equal(await check.getByRole('button', {name: 'Knew it'}).getAttribute('aria-pressed'), 'false');
    await expectNoAxeViolations(page, 'lesson after marking a self-check');

    // A second question marked "knew it" only counts.
    const second = page.locator('main details[id^="check-"]').nth(1);
    await second.locator('summary').click();
    await second.getByRole('button', {name: 'Knew it'}).click();

    await page.goto(new URL('/practice/review', BASE_URL).href, {waitUntil: 'networkidle'});
    const total = Number(/All (\d+) self-check questions/.exec(await page.locator('main').textContent())[1]);
    assert.ok(total > 100);
    const status = reviewSummary(page);
    // The saved marks are read once the page has hydrated, which can finish after the network is idle.
    await status.filter({hasText: /^1 question to review/}).waitFor();
    assert.equal(await status.textContent(), `1 question to review in 1 lesson. You knew 1 of ${total} questions.`);
    const toReview = page.getByRole('region', {name: 'To review'});
    await toReview.getByRole('heading', {name: titleOf(METRICS)}).waitFor();
    const link = toReview.getByRole('link', {name: question});
    assert.equal(await link.getAttribute('href'), `${METRICS.path}#${anchor}`);
    for (const scheme of ['light', 'dark']) {
      await useColorScheme(page, scheme);
      await expectNoAxeViolations(page, `review page with a question (${scheme})`);
    }
    await page.reload({waitUntil: 'networkidle'});
    // The saved marks appear once the page has hydrated, which can finish after the network is idle.
    await toReview.getByRole('link', {name: question}).waitFor();
    assert.equal(await toReview.getByRole('link', {name: question}).count(), 1);

    await link.click();
    await page.waitForURL((url) => url.pathname === METRICS.path && url.hash === `#${anchor}`);
    // Linked lessons are no longer prefetched, so the lesson renders once its chunk has loaded.
    await page.locator(`[id="${anchor}"]`).waitFor();
    assert.equal(await page.locator(`[id="${anchor}"]`).count(), 1);

    await page.goBack({waitUntil: 'networkidle'});
    await toReview.getByRole('button', {name: new RegExp(`^Knew it now ?: `)}).click();
    assert.equal(await status.textContent(), `No questions marked for review. You knew 2 of ${total} questions.`);
    await toReview.getByText(/Nothing to review yet/).waitFor();
    assert.deepEqual(problems, NO_PROBLEMS);
    await context.close();
  });
});

describe('accessibility of the practice pages', () => {
  for (const colorScheme of ['light', 'dark']) {
    test(`progress and review pages pass axe in ${colorScheme} mode, empty and with progress`, async () => {
      const context = await newProfile(shared.browser, {colorScheme});
      for (const path of ['/practice/progress', '/practice/review']) {
        const {page} = await visit(context, path);
        await expectNoAxeViolations(page, `${path} empty (${colorScheme})`);
        await page.close();
      }
      await markComplete(context, METRICS);
      const {page} = await visit(context, '/practice/progress');
      await page.getByLabel(/Your name/).fill('Ana');
      await expectNoAxeViolations(page, `/practice/progress with progress (${colorScheme})`);
      const lesson = await visit(context, METRICS.path);
      await expectNoAxeViolations(lesson.page, `lesson marked complete (${colorScheme})`);
      await context.close();
    });
  }
});
