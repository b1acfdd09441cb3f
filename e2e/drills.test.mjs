import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {axe, BASE_URL, useColorScheme, useSharedBrowser, VIEWPORTS} from './browser.mjs';
import {readLessons} from './lessonFiles.mjs';

// Self-check progress in the lesson header and on the progress page; drills on /practice/review on
// a fake clock; the v1 -> v2 self-check store migration; self-checks in the progress file.
const shared = useSharedBrowser();
const lessons = await readLessons();
const MARKS_V1 = 'mlsd-guide:self-check:v1';
const MARKS_V2 = 'mlsd-guide:self-check:v2';
const METRICS = lessons.find((lesson) => lesson.id === 'ml-system-design/metrics');
const NO_PROBLEMS = {consoleErrors: [], foreignRequests: [], failedResponses: []};
const at = (day) => new Date(`${day}T10:00:00`);

async function newProfile(browser, {colorScheme = 'light', viewport = VIEWPORTS.desktop, day, init} = {}) {
  const context = await browser.newContext({colorScheme, viewport});
  if (day) await context.clock.install({time: at(day)});
  if (init) await context.addInitScript(init.script, init.arg);
  return context;
}

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
  await page.waitForSelector('html[data-has-hydrated="true"]');
  return {page, problems};
}

const stored = async (page, key) => JSON.parse(await page.evaluate((k) => localStorage.getItem(k), key));
const answered = (page) => page.locator('main [data-self-checks]').first();
const drillStatus = (page) => page.getByRole('region', {name: 'Drill'}).getByRole('status');

