// Formulas: the lessons' TeX (`$$ ... $$`) is MathML in the built HTML, laid out by the browser with
// no script, stylesheet or font loaded for it; the cheat sheet shows the same formulas; and a single
// dollar is never math, so prices read as written.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {BASE_URL, openPage, useSharedBrowser, VIEWPORTS} from './browser.mjs';
import {readLessons} from './lessonFiles.mjs';

const shared = useSharedBrowser();
const lessons = await readLessons();

/** Display formulas in a lesson's source: `$$` alone on a line opens and closes one (outside code fences). */
function displayFormulas(source) {
  let fence = false;
  let marks = 0;
  for (const line of source.split('\n')) {
    if (/^(```|~~~)/.test(line)) fence = !fence;
    else if (!fence && line.trim() === '$$') marks += 1;
  }
  return marks / 2;
}
const pageHtml = async (path) => (await fetch(new URL(path, BASE_URL))).text();
/** A page's text as a reader without JavaScript gets it: tags, scripts and formulas left out. */
const textOf = (html) =>
  html
    .replace(/<(script|style|math)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

const METRICS = '/ml-system-design/metrics';

describe('formulas', () => {
  test('the metrics lesson\'s formulas are MathML in its HTML, each with its TeX as a plain-text alternative', async () => {
    const source = lessons.find((lesson) => lesson.path === METRICS).source;
    const formulas = displayFormulas(source);
    assert.ok(formulas >= 7, `${formulas} display formulas in the metrics lesson`);
    const html = await pageHtml(METRICS);
    const blocks = [...html.matchAll(/<math display="?block"?[^>]*>([\s\S]*?)<\/math>/g)].map((match) => match[1]);
    assert.equal(blocks.length, formulas);
    for (const block of blocks) {
      assert.match(block, /^<semantics>[\s\S]*<annotation encoding="?application\/x-tex"?>[^<]+<\/annotation><\/semantics>$/);
    }
    assert.ok(blocks.some((block) => block.includes('<mfrac>') && block.includes('<mi>TP</mi>')), 'precision is a fraction of TP');
    assert.ok(!textOf(html).includes('$$'), 'no TeX delimiters are left in the text');
  });

  test('a single dollar is never math: prices read as written and only lessons with $$ formulas hold MathML', async () => {
    for (const [path, line] of [
      [METRICS, 'the expected cost of the errors is 30 × $200 + 80 × $10 = $6,800.'],
      ['/generative-ai/rag', '$0.02 and $0.13 per 1M tokens'],
    ]) {
      assert.ok(textOf(await pageHtml(path)).includes(line), `${path} shows "${line}"`);
    }
    const withPrices = lessons.filter((lesson) => /\$\d[^$\n]*\$\d/.test(lesson.source));
    assert.ok(withPrices.length > 10, `${withPrices.length} lessons have two prices on a line`);
    for (const lesson of lessons) {
      const mathElements = (await pageHtml(lesson.path)).match(/<math\b/g)?.length ?? 0;
      assert.equal(mathElements, displayFormulas(lesson.source), `${lesson.path}: <math> elements against $$ formulas in its source`);
    }
  });

  const withFormulas = lessons.filter((lesson) => displayFormulas(lesson.source) > 0).map((lesson) => lesson.path);
  for (const [path, viewport] of withFormulas.flatMap((path) => [{width: 390, height: 844}, VIEWPORTS.phone].map((viewport) => [path, viewport]))) {
    test(`${path} at ${viewport.width} px, dark: the browser lays the formulas out as math, each within the page`, async () => {
      const {page, context, problems} = await openPage(shared.browser, path, {viewport, colorScheme: 'dark'});
      const layout = await page.evaluate(() => ({
        pageWidth: document.documentElement.scrollWidth,
        formulas: [...document.querySelectorAll('article math[display="block"]')].map((math) => {
          const box = math.getBoundingClientRect();
          const fraction = math.querySelector('mfrac');
          return {
            display: getComputedStyle(math).display,
            top: box.top,
            bottom: box.bottom,
            right: box.right,
            // A fraction laid out as MathML stacks its parts: it is taller than one line of its text.
            stacked: fraction ? fraction.getBoundingClientRect().height > 1.5 * parseFloat(getComputedStyle(math).fontSize) : true,
          };
        }),
      }));
      assert.equal(layout.pageWidth, viewport.width, 'no sideways scroll');
      assert.ok(layout.formulas.length > 0);
      layout.formulas.slice(1).forEach((formula, index) => {
        const gap = formula.top - layout.formulas[index].bottom;
        assert.ok(gap >= 8, `formulas ${index + 1} and ${index + 2} are ${gap} px apart: they run into each other`);
      });
      for (const formula of layout.formulas) {
        assert.equal(formula.display, 'block math');
        assert.ok(formula.right <= viewport.width, `a formula ends at ${formula.right} px`);
        assert.ok(formula.stacked, 'fractions are stacked');
      }
      assert.deepEqual(problems, {consoleErrors: [], foreignRequests: [], failedResponses: []});
      await context.close();
    });
  }

  test('the cheat sheet shows the lesson\'s formulas as MathML, in its HTML and after hydration, and no page loads a TeX converter', async () => {
    const html = await pageHtml('/practice/cheat-sheet');
    // The minifier leaves out optional end tags (</dd>) and quotes.
    const inHtml = [...html.matchAll(/<dd><math displaystyle="?true"?>([\s\S]*?)<\/math>/g)].map((match) => match[1]);
    assert.equal(inHtml.length, 7, 'seven formulas in the HTML');
    assert.ok(inHtml.every((formula) => /<annotation encoding="?application\/x-tex"?>[^<]+<\/annotation><\/semantics>$/.test(formula)));
    const {page, context, problems} = await openPage(shared.browser, '/practice/cheat-sheet', {viewport: {width: 390, height: 844}});
    const scripts = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response);
    });
    const precision = page.locator('[data-block="metrics"] dl > div', {hasText: 'Precision'}).locator('dd > math');
    assert.equal(await precision.locator('annotation').textContent(), String.raw`\frac{\mathrm{TP}}{\mathrm{TP} + \mathrm{FP}}`);
    assert.equal(await precision.locator('mfrac > *').count(), 2);
    assert.equal(await page.locator('[data-block="metrics"] dd > math').count(), 7);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 390, 'no sideways scroll');
    await page.setViewportSize(VIEWPORTS.phone);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), VIEWPORTS.phone.width, 'no sideways scroll at 360 px');
    await page.reload({waitUntil: 'networkidle'});
    await page.waitForSelector('html[data-has-hydrated="true"]');
    assert.ok(scripts.length > 0);
    for (const response of scripts) {
      const code = await response.text();
      assert.ok(!/Temml|Unsupported function name/.test(code), `loads no TeX converter: ${response.url()}`);
    }
    assert.deepEqual(problems, {consoleErrors: [], foreignRequests: [], failedResponses: []});
    await context.close();
  });
});
