import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {axe, BASE_URL, openPage, useSharedBrowser, VIEWPORTS} from './browser.mjs';

const shared = useSharedBrowser();

// A concept, and the lesson that teaches it: the first suggestion must open that lesson.
const CONCEPTS = [
  ['feature store', '/ml-system-design/feature-stores'],
  ['NDCG', '/ml-system-design/metrics'],
  ['cold start', '/ml-system-design/cold-start-and-exploration'],
  ['class imbalance', '/ml-system-design/sampling-and-imbalance'],
  ['A/B test sample size', '/ml-system-design/experimentation'],
  ['PSI', '/ml-system-design/monitoring-and-drift'],
  ['HNSW', '/ml-system-design/embeddings-and-retrieval'],
  ['point-in-time join', '/ml-system-design/feature-stores'],
  ['two-tower', '/ml-system-design/embeddings-and-retrieval'],
  ['peak QPS', '/foundations/estimation'],
  ['knowledge distillation', '/ml-system-design/cost-and-efficiency'],
  ['differential privacy', '/ml-system-design/privacy-fairness-safety'],
  ['LoRA', '/generative-ai/fine-tuning-and-alignment'],
  ['DPO', '/generative-ai/fine-tuning-and-alignment'],
  ['LLM-as-judge', '/generative-ai/evaluating-llm-systems'],
  ['retrieval-augmented generation', '/generative-ai/rag'],
  ['tool calling', '/generative-ai/agents-and-tool-use'],
  ['classifier-free guidance', '/generative-ai/image-and-video-generation'],
  ['top-p sampling', '/generative-ai/llm-fundamentals'],
];

/** Types into the navbar search box as a reader would and waits for the suggestions. */
async function typeSearch(page, query) {
  const input = page.getByRole('textbox', {name: 'Search'}).or(page.getByRole('combobox', {name: 'Search'})).first();
  await input.click();
  await input.fill('');
  await input.pressSequentially(query, {delay: 10});
  const first = page.getByRole('option').first();
  await first.waitFor({timeout: 15_000});
  return {input, first};
}

describe('offline search', () => {
  test('each concept query suggests the lesson that teaches it first, and Enter opens it', async () => {
    const {page, context, problems} = await openPage(shared.browser, '/');
    const wrong = [];
    for (const [query, expected] of CONCEPTS) {
      const {input, first} = await typeSearch(page, query);
      const suggestion = (await first.innerText()).replace(/\s+/g, ' ');
      await input.press('Enter');
      await page.waitForURL((url) => url.pathname === expected, {timeout: 5_000}).catch(() => {});
      const landed = new URL(page.url()).pathname;
      if (landed !== expected) wrong.push(`"${query}": first suggestion "${suggestion}" opened ${landed}, expected ${expected}`);
    }
    assert.deepEqual(wrong, []);
    assert.deepEqual(problems, {consoleErrors: [], foreignRequests: [], failedResponses: []});
    await context.close();
  });

  test('results come as you type, and the chosen page highlights the search terms at a section', async () => {
    const {page, context} = await openPage(shared.browser, '/');
    const {input} = await typeSearch(page, 'HNSW');
    assert.match(await page.getByRole('option').first().innerText(), /HNSW/);
    await input.press('Enter');
    await page.waitForURL('**/ml-system-design/embeddings-and-retrieval**');
    const url = new URL(page.url());
    assert.ok(url.hash, `the result lands on a section: ${url.href}`);
    await page.locator(`[id="${decodeURIComponent(url.hash.slice(1))}"]`).waitFor();
    await page.locator('article mark').first().waitFor();
    assert.match(await page.locator('article mark').first().textContent(), /HNSW/i);
    await context.close();
  });

  test('the full results page lists the teaching lesson first, with no request to another origin', async () => {
    const {page, context, problems} = await openPage(shared.browser, '/search?q=feature%20store');
    const firstResult = page.locator('article h2 a').first();
    await firstResult.waitFor({timeout: 15_000});
    assert.equal(new URL(await firstResult.getAttribute('href'), BASE_URL).pathname, '/ml-system-design/feature-stores');
    assert.deepEqual(problems, {consoleErrors: [], foreignRequests: [], failedResponses: []});
    await context.close();
  });

  for (const colorScheme of ['light', 'dark']) {
    test(`results in the navbar and on the results page pass axe (${colorScheme})`, async () => {
      const {page, context} = await openPage(shared.browser, '/search?q=calibration', {colorScheme});
      await page.locator('article h2 a').first().waitFor({timeout: 15_000});
      await typeSearch(page, 'drift');
      // Known in the plugin's autocomplete markup, not fixable from this site without patching it:
      // its combobox names the list with aria-owns (ARIA 1.1) rather than aria-controls, and the
      // "See all results" link sits inside the listbox. Everything else, contrast included, is checked.
      const {violations} = await axe(page).disableRules(['aria-required-attr', 'aria-required-children']).analyze();
      assert.deepEqual(
        violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`),
        [],
      );
      await context.close();
    });
  }

  test('a query with markup is shown as text, never run', async () => {
    const query = '<img src=x onerror="window.__pwned=1">feature';
    const {page, context} = await openPage(shared.browser, `/search?q=${encodeURIComponent(query)}`);
    await page.waitForTimeout(1_000);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.equal(await page.locator('main img[src="x"]').count(), 0);
    await context.close();
  });

  test('on a 360 px phone the search box opens and finds a lesson', async () => {
    const {page, context} = await openPage(shared.browser, '/', {viewport: VIEWPORTS.phone});
    const {first} = await typeSearch(page, 'cold start');
    assert.match(await first.innerText(), /Cold Start/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
    await context.close();
  });
});
