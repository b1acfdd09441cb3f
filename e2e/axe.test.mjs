// The fast axe set-up the browser tests share (axe() in browser.mjs) must report what axe's default
// set-up reports: the same violations, node for node, and the colour rules alone catch contrast.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {AxeBuilder} from '@axe-core/playwright';
import {axe, COLOUR_RULES, colourRulesRun, useSharedBrowser} from './browser.mjs';

const shared = useSharedBrowser();

/** A page with one colour violation, one that has nothing to do with colour, and content that passes. */
const PAGE = `<!doctype html><html lang="en"><head><title>Axe fixture</title></head><body><main>
  <h1>Fixture</h1>
  <p>Readable text, and <a href="#x">a link</a>.</p>
  <p style="color:#777;background:#888">Grey on grey.</p>
  <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
</main></body></html>`;

const summary = ({violations}) =>
  violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`).sort();

test('the shared axe set-up reports the same violations as the default, and its colour subset catches contrast', async () => {
  const context = await shared.browser.newContext();
  const page = await context.newPage();
  await page.setContent(PAGE);
  const reference = summary(await new AxeBuilder({page}).analyze());
  assert.deepEqual(reference.map((line) => line.split(':')[0]), ['color-contrast', 'image-alt'], reference.join('\n'));
  const fast = await axe(page).analyze();
  assert.deepEqual(summary(fast), reference);
  assert.deepEqual(colourRulesRun(fast), [...COLOUR_RULES].sort());
  assert.deepEqual(summary(await axe(page).withRules(COLOUR_RULES).analyze()), reference.filter((line) => line.startsWith('color-contrast')));
  await context.close();
});
