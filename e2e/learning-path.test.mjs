import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {AxeBuilder} from '@axe-core/playwright';
import {BASE_URL, openPage, useColorScheme, useSharedBrowser, VIEWPORTS} from './browser.mjs';
import {readLessons} from './lessonFiles.mjs';

const shared = useSharedBrowser();
const lessons = await readLessons();
const titleOf = new Map(lessons.map((lesson) => [lesson.id, lesson.frontMatter.title]));
const PROGRESS_KEY = 'mlsd-guide:progress:v1';

/** The path as shown, in page order: each card's lesson id, title, link, the titles after "After:" and its done mark. */
async function cards(page) {
  return page.locator('main li[data-lesson-id]:has(> div > a)').evaluateAll((items) =>
    items.map((item) => ({
      id: item.dataset.lessonId,
      title: item.querySelector('a').textContent,
      href: item.querySelector('a').getAttribute('href'),
      after: [...item.querySelectorAll('ul li')].map((prerequisite) => prerequisite.textContent),
      done: item.hasAttribute('data-done') && /Done/.test(item.textContent),
    })),
  );
}

/** Every lesson a lesson needs before it: its prerequisites, theirs, and so on. */
function chainOf(id) {
  const seen = new Set();
  const visit = (lessonId) => {
    for (const path of lessons.find((lesson) => lesson.id === lessonId).prerequisitePaths) {
      if (!seen.has(path.slice(1))) {
        seen.add(path.slice(1));
        visit(path.slice(1));
      }
    }
  };
  visit(id);
  return seen;
}

