// What the sitemap check's axe set-up costs, against axe's default set-up, on the same pages:
//   node scripts/serve-build.mjs 3471 &
//   E2E_BASE_URL=http://127.0.0.1:3471 /usr/bin/time -f '%U s user, %S s sys, %e s wall' node e2e/axe-cost.mjs old /lessons
//   E2E_BASE_URL=http://127.0.0.1:3471 /usr/bin/time -f '%U s user, %S s sys, %e s wall' node e2e/axe-cost.mjs new /lessons
// Each page is loaded in light and in dark, as the sitemap check does. `old`: axe's default set-up,
// every rule in both themes. `new`: axe() of browser.mjs, every rule in light, the colour rules in
// dark (e2e/lessons.test.mjs). Compare CPU time (user + sys, Chromium included): on a shared machine
// wall time says more about the other jobs than about axe.
import {AxeBuilder} from '@axe-core/playwright';
import {axe, COLOUR_RULES, launchBrowser, openPage} from './browser.mjs';

const [variant, ...paths] = process.argv.slice(2);
if (!['old', 'new'].includes(variant) || paths.length === 0) {
  console.error('usage: node e2e/axe-cost.mjs old|new <path>...');
  process.exit(2);
}
const browser = await launchBrowser();
let axeMs = 0;
for (const path of paths) {
  for (const colorScheme of ['light', 'dark']) {
    const {page, context} = await openPage(browser, path, {colorScheme});
    const started = performance.now();
    const builder = variant === 'old' ? new AxeBuilder({page}) : colorScheme === 'light' ? axe(page) : axe(page).withRules(COLOUR_RULES);
    const {violations} = await builder.analyze();
    axeMs += performance.now() - started;
    if (violations.length > 0) console.log(`${path} (${colorScheme}): ${violations.map((violation) => violation.id).join(', ')}`);
    await context.close();
  }
}
await browser.close();
console.log(`${variant}: axe took ${(axeMs / 1000).toFixed(1)} s of wall time over ${paths.length} page(s) x 2 themes`);
