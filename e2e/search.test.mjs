import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {axe, BASE_URL, openPage, useSharedBrowser, VIEWPORTS} from './browser.mjs';
import {readLessons} from './lessonFiles.mjs';

const shared = useSharedBrowser();
const sources = (await readLessons()).map((lesson) => lesson.source).join('\n');

// A concept, and the lesson that teaches it: the first suggestion must be that lesson. The last
// three are Generative AI terms that long case studies mentioning them used to win.
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
  // Taught twice: for classic models and for LLMs.
  ['knowledge distillation', ['/ml-system-design/cost-and-efficiency', '/generative-ai/fine-tuning-and-alignment']],
  ['differential privacy', '/ml-system-design/privacy-fairness-safety'],
  ['LoRA', '/generative-ai/fine-tuning-and-alignment'],
  ['DPO', '/generative-ai/fine-tuning-and-alignment'],
  ['LLM-as-judge', '/generative-ai/evaluating-llm-systems'],
  ['retrieval-augmented generation', '/generative-ai/rag'],
  ['tool calling', '/generative-ai/agents-and-tool-use'],
  ['classifier-free guidance', '/generative-ai/image-and-video-generation'],
  ['top-p sampling', '/generative-ai/llm-fundamentals'],
  ['continuous batching', '/generative-ai/llm-serving'],
  ['prompt injection', '/generative-ai/guardrails-and-safety'],
  ['chunking', '/generative-ai/rag'],
];

const searchBox = (page) => page.getByRole('combobox', {name: 'Search'});

/** Types into the navbar search box as a reader would and waits for the suggestions. */
async function typeSearch(page, query) {
  const input = searchBox(page);
  await input.click();
  await input.fill('');
  await input.pressSequentially(query, {delay: 10});
  // The list says which query it shows: wait for the one typed, not a keystroke before it.
  await page.locator(`[role="listbox"][data-query="${query.replace(/"/g, '\\"')}"] [role="option"]`).first().waitFor({timeout: 15_000});
  return {input, first: page.getByRole('listbox', {name: 'Suggested lessons'}).getByRole('option').first()};
}

const pathOf = (href) => new URL(href, BASE_URL).pathname;