async function expectNoAxeViolations(page, label) {
  const {violations} = await axe(page).analyze();
  assert.deepEqual(
    violations.map((violation) => `${label}: ${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
    [],
  );
}

/** The lesson's questions as ids, read from the page's anchors. */
async function questionIdsOn(page, lesson) {
  const anchors = await page.locator('main details[id^="check-"]').evaluateAll((nodes) => nodes.map((node) => node.id));
  return anchors.map((anchor) => `${lesson.id}#${anchor.slice('check-'.length)}`);
}

async function markQuestion(page, index, name) {
  const check = page.locator('main details[id^="check-"]').nth(index);
  await check.locator('summary').click();
  await check.getByRole('button', {name}).click();
}

describe('self-check progress', () => {
  test('the lesson header and the progress page say how many self-checks are answered', async () => {
    const context = await newProfile(shared.browser);
    const {page, problems} = await visit(context, METRICS.path);
    const ids = await questionIdsOn(page, METRICS);
    assert.ok(ids.length >= 3);
    assert.equal(await answered(page).textContent(), `answered 0 of ${ids.length}`);
    await markQuestion(page, 0, 'Review again');
    await markQuestion(page, 1, 'Knew it');
    assert.equal(await answered(page).textContent(), `answered 2 of ${ids.length}`);
    // Pressing the pressed mark (the answer is still open) clears it.
    await page.locator('main details[id^="check-"]').nth(1).getByRole('button', {name: 'Knew it'}).click();
    assert.equal(await answered(page).textContent(), `answered 1 of ${ids.length}`);
    const progress = await visit(context, '/practice/progress');
    const row = progress.page.locator('main tr', {has: progress.page.getByRole('link', {name: METRICS.frontMatter.title, exact: true})});
    assert.equal(await row.locator('[data-self-checks]').textContent(), `1 of ${ids.length}`);
    assert.deepEqual(problems, NO_PROBLEMS);
    assert.deepEqual(progress.problems, NO_PROBLEMS);
    await context.close();
  });

  test('marks saved by the previous version (v1) are read, kept, and exported', async () => {
    const probe = await newProfile(shared.browser);
    const ids = await questionIdsOn((await visit(probe, METRICS.path)).page, METRICS);
    await probe.close();
    const v1 = JSON.stringify({marks: {[ids[0]]: 'review', [ids[1]]: 'knew'}});
    const context = await newProfile(shared.browser, {
      init: {script: ({key, value}) => localStorage.getItem(key) ?? localStorage.setItem(key, value), arg: {key: MARKS_V1, value: v1}},
    });
    const {page, problems} = await visit(context, METRICS.path);
    assert.equal(await answered(page).textContent(), `answered 2 of ${ids.length}`);
    const review = await visit(context, '/practice/review');
    // No schedule in v1: a question marked for review then is due now.
    assert.equal(await drillStatus(review.page).textContent(), '1 question due today, of 1 under review.');
    const progress = await visit(context, '/practice/progress');
    const [download] = await Promise.all([
      progress.page.waitForEvent('download'),
      progress.page.getByRole('button', {name: 'Export progress'}).click(),
    ]);
    const file = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.equal(file.version, 2);
    assert.deepEqual(file.selfChecks, {marks: Object.fromEntries([[ids[1], 'knew'], [ids[0], 'review']].sort()), drills: {}});
    // A change saves version 2; the version 1 data is left untouched.
    await markQuestion(page, 2, 'Knew it');
    assert.deepEqual(Object.keys((await stored(page, MARKS_V2)).marks).sort(), [ids[0], ids[1], ids[2]].sort());
    assert.equal(JSON.stringify(await stored(page, MARKS_V1)), v1);

    // Imported into a fresh profile, the marks arrive with the lessons.
    const second = await newProfile(shared.browser, {colorScheme: 'dark'});
    const other = await visit(second, '/practice/progress');
    await other.page.getByLabel('Import a progress file').setInputFiles(await download.path());
    const status = other.page.getByRole('region', {name: 'Export and import'}).getByRole('status');
    await status.filter({hasText: 'self-check'}).waitFor();
    assert.match(await status.textContent(), /2 self-check marks added/);
    assert.deepEqual((await stored(other.page, MARKS_V2)).marks, file.selfChecks.marks);
    assert.deepEqual(problems, NO_PROBLEMS);
    assert.deepEqual(other.problems, NO_PROBLEMS);
    await context.close();
    await second.close();
  });

  test('corrupt self-check storage reads as no marks, on the lesson and the review page', async () => {
    const context = await newProfile(shared.browser, {
      init: {script: (keys) => keys.forEach((key) => localStorage.setItem(key, '{"marks": {oops')), arg: [MARKS_V1, MARKS_V2]},
    });
    const {page, problems} = await visit(context, METRICS.path);
    assert.match(await answered(page).textContent(), /^answered 0 of \d+$/);
    const review = await visit(context, '/practice/review');
    assert.equal(await drillStatus(review.page).textContent(), 'No questions under review, so nothing is due.');
    assert.deepEqual(problems, NO_PROBLEMS);
    assert.deepEqual(review.problems, NO_PROBLEMS);
    await context.close();
  });
});

describe('drills', () => {
  test('a question marked "review again" comes back after 1 day, then 3, by the keyboard, on a fake clock', async () => {
    const context = await newProfile(shared.browser, {day: '2026-11-20'});
    const {page, problems} = await visit(context, METRICS.path);
    const [id] = await questionIdsOn(page, METRICS);
    const question = (await page.locator('main details[id^="check-"] summary').first().textContent()).trim();
    await markQuestion(page, 0, 'Review again');
    assert.deepEqual((await stored(page, MARKS_V2)).drills, {[id]: {box: 1, due: '2026-11-21'}});

    await page.goto(new URL('/practice/review', BASE_URL).href, {waitUntil: 'networkidle'});
    await drillStatus(page).filter({hasText: 'next due'}).waitFor();
    assert.equal(await drillStatus(page).textContent(), 'Nothing due today; 1 question under review, the next due on 2026-11-21.');
    assert.equal(await page.getByRole('button', {name: /^Start drill/}).isDisabled(), true);

    await context.clock.setFixedTime(at('2026-11-21'));
    await page.reload({waitUntil: 'networkidle'});
    await drillStatus(page).filter({hasText: 'due today'}).waitFor();
    assert.equal(await drillStatus(page).textContent(), '1 question due today, of 1 under review.');
    const start = page.getByRole('button', {name: 'Start drill (1 question)'});
    await start.focus();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', {name: question});
    await heading.waitFor();
    assert.equal(await heading.evaluate((node) => node === document.activeElement), true, 'focus on the question');
    assert.equal(await page.getByRole('region', {name: 'Answer'}).count(), 0, 'answer hidden until asked');
    await page.keyboard.press('s');
    const answer = page.getByRole('region', {name: 'Answer'});
    await answer.waitFor();
    assert.ok((await answer.textContent()).length > 40, 'the worked answer is shown');
    for (const scheme of ['light', 'dark']) {
      await useColorScheme(page, scheme);
      await expectNoAxeViolations(page, `drill with the answer shown (${scheme})`);
    }
    await page.keyboard.press('k');
    await page.getByRole('heading', {name: 'Drill done'}).waitFor();
    assert.match(await page.getByRole('region', {name: 'Drill'}).textContent(), /1 question: 1 knew it, 0 to review again/);
    assert.deepEqual((await stored(page, MARKS_V2)).drills, {[id]: {box: 2, due: '2026-11-24'}});

    await context.clock.setFixedTime(at('2026-11-23'));
    await page.reload({waitUntil: 'networkidle'});
    await drillStatus(page).filter({hasText: 'next due'}).waitFor();
    assert.equal(await drillStatus(page).textContent(), 'Nothing due today; 1 question under review, the next due on 2026-11-24.');
    await context.clock.setFixedTime(at('2026-11-24'));
    await page.reload({waitUntil: 'networkidle'});
    await drillStatus(page).filter({hasText: 'due today'}).waitFor();
    // "Review again" in the drill starts it over: due the next day.
    await page.getByRole('button', {name: /^Start drill/}).click();
    await page.getByRole('button', {name: 'Show answer'}).click();
    await page.getByRole('button', {name: 'Review again'}).click();
    assert.deepEqual((await stored(page, MARKS_V2)).drills, {[id]: {box: 1, due: '2026-11-25'}});
    assert.deepEqual(problems, NO_PROBLEMS);
    await context.close();
  });

  test('the drill fits a phone and passes axe in both themes', async () => {
    for (const colorScheme of ['light', 'dark']) {
      const context = await newProfile(shared.browser, {colorScheme, viewport: VIEWPORTS.phone, day: '2026-11-20'});
      const lesson = await visit(context, METRICS.path);
      await markQuestion(lesson.page, 0, 'Review again');
      await markQuestion(lesson.page, 1, 'Review again');
      await expectNoAxeViolations(lesson.page, `lesson header with self-checks answered (${colorScheme})`);
      await context.clock.setFixedTime(at('2026-11-21'));
      const {page, problems} = await visit(context, '/practice/review');
      await page.getByRole('button', {name: 'Start drill (2 questions)'}).click();
      await page.getByRole('button', {name: 'Show answer'}).click();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
      await expectNoAxeViolations(page, `drill on a phone (${colorScheme})`);
      assert.deepEqual(problems, NO_PROBLEMS);
      await context.close();
    }
  });
});
