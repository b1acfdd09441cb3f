import {test} from 'node:test';
import assert from 'node:assert/strict';
import {openPage, useSharedBrowser} from './browser.mjs';

// Issue 19, item 9: the theme toggle, the heading link icons and the timeline colours.
const shared = useSharedBrowser();

for (const colorScheme of ['light', 'dark']) {
  test(`on a ${colorScheme} system the theme toggle's first click switches the colours`, async () => {
    const {page, context, problems} = await openPage(shared.browser, '/ml-system-design/introduction', {colorScheme});
    const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
    assert.equal(await theme(), colorScheme);
    const toggle = page.locator('.navbar').getByRole('button', {name: /Switch between dark and light mode/});
    const other = colorScheme === 'light' ? 'dark' : 'light';
    const seen = [];
    for (let click = 0; click < 3; click += 1) {
      await toggle.click();
      seen.push(await theme());
    }
    // The other mode, then the system's mode chosen explicitly, then back to following the system.
    assert.deepEqual(seen, [other, colorScheme, colorScheme]);
    assert.match(await toggle.getAttribute('aria-label'), /system mode/);
    assert.deepEqual(problems.consoleErrors, []);
    await context.close();
  });
}

test('a hovered heading shows one link icon: the copy-link button, not also the theme\'s "#"', async () => {
  const {page, context} = await openPage(shared.browser, '/ml-system-design/metrics');
  const heading = page.locator('article h2#ranking-metrics');
  await heading.hover();
  assert.equal(await heading.locator('a.hash-link').isVisible(), false);
  assert.equal(await heading.getByRole('button', {name: 'Copy link to this section'}).isVisible(), true);
  await context.close();
});

test('a long timeline (feed ranking) gives every phase its own colour, saturated in dark mode', async () => {
  const {page, context} = await openPage(shared.browser, '/case-studies/feed-ranking', {colorScheme: 'dark'});
  const timeline = page.locator('figure', {has: page.locator('ol')}).filter({hasText: 'Total:'}).first();
  const colours = await timeline.locator('[aria-hidden="true"] > div').evaluateAll((segments) =>
    segments.map((segment) => getComputedStyle(segment).backgroundColor),
  );
  assert.ok(colours.length >= 6, `${colours.length} phases`);
  assert.equal(new Set(colours).size, colours.length, colours.join(' | '));
  for (const colour of colours) {
    const [r, g, b] = colour.match(/\d+/g).map(Number);
    // Saturation (HSL) of the segment: the old Infima tones in dark mode were near grey.
    const max = Math.max(r, g, b) / 255;
    const min = Math.min(r, g, b) / 255;
    const saturation = max === min ? 0 : (max - min) / (1 - Math.abs(max + min - 1));
    assert.ok(saturation >= 0.4, `${colour} is pale (saturation ${saturation.toFixed(2)})`);
  }
  await context.close();
});
