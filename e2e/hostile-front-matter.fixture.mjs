// Run by scripts/test.mjs against a build of plugins/lessons/__fixtures__/hostile: a lesson whose
// front matter is full of HTML and script. Every value must reach every page as text, never as markup.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {openPage, useSharedBrowser} from './browser.mjs';

const TITLE = `<img src=x onerror="window.__pwned='title'">Hostile <b>title</b>`;
const DESCRIPTION = `</script><script>window.__pwned='description'</script> A description that tries to close its tag.`;
const COMPANY = `<script>window.__pwned='company'</script>`;

const shared = useSharedBrowser();

/** Opens a page with a trap that records any attempt to run the fixture's injected code. */
async function openTrapped(path) {
  const opened = await openPage(shared.browser, path);
  await opened.page.close();
  const page = await opened.context.newPage();
  const dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss();
  });
  await page.addInitScript(() => {
    Object.defineProperty(window, '__pwned', {
      set(value) {
        (window.__pwnedBy ??= []).push(value);
      },
    });
  });
  await page.goto(new URL(path, opened.page.url()).href, {waitUntil: 'networkidle'});
  const ran = await page.evaluate(() => window.__pwnedBy ?? []);
  return {page, context: opened.context, problems: opened.problems, ran, dialogs};
}

test('the trap itself catches injected code (so the checks below can fail)', async () => {
  const {page, context} = await openTrapped('/lessons');
  try {
    await page.evaluate(() => {
      document.body.insertAdjacentHTML('beforeend', `<img src="data:," onerror="window.__pwned='control'">`);
    });
    await page.waitForFunction(() => (window.__pwnedBy ?? []).includes('control'));
  } finally {
    await context.close();
  }
});

for (const path of ['/foundations/system-design-framework', '/ml-system-design/introduction', '/lessons', '/learning-path', '/', '/search?q=hostile']) {
  test(`${path}: hostile front matter runs no code and injects no markup`, async () => {
    const {page, context, problems, ran, dialogs} = await openTrapped(path);
    try {
      assert.deepEqual(ran, [], `injected code ran: ${ran.join(', ')}`);
      assert.deepEqual(dialogs, []);
      assert.equal(await page.locator('img[src="x"], svg[onload]').count(), 0, 'an injected element was rendered');
      assert.equal(await page.locator('[onmouseover], [onerror]').count(), 0, 'an injected attribute was rendered');
      assert.deepEqual(problems.consoleErrors, []);
    } finally {
      await context.close();
    }
  });
}

test('the lesson shows its hostile values as text, in the page and in its metadata', async () => {
  const {page, context} = await openTrapped('/foundations/system-design-framework');
  try {
    assert.equal((await page.locator('h1').first().textContent()).trim(), TITLE);
    assert.ok((await page.locator('main').textContent()).includes(COMPANY), 'the company name is shown as text');
    assert.equal(await page.locator('meta[name="description"]').getAttribute('content'), DESCRIPTION);
    const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
    const resource = jsonLd.map((text) => JSON.parse(text)).find((data) => data['@type'] === 'LearningResource');
    assert.equal(resource?.name, TITLE);
    assert.equal(resource?.description, DESCRIPTION);
  } finally {
    await context.close();
  }
});

test('the lesson that names it as a prerequisite links to it by its text', async () => {
  const {page, context} = await openTrapped('/ml-system-design/introduction');
  try {
    const links = page.getByRole('main').getByRole('link', {name: TITLE, exact: true});
    assert.ok((await links.count()) >= 1, 'the prerequisite link shows the title as text');
    for (const href of await links.evaluateAll((elements) => elements.map((element) => element.getAttribute('href')))) {
      assert.equal(href, '/foundations/system-design-framework');
    }
  } finally {
    await context.close();
  }
});
