import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {BASE_URL, openPage, useSharedBrowser, VIEWPORTS} from './browser.mjs';
import {readLessons} from './lessonFiles.mjs';

const shared = useSharedBrowser();
const lessons = await readLessons();

/** The reading order as shown: each lesson's title, link and the titles under "Read first". */
async function readingOrder(page) {
  return page.locator('main ol > li').evaluateAll((items) =>
    items.map((item) => ({
      title: item.querySelector('a').textContent,
      href: item.querySelector('a').getAttribute('href'),
      readFirst: [...item.querySelectorAll('ul li')].map((prerequisite) => prerequisite.textContent),
    })),
  );
}

describe('the learning path', () => {
  test('lists every lesson once, each after all of its prerequisites', async () => {
    const {page, context, problems} = await openPage(shared.browser, '/learning-path');
    const order = await readingOrder(page);
    const byTitle = new Map(lessons.map((lesson) => [lesson.frontMatter.title, lesson]));
    assert.deepEqual(order.map((item) => item.title).sort(), [...byTitle.keys()].sort());
    const position = new Map(order.map((item, index) => [item.title, index]));
    for (const item of order) {
      const lesson = byTitle.get(item.title);
      assert.equal(item.href, lesson.path);
      const prerequisiteTitles = lesson.prerequisitePaths.map((path) => lessons.find((other) => other.path === path).frontMatter.title);
      assert.deepEqual(item.readFirst.sort(), [...prerequisiteTitles].sort(), `what to read before ${item.title}`);
      for (const title of prerequisiteTitles) {
        assert.ok(position.get(title) < position.get(item.title), `${title} comes before ${item.title}`);
      }
    }
    // Grouped by section, numbered throughout.
    const groups = await page.locator('main ol').evaluateAll((lists) => lists.map((list) => list.start));
    assert.equal(groups[0], 1);
    assert.deepEqual(problems, {consoleErrors: [], foreignRequests: [], failedResponses: []});
    await context.close();
  });

  test('on a wide screen the graph draws a linked box per lesson and an arrow per prerequisite', async () => {
    const {page, context} = await openPage(shared.browser, '/learning-path');
    const graph = page.getByRole('figure', {name: /Prerequisite graph/});
    assert.equal(await graph.isVisible(), true);
    const boxes = graph.getByRole('link');
    assert.deepEqual(
      (await boxes.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).sort(),
      lessons.map((lesson) => lesson.path).sort(),
    );
    const arrows = await graph.locator('path[data-from]').evaluateAll((paths) => paths.map((path) => `${path.dataset.from} -> ${path.dataset.to}`));
    const expected = lessons.flatMap((lesson) => lesson.prerequisitePaths.map((path) => `${path.slice(1)} -> ${lesson.id}`));
    assert.deepEqual(arrows.sort(), expected.sort());
    // Every prerequisite sits in a higher row than the lesson that needs it.
    const top = new Map(
      await graph.locator('a[data-lesson-id]').evaluateAll((links) =>
        links.map((link) => [link.dataset.lessonId, link.getBoundingClientRect().top]),
      ),
    );
    for (const lesson of lessons) {
      for (const path of lesson.prerequisitePaths) {
        assert.ok(top.get(path.slice(1)) < top.get(lesson.id), `${path} is drawn above ${lesson.path}`);
      }
    }
    await boxes.filter({hasText: 'Problem Framing'}).click();
    await page.waitForURL(new URL('/ml-system-design/problem-framing', BASE_URL).href);
    await context.close();
  });

  test('on a 360 px phone the page reads as a list, without scrolling sideways', async () => {
    const {page, context} = await openPage(shared.browser, '/learning-path', {viewport: VIEWPORTS.phone});
    assert.equal(await page.getByRole('figure', {name: /Prerequisite graph/}).isVisible(), false);
    assert.equal((await readingOrder(page)).length, lessons.length);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
    await context.close();
  });

  test('on a 768 px tablet a graph wider than the screen scrolls in its own box, not the page', async () => {
    const {page, context} = await openPage(shared.browser, '/learning-path', {viewport: {width: 768, height: 1024}});
    assert.equal(await page.getByRole('figure', {name: /Prerequisite graph/}).isVisible(), true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
    await context.close();
  });
});
