// The lessons' calculators in the built site: the worked example is computed in the HTML (read
// without JavaScript), typing changes the results, junk shows a message and never NaN, Infinity
// or a page error, a shared link round-trips and junk in it falls back to the lesson's values, and
// each calculator is usable from the keyboard, fits a 360 px phone and passes axe in light and dark.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {existsSync} from 'node:fs';
import {axe, BASE_URL, openPage, useSharedBrowser, VIEWPORTS} from './browser.mjs';

const shared = useSharedBrowser();

/**
 * Each calculator: its lesson, anchor, the worked example's results as the lesson states them, an
 * input to change and what a result becomes. The LLM serving lesson joins when its file is in docs/.
 */
const CALCULATORS = [
  {
    name: 'capacity',
    path: '/foundations/estimation',
    anchor: 'calculator-capacity',
    expected: {'Average QPS': '23,148 requests/s', 'Peak QPS': '69,444 requests/s', 'GPUs needed': '232', 'Cost a month': '$338,720'},
    change: {input: 'Peak factor (× average)', value: '10', output: 'GPUs needed', becomes: '772'},
    junkInput: 'Daily active users',
  },
  {
    name: 'ab-proportion',
    path: '/ml-system-design/experimentation',
    anchor: 'calculator-ab-proportion',
    expected: {'Users per arm': '752,700', 'Users in both arms': '1,505,400', 'Days to enrol': '6 days', 'Run for': '7 days'},
    change: {input: 'Share of traffic in the test (%)', value: '10', output: 'Days to enrol', becomes: '51 days'},
    junkInput: 'Baseline rate p1 (%)',
  },
  {
    name: 'ab-mean',
    path: '/ml-system-design/experimentation',
    anchor: 'calculator-ab-mean',
    expected: {'Users per arm': '627,911', 'Run for': '7 days'},
    change: {input: 'Standard deviation σ', value: '30', output: 'Users per arm', becomes: '156,978'},
    junkInput: 'Control mean',
  },
  {
    name: 'threshold',
    path: '/ml-system-design/metrics',
    anchor: 'calculator-threshold',
    expected: {Precision: '0.467', 'Recall (TPR)': '0.700', F1: '0.560', 'False positive rate': '0.0081', 'Expected cost of errors': '$6,800', 'ROC-AUC': '0.933'},
    change: {input: 'Cost of a miss (fraud not flagged) ($)', value: '2000', output: 'Expected cost of errors', becomes: '$60,800'},
    junkInput: 'Cost of a false alarm (legit flagged) ($)',
    zeroAllowed: true,
  },
  {
    name: 'ranking',
    path: '/ml-system-design/metrics',
    anchor: 'calculator-ranking',
    expected: {'DCG@5': '12.780', 'IDCG@5': '14.595', 'NDCG@5': '0.876'},
    change: {input: 'Grade of result 2', value: '3', output: 'NDCG@5', becomes: '0.922'},
    junkInput: 'k (positions counted)',
  },
  ...(existsSync(new URL('../docs/generative-ai/llm-serving.mdx', import.meta.url))
    ? [
        {
          name: 'llm',
          path: '/generative-ai/llm-serving',
          anchor: 'calculator-llm',
          expected: {Weights: '70.6 GB', 'Concurrency cap': '54 sequences', 'TPOT at the decode efficiency': '33.6 ms', '$ per 1M output tokens': '$1.52'},
          change: {input: 'Concurrent sequences', value: '32', output: '$ per 1M output tokens', becomes: '$1.83'},
          junkInput: 'Parameters (billion)',
        },
      ]
    : []),
];

const JUNK = ['', 'abc', '-5', '0', '1e309', '99999999999999999999', '<img src=x onerror=alert(1)>', '1,5'];

/** Label → text of every <output> in the form with this id, from HTML as served. */
function outputsIn(html, anchor) {
  const start = html.indexOf(`id=${anchor}`) >= 0 ? html.indexOf(`id=${anchor}`) : html.indexOf(`id="${anchor}"`);
  assert.ok(start >= 0, `no form with id ${anchor} in the HTML`);
  const form = html.slice(start, html.indexOf('</form>', start));
  const labels = new Map([...form.matchAll(/<label for=["']?([^"'\s>]+)["']?>([^<]*)<\/label>/g)].map((match) => [match[1], match[2]]));
  const result = {};
  for (const match of form.matchAll(/<output id=["']?([^"'\s>]+)["']?[^>]*>([^<]*)<\/output>/g)) {
    result[labels.get(match[1])] = match[2].replaceAll('&amp;', '&');
  }
  return result;
}

const form = (page, anchor) => page.locator(`form#${anchor}`);
const outputText = async (page, anchor, label) => (await form(page, anchor).getByRole('status', {name: label, exact: true}).textContent()).trim();

