// Printing a lesson: no navigation, every self-check answer shown, diagrams kept, light theme.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {openPage, useSharedBrowser} from './browser.mjs';

const LESSON = '/ml-system-design/introduction';
const shared = useSharedBrowser();

const visible = (page, selector) =>
  page.locator(selector).evaluateAll((elements) => elements.filter((element) => element.checkVisibility()).length);

test('a lesson prints without navigation, with answers open and diagrams kept', async () => {
  const {page, context, problems} = await openPage(shared.browser, LESSON, {colorScheme: 'dark'});
  try {
    const answers = await page.locator('details').count();
    assert.ok(answers >= 3, `expected self-check questions on ${LESSON}`);
    assert.equal(await visible(page, 'details > :not(summary)'), 0, 'answers start hidden on screen');

    await page.emulateMedia({media: 'print'});
    for (const selector of ['.navbar', '.theme-doc-sidebar-container', '.theme-doc-toc-desktop', '.footer', '.pagination-nav', 'main button']) {
      assert.equal(await visible(page, selector), 0, `${selector} is printed`);
    }
    // The stylesheet alone shows the answers, before any script runs.
    assert.equal(await visible(page, 'details > :not(summary)'), answers, 'every answer prints');
    const figures = await page.locator('main figure').count();
    assert.ok(figures >= 1);
    assert.equal(await visible(page, 'main figure'), figures, 'every diagram prints');

    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    assert.equal(await page.locator('details:not([open])').count(), 0);
    assert.equal(await page.locator('html').getAttribute('data-theme'), 'light', 'prints in the light theme');
    const pdf = await page.pdf({format: 'A4'});
    assert.ok(pdf.length > 50_000, `the PDF is only ${pdf.length} bytes`);

    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({media: 'screen'});
    assert.equal(await page.locator('html').getAttribute('data-theme'), 'dark', 'the reader’s theme comes back');
    assert.equal(await page.locator('details[open]').count(), 0, 'the answers close again');
    assert.deepEqual(problems.consoleErrors, []);
  } finally {
    await context.close();
  }
});