/** How far the page scrolls sideways, and every element of main that reaches past main or clips its own content. */
function layoutProblems(page) {
  return page.evaluate(() => {
    const main = document.querySelector('main').getBoundingClientRect();
    const problems = [];
    for (const element of document.querySelectorAll('main *')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const name = `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(/\s+/)[0]}` : ''} "${element.textContent.slice(0, 40)}"`;
      if (box.left < main.left - 0.5 || box.right > main.right + 0.5) problems.push(`${name} reaches past main (${Math.round(box.left)}–${Math.round(box.right)})`);
      if (element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'visible') problems.push(`${name} clips or scrolls its content`);
    }
    return {overflow: document.documentElement.scrollWidth - window.innerWidth, problems};
  });
}

const saveProgress = (context, completed) =>
  context.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [PROGRESS_KEY, JSON.stringify({completed})]);

describe('the learning path', () => {
  test('lists every lesson once, each after all of its prerequisites, naming them', async () => {
    const {page, context, problems} = await openPage(shared.browser, '/learning-path');
    const shown = await cards(page);
    assert.deepEqual(shown.map((card) => card.id).sort(), lessons.map((lesson) => lesson.id).sort());
    const position = new Map(shown.map((card, index) => [card.id, index]));
    for (const card of shown) {
      const lesson = lessons.find((candidate) => candidate.id === card.id);
      assert.equal(card.title, lesson.frontMatter.title);
      assert.equal(card.href, lesson.path);
      const prerequisites = lesson.prerequisitePaths.map((path) => path.slice(1));
      assert.deepEqual(card.after.sort(), prerequisites.map((id) => titleOf.get(id)).sort(), `what to read before ${card.title}`);
      for (const id of prerequisites) assert.ok(position.get(id) < position.get(card.id), `${id} comes before ${card.id}`);
    }
    const parts = await page.locator('main section > h2').allTextContents();
    assert.deepEqual(parts, ['Foundations', 'ML System Design', 'Generative AI', 'Case Studies']);
    assert.ok((await page.locator('main h3').allTextContents()).includes('Recommendations and feeds'), 'case studies in their groups');
    assert.match(await page.locator('main').textContent(), /Start here: System Design Framework/);
    assert.deepEqual(problems, {consoleErrors: [], foreignRequests: [], failedResponses: []});
    await context.close();
  });

  test('without JavaScript the built page already shows the whole path', async () => {
    const context = await shared.browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto(new URL('/learning-path', BASE_URL).href);
    assert.equal((await cards(page)).length, lessons.length);
    await context.close();
  });

  test('at 1280 px nothing is clipped or reaches past the page, and titles are readable', async () => {
    const {page, context} = await openPage(shared.browser, '/learning-path', {viewport: VIEWPORTS.desktop});
    const {overflow, problems} = await layoutProblems(page);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
    assert.deepEqual(problems, []);
    const smallest = await page
      .locator('main li[data-lesson-id] a')
      .evaluateAll((links) => Math.min(...links.map((link) => parseFloat(getComputedStyle(link).fontSize))));
    assert.ok(smallest >= 14, `smallest lesson text is ${smallest}px`);
    await context.close();
  });

  for (const width of [360, 390]) {
    test(`at ${width} px, nothing scrolls sideways: the whole path, with saved progress, and a focused lesson`, async () => {
      const viewport = {width, height: 800};
      for (const [path, completed] of [
        ['/learning-path', {}],
        ['/learning-path', Object.fromEntries(lessons.map((lesson) => [lesson.id, '2026-01-02']))],
        ['/learning-path?focus=case-studies/personalized-image-generation', {'foundations/system-design-framework': '2026-01-02'}],
      ]) {
        for (const colorScheme of ['light', 'dark']) {
          const context = await shared.browser.newContext({viewport, colorScheme, serviceWorkers: 'block'});
          await saveProgress(context, completed);
          const page = await context.newPage();
          await page.goto(new URL(path, BASE_URL).href, {waitUntil: 'networkidle'});
          await page.waitForSelector('html[data-has-hydrated="true"]');
          const {overflow, problems} = await layoutProblems(page);
          assert.ok(overflow <= 0, `${path} (${colorScheme}) is ${overflow}px wider than the screen`);
          assert.deepEqual(problems, [], `${path} at ${width} px`);
          await context.close();
        }
      }
    });
  }

  test('done marks appear once progress is saved, with the next lesson to read', async () => {
    const {page, context} = await openPage(shared.browser, '/foundations/system-design-framework');
    await page.getByRole('button', {name: 'Mark as complete'}).click();
    await page.goto(new URL('/learning-path', BASE_URL).href, {waitUntil: 'networkidle'});
    await page.waitForSelector('main li[data-done]');
    const shown = await cards(page);
    assert.deepEqual(shown.filter((card) => card.done).map((card) => card.id), ['foundations/system-design-framework']);
    const text = await page.locator('main').textContent();
    assert.match(text, new RegExp(`1 of ${lessons.length} done\\. Next: `));
    assert.match(text, /Foundations2 lessons · [^·]+ · 1 done/);
    await context.close();
  });

  test('focus mode works from the keyboard: chain, unlocks, back, and a focus link on each card', async () => {
    const target = 'ml-system-design/multi-stage-ranking';
    const {page, context, problems} = await openPage(shared.browser, '/learning-path');
    await page.getByLabel(/Focus on a lesson/).focus();
    // A closed select changes with the arrow keys; type the title's start to jump to it.
    await page.keyboard.type('Multi-Stage');
    assert.equal(await page.getByLabel(/Focus on a lesson/).inputValue(), target);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('focus') === target);
    const panel = page.getByRole('region', {name: /^Focus: Multi-Stage Ranking/});
    await panel.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'focus-heading', 'the keyboard moves to the focused lesson');
    const [chain, unlocks] = await panel.locator('ol').evaluateAll((lists) =>
      lists.map((list) => [...list.children].map((item) => item.dataset.lessonId)),
    );
    const expectedChain = chainOf(target);
    assert.deepEqual(new Set(chain), expectedChain);
    assert.equal(chain.length, expectedChain.size);
    const expectedUnlocks = lessons.filter((lesson) => lesson.prerequisitePaths.includes(`/${target}`)).map((lesson) => lesson.id);
    assert.deepEqual([...unlocks].sort(), expectedUnlocks.sort());
    assert.ok(expectedUnlocks.length > 0 && expectedChain.size > 3, 'the lesson has a chain and unlocks something');

    for (const colorScheme of ['light', 'dark']) {
      await useColorScheme(page, colorScheme);
      const {violations} = await new AxeBuilder({page}).analyze();
      assert.deepEqual(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`), [], colorScheme);
    }

    await panel.getByRole('link', {name: 'Back to the whole path'}).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.search);
    assert.equal(await page.getByRole('region', {name: /^Focus:/}).count(), 0);

    await page.getByRole('link', {name: 'Focus on Design Text-to-Video Generation'}).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('region', {name: /^Focus: Design Text-to-Video Generation/}).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'focus-heading');
    assert.deepEqual(problems, {consoleErrors: [], foreignRequests: [], failedResponses: []});
    await context.close();
  });

  test('a focus that names no lesson says so and shows the whole path', async () => {
    const {page, context} = await openPage(shared.browser, '/learning-path?focus=no/such-lesson');
    assert.match(await page.getByRole('alert').textContent(), /“no\/such-lesson”, which is not a lesson on the path/);
    assert.equal((await cards(page)).length, lessons.length);
    await context.close();
  });
});