for (const calculator of CALCULATORS) {
  describe(`the ${calculator.name} calculator on ${calculator.path}`, () => {
    test('the built HTML holds the worked example, computed, in <output> elements of a labelled form', async () => {
      const html = await (await fetch(new URL(calculator.path, BASE_URL))).text();
      const outputs = outputsIn(html, calculator.anchor);
      for (const [label, value] of Object.entries(calculator.expected)) assert.equal(outputs[label], value, label);
      assert.doesNotMatch(JSON.stringify(outputs), /NaN|Infinity|undefined/);
      assert.match(html, /<style[^>]*data-href=["']?mlsd-calculators/, 'the calculators’ styles are in the page');
    });

    test('without JavaScript the results are there and the page says changing them needs it', async () => {
      const context = await shared.browser.newContext({javaScriptEnabled: false});
      const page = await context.newPage();
      await page.goto(new URL(`${calculator.path}#${calculator.anchor}`, BASE_URL).href);
      const [label, value] = Object.entries(calculator.expected)[0];
      assert.equal(await outputText(page, calculator.anchor, label), value);
      assert.match(await form(page, calculator.anchor).textContent(), /Changing the inputs needs JavaScript/);
      await context.close();
    });

    test('typing changes the results; junk shows a message, keeps the last result, never NaN or a page error', async () => {
      const {page, context, problems} = await openPage(shared.browser, calculator.path);
      const calc = form(page, calculator.anchor);
      const {input, value, output, becomes} = calculator.change;
      await calc.getByRole('textbox', {name: input, exact: true}).fill(value);
      assert.equal(await outputText(page, calculator.anchor, output), becomes);
      const junkField = calc.getByRole('textbox', {name: calculator.junkInput, exact: true});
      for (const junk of JUNK.filter((text) => !(calculator.zeroAllowed && text === '0'))) {
        await junkField.fill(junk);
        assert.equal(await junkField.getAttribute('aria-invalid'), 'true', `"${junk}" is marked invalid`);
        const message = await page.locator(`#${await junkField.getAttribute('id')}-error`).textContent();
        assert.ok(message.length > 0 && message.length < 90, `a short message for "${junk}": ${message}`);
        assert.equal(await outputText(page, calculator.anchor, output), becomes, `the last good result stays after "${junk}"`);
        assert.doesNotMatch(await calc.textContent(), /NaN|Infinity/);
      }
      assert.deepEqual(problems.consoleErrors, []);
      await context.close();
    });

    test('a copied link round-trips the inputs; junk in a link falls back to the lesson and says so', async () => {
      const {page, context, problems} = await openPage(shared.browser, calculator.path);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: new URL(BASE_URL).origin});
      const {input, value, output, becomes} = calculator.change;
      await form(page, calculator.anchor).getByRole('textbox', {name: input, exact: true}).fill(value);
      await form(page, calculator.anchor).getByRole('button', {name: 'Copy a link to these inputs'}).click();
      await page.getByText('Link copied.').first().waitFor();
      const link = await page.evaluate(() => navigator.clipboard.readText());
      assert.equal(new URL(link).hash, `#${calculator.anchor}`);
      const opened = await openPage(shared.browser, new URL(link).pathname + new URL(link).search + new URL(link).hash);
      assert.equal(await outputText(opened.page, calculator.anchor, output), becomes);
      assert.match(await form(opened.page, calculator.anchor).textContent(), /These inputs come from a shared link\./);
      assert.deepEqual(opened.problems.consoleErrors, []);
      await opened.context.close();

      const prefix = calculator.anchor.replace('calculator-', '');
      const junk = await openPage(shared.browser, `${calculator.path}?${prefix}.nothing=1&${new URL(link).search.slice(1).replace(/=[^&]*/, '=%3Cscript%3E')}`);
      const text = await form(junk.page, calculator.anchor).textContent();
      assert.match(text, /is not a usable value, so the lesson's .* is used\./);
      assert.match(text, /does not have \(.*\.nothing\); ignored\./);
      assert.doesNotMatch(text, /NaN|Infinity/);
      assert.deepEqual(junk.problems.consoleErrors, []);
      await junk.context.close();
      assert.deepEqual(problems.consoleErrors, []);
      await context.close();
    });

    for (const colorScheme of ['light', 'dark']) {
      test(`on a 360 px phone (${colorScheme}): no sideways scroll, no axe violations, also with a message showing`, async () => {
        const {page, context, problems} = await openPage(shared.browser, calculator.path, {colorScheme, viewport: VIEWPORTS.phone});
        await form(page, calculator.anchor).getByRole('textbox', {name: calculator.junkInput, exact: true}).fill('abc');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
        const {violations} = await axe(page).include(`#${calculator.anchor}`).analyze();
        assert.deepEqual(
          violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
          [],
        );
        assert.deepEqual(problems.consoleErrors, []);
        await context.close();
      });
    }
  });
}

test('the keyboard alone reorders a ranked list, and the new result is read out politely', async () => {
  const {page, context} = await openPage(shared.browser, '/ml-system-design/metrics');
  const calc = form(page, 'calculator-ranking');
  await calc.getByRole('button', {name: 'Move result C up'}).focus();
  await page.keyboard.press('Enter');
  assert.equal(await outputText(page, 'calculator-ranking', 'NDCG@5'), '0.911');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'Move result C up');
  const live = calc.locator('[aria-live="polite"]');
  await page.waitForFunction((element) => element.textContent.includes('NDCG@5 0.911'), await live.elementHandle());
  await context.close();
});

test('pages without a calculator carry none of its styles', async () => {
  const html = await (await fetch(new URL('/ml-system-design/introduction', BASE_URL))).text();
  assert.doesNotMatch(html, /mlsd-calculators/);
});
