import {test} from 'node:test';
import assert from 'node:assert/strict';
import {openPage, useSharedBrowser} from './browser.mjs';

// Issue 19, item 8: on a 1280 px laptop both sidebars left a lesson ~700 px, so five-column tables
// wrapped their headers to four lines. The lessons with the widest tables are measured here.
const shared = useSharedBrowser();
const WIDEST = ['/generative-ai/llm-serving', '/case-studies/smart-compose', '/ml-system-design/model-selection', '/case-studies/ad-click-prediction'];

/** The lesson's width, and the most lines any header cell of its tables with 5+ columns wraps to. */
function measure(page) {
  return page.evaluate(() => {
    const lines = (cell) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      return new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top))).size;
    };
    const wide = [...document.querySelectorAll('article table')].filter((table) => table.querySelectorAll('thead th').length >= 5);
    return {
      article: document.querySelector('article').getBoundingClientRect().width,
      wideTables: wide.length,
      headerLines: Math.max(0, ...wide.flatMap((table) => [...table.querySelectorAll('thead th')].map(lines))),
    };
  });
}

for (const path of WIDEST) {
  test(`${path} at 1280 px: the lesson is over 880 px wide and no wide-table header wraps past 3 lines`, async () => {
    const {page, context} = await openPage(shared.browser, path, {viewport: {width: 1280, height: 900}});
    const {article, wideTables, headerLines} = await measure(page);
    assert.ok(wideTables > 0, 'the lesson still has a table of 5+ columns');
    assert.ok(article > 880, `lesson is ${article} px wide`);
    assert.ok(headerLines <= 3, `a header wraps to ${headerLines} lines`);
    // The contents are still one click away, above the lesson.
    const contents = page.locator('article > .theme-doc-toc-mobile');
    assert.ok(await contents.isVisible(), '"On this page" is shown');
    await contents.getByRole('button', {name: 'On this page'}).click();
    assert.ok(await contents.getByRole('link').first().isVisible(), 'it opens to the list of sections');
    assert.equal(await page.locator('.theme-doc-toc-desktop').isVisible(), false, 'no second contents column');
    await context.close();
  });
}

test('on a 1600 px screen the contents keep their own column beside a lesson of over 780 px', async () => {
  const {page, context} = await openPage(shared.browser, WIDEST[0], {viewport: {width: 1600, height: 900}});
  assert.ok(await page.locator('.theme-doc-toc-desktop').isVisible());
  assert.equal(await page.locator('article > .theme-doc-toc-mobile').isVisible(), false);
  assert.ok((await measure(page)).article > 780);
  await context.close();
});
