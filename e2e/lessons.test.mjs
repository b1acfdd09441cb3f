import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {axe, COLOUR_RULES, colourRulesRun, openPage, sitemapPaths, useSharedBrowser, VIEWPORTS} from './browser.mjs';
import {readLessons} from './lessonFiles.mjs';

const shared = useSharedBrowser();
const lessons = await readLessons();
const frontMatterOf = (id) => lessons.find((lesson) => lesson.id === id).frontMatter;

describe('the introduction lesson', () => {
  test('shows difficulty, time, companies and a working prerequisite link', async () => {
    const {page, context} = await openPage(shared.browser, '/ml-system-design/introduction');
    const header = page.getByRole('region', {name: 'About this lesson'});
    assert.equal((await header.locator('dt', {hasText: 'Difficulty'}).locator('+ dd').textContent()).trim(), 'Advanced');
    const facts = frontMatterOf('ml-system-design/introduction');
    assert.equal((await header.locator('dt', {hasText: 'Time'}).locator('+ dd').textContent()).trim(), facts.estimated_time);
    assert.equal((await header.locator('dt', {hasText: 'Asked at'}).locator('+ dd').textContent()).trim(), facts.companies.join(', '));
    await header.getByRole('link', {name: 'System Design Framework'}).click();
    await page.waitForURL('**/foundations/system-design-framework');
    // The address changes on the click; the lesson renders once its chunk has loaded (linked lessons
    // are not prefetched), so wait for its heading rather than read the one on screen.
    await page.getByRole('heading', {level: 1, name: 'System Design Framework', exact: true}).waitFor();
    assert.deepEqual(await page.getByRole('heading', {level: 1}).allTextContents(), ['System Design Framework']);
    // The framework lesson lists the introduction under "Builds on this".
    const buildsOn = page.getByRole('navigation', {name: 'Builds on this'});
    assert.equal(await buildsOn.getByRole('link', {name: 'ML System Design Introduction'}).count(), 1);
    await context.close();
  });

  test('renders the comparison table, the timeline and the pipelines', async () => {
    const {page, context} = await openPage(shared.browser, '/ml-system-design/introduction');
    const table = page.getByRole('table', {name: 'Traditional system design vs ML system design'});
    assert.deepEqual(await table.getByRole('rowheader').allTextContents(), [
      'Focus',
      'Data',
      'Logic',
      'Updates',
      'Testing',
      'Monitoring',
    ]);
    const timeline = page.locator('figure', {hasText: 'Five phases of an ML system design interview'});
    assert.match(await timeline.textContent(), /Total: 45 minutes/);
    for (const phase of ['8 minutes, minute 0 to 8', '10 minutes, minute 8 to 18', '10 minutes, minute 18 to 28', '10 minutes, minute 28 to 38', '7 minutes, minute 38 to 45']) {
      assert.equal(await timeline.getByText(phase).count(), 1, phase);
    }
    for (const name of ['Data pipeline', 'Training pipeline', 'Serving infrastructure']) {
      assert.equal(await page.getByRole('figure', {name}).count(), 1, name);
    }
    const dataPipeline = page.getByRole('figure', {name: 'Data pipeline'});
    assert.match(await dataPipeline.textContent(), /Feature Store, leads to Training Data and Feature Serving\./);
    const serving = page.getByRole('figure', {name: 'Serving infrastructure'});
    assert.match(await serving.textContent(), /Feature Lookup, leads to Model Inference and Feature Store\./);
    await context.close();
  });

  test('on a 360 px phone the page does not scroll sideways and table cards keep their labels', async () => {
    const {page, context} = await openPage(shared.browser, '/ml-system-design/introduction', {viewport: VIEWPORTS.phone});
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
    const label = await page
      .getByRole('cell', {name: /Retrain the model/})
      .evaluate((cell) => getComputedStyle(cell, '::before').content);
    assert.equal(label, '"ML system design"');
    await context.close();
  });

  test('self-check answers stay hidden until opened with the keyboard', async () => {
    const {page, context} = await openPage(shared.browser, '/ml-system-design/introduction');
    const question = page.locator('summary').first();
    const answer = page.locator('details').first().locator('div').first();
    assert.equal(await answer.isVisible(), false);
    await question.focus();
    await page.keyboard.press('Enter');
    assert.equal(await answer.isVisible(), true);
    await context.close();
  });
});

// Each page is checked in its own browser context and only read, so two run at once: on two cores
// that roughly halves the longest stage of the browser tests.
describe('every page in the sitemap', {concurrency: 2}, async () => {
  const paths = await sitemapPaths();
  test('the sitemap lists the home page and the lessons', () => {
    assert.ok(paths.includes('/'), 'home page');
    assert.ok(paths.includes('/ml-system-design/introduction'), 'introduction');
    assert.ok(paths.includes('/foundations/system-design-framework'), 'framework');
    assert.ok(paths.includes('/lessons'), 'lesson catalog');
    assert.ok(paths.includes('/learning-path'), 'learning path');
  });
  for (const path of paths) {
    for (const colorScheme of ['light', 'dark']) {
      // Every axe rule in light; in dark the colour rules, as the rest cannot differ (see COLOUR_RULES).
      const rules = colorScheme === 'light' ? 'axe' : 'axe colour';
      test(`${path} (${colorScheme}): no ${rules} violations, console errors, failed or foreign requests`, async () => {
        const {page, context, problems} = await openPage(shared.browser, path, {colorScheme});
        assert.equal(await page.locator('html').getAttribute('data-theme'), colorScheme);
        const results = await (colorScheme === 'light' ? axe(page) : axe(page).withRules(COLOUR_RULES)).analyze();
        assert.deepEqual(colourRulesRun(results), [...COLOUR_RULES].sort(), 'the colour rules are the ones axe runs by default');
        const {violations} = results;
        const summary = violations.map(
          (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')})`,
        );
        assert.deepEqual(summary, []);
        assert.deepEqual(problems, {consoleErrors: [], foreignRequests: [], failedResponses: []});
        await context.close();
      });
    }
  }
});

describe('code blocks', () => {
  test('are highlighted in the built HTML, in each theme\'s colours, and no page loads a highlighter', async () => {
    const withCode = lessons.filter((lesson) => /^```(?!text\b)[a-z]+/m.test(lesson.source)).map((lesson) => `/${lesson.id}`);
    assert.ok(withCode.length > 0, 'some lesson highlights code');
    for (const path of withCode) {
      const colours = {};
      for (const colorScheme of ['light', 'dark']) {
        const {page, context} = await openPage(shared.browser, path, {colorScheme});
        const scripts = [];
        page.on('response', (response) => {
          if (response.request().resourceType() === 'script') scripts.push(response);
        });
        const token = page.locator('pre code.shiki-highlighted span.line > span').first();
        colours[colorScheme] = await token.evaluate((element) => getComputedStyle(element).color);
        await page.reload({waitUntil: 'networkidle'});
        for (const response of scripts) {
          assert.ok(!(await response.text()).includes('languages.insertBefore('), `${path} loads no Prism: ${response.url()}`);
        }
        await context.close();
      }
      assert.notEqual(colours.light, colours.dark, `${path}: a token has its own colour in each theme`);
    }
  });
});