describe('offline search', () => {
  test('each concept query suggests the lesson that teaches it first', async () => {
    const {page, context, problems} = await openPage(shared.browser, '/');
    const wrong = [];
    for (const [query, expected] of CONCEPTS) {
      const {first} = await typeSearch(page, query);
      const href = await first.getAttribute('data-href');
      if (![expected].flat().includes(pathOf(href))) {
        wrong.push(`"${query}": first suggestion "${(await first.innerText()).replace(/\s+/g, ' ')}" (${href}), expected ${expected}`);
      }
    }
    assert.deepEqual(wrong, []);
    assert.deepEqual(problems, {consoleErrors: [], foreignRequests: [], failedResponses: []});
    await context.close();
  });

  test('the search code and index load only once the reader focuses the box', async () => {
    const {page, context} = await openPage(shared.browser, '/ml-system-design/metrics');
    const requests = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.waitForTimeout(500);
    assert.deepEqual(requests.filter((path) => path.includes('search')), [], 'nothing for search before focus');
    await typeSearch(page, 'drift');
    assert.ok(requests.includes('/search-index.json'), 'the index loads on focus');
    assert.ok(!requests.includes('/search-text.json'), 'snippet text is not part of the first search');
    await context.close();
  });

  test('Enter opens the results page, not the first hit; the arrows choose a suggestion; no highlight on the lesson', async () => {
    const {page, context} = await openPage(shared.browser, '/');
    const {input} = await typeSearch(page, 'KV cache');
    await input.press('Enter');
    await page.waitForURL((url) => url.pathname === '/search' && url.searchParams.get('q') === 'KV cache');
    await page.locator('article h2 a').first().waitFor({timeout: 15_000});

    await typeSearch(page, 'HNSW');
    await input.press('ArrowDown');
    assert.equal(await page.getByRole('listbox', {name: 'Suggested lessons'}).getByRole('option', {selected: true}).count(), 1);
    await input.press('Enter');
    await page.waitForURL((url) => url.pathname === '/ml-system-design/embeddings-and-retrieval');
    await page.locator('article h1').waitFor();
    assert.equal(await page.locator('article mark').count(), 0, 'the lesson is not covered in highlights');
    await context.close();
  });

  test('the results page: the teaching lesson first, named before its section, a true count, whole-word highlights', async () => {
    const {page, context, problems} = await openPage(shared.browser, '/search?q=feature%20store');
    const titles = page.locator('article h2 a');
    await titles.first().waitFor({timeout: 15_000});
    assert.equal(pathOf(await titles.first().getAttribute('href')), '/ml-system-design/feature-stores');
    assert.equal(await titles.first().innerText(), 'Data Pipelines and Feature Stores');
    const status = await page.getByRole('status').innerText();
    const count = Number(/^(\d+) lessons? match/.exec(status)?.[1]);
    assert.equal(count, await page.locator('article').count(), `the status "${status}" counts the results shown`);
    // Snippets arrive after the results; every highlight is a whole word of the query.
    await page.locator('article mark').first().waitFor({timeout: 15_000});
    const marks = await page.locator('article mark').allInnerTexts();
    // Whole words only; a stem's other forms ("stored") are whole words too.
    const notWords = marks.filter((mark) => !/^(features?|stor(e|es|ed|ing))$/i.test(mark));
    assert.deepEqual(notWords, []);
    // No words glued together where the text was taken from separate elements (table cells, list
    // items): a word with a capital inside ("storeOnline") must be one the lessons spell that way
    // ("BigQuery", "SafeSearch").
    const snippets = await page.locator('article p').allInnerTexts();
    const glued = snippets.flatMap((text) => text.match(/\S*[a-z][A-Z][a-z]{3,}\S*/g) ?? []).map((word) => word.replace(/^\W+|\W+$/g, ''));
    assert.deepEqual(glued.filter((word) => !sources.includes(word)), []);
    assert.deepEqual(problems, {consoleErrors: [], foreignRequests: [], failedResponses: []});
    await context.close();
  });

  test('filters for section and difficulty narrow the results and live in the address; junk is ignored and said', async () => {
    const {page, context} = await openPage(shared.browser, '/search?q=cost');
    await page.locator('article h2 a').first().waitFor({timeout: 15_000});
    const all = await page.locator('article').count();
    await page.getByLabel('Section').selectOption('generative-ai');
    await page.waitForURL((url) => url.searchParams.get('section') === 'generative-ai');
    await page.waitForFunction((before) => document.querySelectorAll('article').length < before, all);
    const hrefs = await page.locator('article h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    assert.ok(hrefs.length > 0 && hrefs.every((href) => href.startsWith('/generative-ai/')), hrefs.join(', '));
    await page.getByLabel('Difficulty').selectOption('Advanced');
    await page.waitForURL((url) => url.searchParams.get('difficulty') === 'Advanced');
    await page.waitForFunction(() => [...document.querySelectorAll('article p')].some((p) => p.textContent.includes('Advanced')));
    const metas = await page.locator('article').evaluateAll((articles) => articles.map((article) => article.textContent));
    assert.ok(metas.every((text) => text.includes('Advanced')), 'only advanced lessons');

    await page.goto(new URL('/search?q=drift&section=nonsense&difficulty=%3Cb%3E', BASE_URL).href);
    await page.locator('article h2 a').first().waitFor({timeout: 15_000});
    assert.match(await page.locator('main').innerText(), /Ignored from the address: unknown section “nonsense”; unknown difficulty “<b>”/);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark']) {
    test(`results in the navbar and on the results page pass axe (${colorScheme})`, async () => {
      const {page, context} = await openPage(shared.browser, '/search?q=calibration', {colorScheme});
      await page.locator('article mark').first().waitFor({timeout: 15_000});
      await typeSearch(page, 'drift');
      await searchBox(page).press('ArrowDown');
      const {violations} = await axe(page).analyze();
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
    await page.locator('article h2 a').first().waitFor({timeout: 15_000});
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.equal(await page.locator('main img[src="x"]').count(), 0);
    assert.match(await page.getByRole('status').innerText(), /<img src=x/);
    await context.close();
  });

  for (const width of [360, 390]) {
    test(`on a ${width} px phone the open box leaves the header readable and suggestions show whole titles`, async () => {
      const {page, context} = await openPage(shared.browser, '/', {viewport: {...VIEWPORTS.phone, width}});
      const brand = page.locator('.navbar__inner .navbar__brand');
      const before = await brand.boundingBox();
      await typeSearch(page, 'feature store');
      const box = await searchBox(page).boundingBox();
      const after = await brand.boundingBox();
      assert.deepEqual(after, before, 'the site title does not move');
      assert.ok(box.x >= after.x + after.width, `the search box (x ${box.x}) starts after the title (ends ${after.x + after.width})`);
      // The title shown is whole: the phone's short one, not the long one cut off.
      assert.equal(await brand.innerText(), 'ML System Design');
      assert.equal(await brand.getAttribute('href'), '/');
      assert.equal(await page.locator('.navbar__inner').getByRole('link', {name: 'ML System Design', exact: true}).count(), 1);
      const title = await page.locator('.navbar__inner .navbar__title').evaluate((element) => element.scrollWidth - element.clientWidth);
      assert.equal(title, 0, `the title is cut by ${title} px`);
      assert.ok(box.width >= 96, `the search box is ${box.width} px wide, too narrow to show “Search”`);
      const cut = await page.locator('[role="option"] span').evaluateAll((spans) =>
        spans.filter((span) => span.scrollWidth > span.clientWidth + 1).map((span) => span.textContent),
      );
      assert.deepEqual(cut, []);
      const list = await page.getByRole('listbox').boundingBox();
      assert.ok(list.x >= 0 && list.x + list.width <= width, 'the list fits the screen');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
      await context.close();
    });
  }
});
