import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {BASE_URL, useSharedBrowser} from './browser.mjs';
import {readLessons} from './lessonFiles.mjs';

// A phone is the width the guide's readers most often have: the pages whose content grows once the
// reader has used them (a running interview, saved progress) must still fit it, and the floating
// back-to-top button must not sit over the text while they read.
const shared = useSharedBrowser();
const lessons = await readLessons();
const PHONES = [360, 390];
const PROGRESS_KEY = 'mlsd-guide:progress:v1';
// The longest lesson: the one a reader is most likely to scroll back up in.
const LONG_LESSON = lessons.reduce((a, b) => (b.source.length > a.source.length ? b : a));

async function open(path, {width, init, clock = false, colorScheme = 'dark'}) {
  const context = await shared.browser.newContext({viewport: {width, height: 780}, colorScheme, serviceWorkers: 'block'});
  if (init) await context.addInitScript(init.script, init.arg);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  if (clock) await page.clock.install({time: new Date('2025-03-04T09:00:00')});
  await page.goto(new URL(path, BASE_URL).href, {waitUntil: 'networkidle'});
  await page.waitForSelector('html[data-has-hydrated="true"]');
  return {page, context, errors};
}

/** The page's width against the viewport's, and what sticks out past the right edge if it is wider. */
async function assertNoSidewaysScroll(page, label) {
  const {scrollWidth, innerWidth, wide} = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    wide: [...document.querySelectorAll('main *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
  }));
  assert.ok(scrollWidth <= innerWidth, `${label}: the page is ${scrollWidth} px wide in a ${innerWidth} px window (${wide.join(', ')})`);
}

describe('on a phone', () => {
  for (const width of PHONES) {
    test(`${width} px: a running mock interview, on its longest case and in overtime, fits the screen`, async () => {
      const {page, context, errors} = await open('/practice/mock-interview', {width, clock: true});
      const select = page.getByRole('combobox', {name: 'Case study'});
      const options = await select.locator('option').allTextContents();
      const longest = options.reduce((a, b) => (b.length > a.length ? b : a));
      assert.ok(longest.length > 40, `the longest case title is long enough to test with: ${longest}`);
      await select.selectOption({label: longest});
      await assertNoSidewaysScroll(page, 'before the start');
      await page.getByRole('button', {name: 'Start interview'}).click();
      await page.clock.fastForward('03:00');
      await assertNoSidewaysScroll(page, 'running');
      // Past the end every clock shows its widest text ("+1:05 over").
      await page.clock.fastForward('46:00');
      assert.equal(await page.getByRole('timer').locator('dt', {hasText: 'Overtime'}).count(), 1);
      await assertNoSidewaysScroll(page, 'in overtime');
      const clocks = await page.getByRole('timer').locator('dl > div').evaluateAll((boxes) =>
        boxes.map((box) => ({text: box.textContent, fits: box.scrollWidth <= box.clientWidth})),
      );
      assert.deepEqual(clocks.filter((clock) => !clock.fits), [], 'every clock fits its box');
      await page.getByRole('button', {name: 'End interview'}).click();
      await assertNoSidewaysScroll(page, 'asking to end');
      await page.getByRole('button', {name: 'End and score'}).click();
      await assertNoSidewaysScroll(page, 'on the rubric');
      assert.deepEqual(errors, []);
      await context.close();
    });

    test(`${width} px: the progress page with every lesson completed fits the screen`, async () => {
      const completed = Object.fromEntries(lessons.map((lesson) => [lesson.id, '2025-03-04']));
      const {page, context, errors} = await open('/practice/progress', {
        width,
        init: {script: ([key, value]) => localStorage.setItem(key, value), arg: [PROGRESS_KEY, JSON.stringify({completed})]},
      });
      await page.getByRole('cell', {name: 'Completed 2025-03-04'}).first().waitFor();
      assert.equal(await page.getByRole('cell', {name: 'Completed 2025-03-04'}).count(), lessons.length);
      await assertNoSidewaysScroll(page, 'with saved progress');
      // On a phone each lesson is a card: every cell, the date and the self-checks included, is within
      // the screen, not in a table that scrolls sideways inside its box.
      const past = await page
        .getByRole('table')
        .first()
        .evaluate((table) => Math.max(...[...table.querySelectorAll('tbody th, tbody td')].map((cell) => cell.getBoundingClientRect().right)) - document.documentElement.clientWidth);
      assert.ok(past <= 0, `a cell reaches ${past.toFixed(0)} px past the screen's right edge`);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  for (const width of PHONES) {
    test(`${width} px: the study-group board of five members fits the screen, its days table scrolling in its own box`, async () => {
      // The plan from the builder (Generative AI over a week), then five members in the group link.
      const {page, context, errors} = await open('/practice/study-plans', {width});
      const builder = page.locator('form[aria-label="Build a study plan"]');
      await builder.getByRole('checkbox', {name: 'All of Generative AI'}).check();
      await builder.getByLabel('Number of days').fill('7');
      const planLink = await page.locator('section[aria-labelledby="build-a-plan"]').getByLabel(/^Link to this plan/).inputValue();
      const planCode = new URL(planLink).searchParams.get('plan');
      // Six lessons a character: "_" all done, "A" none.
      const characters = Math.ceil(planCode.split('.')[3].length / 3 / 6);
      const members = ['Ana', 'Ben', 'Chidi', 'Dana', 'Fatima-Zahra Oyelaran']
        .map((name, index) => `&m=${encodeURIComponent(name)}.1${'_'.repeat(Math.min(index, characters))}${'A'.repeat(Math.max(characters - index, 0))}`)
        .join('');
      await page.goto(new URL(`/practice/group?plan=${encodeURIComponent(planCode)}${members}`, BASE_URL).href, {waitUntil: 'networkidle'});
      await page.waitForSelector('html[data-has-hydrated="true"]');
      assert.equal(await page.locator('[data-members] [data-member]').count(), 5);
      await assertNoSidewaysScroll(page, 'group board');
      const cardsRight = await page.locator('[data-members] [data-member]').evaluateAll((cards) => Math.max(...cards.map((card) => card.getBoundingClientRect().right)));
      assert.ok(cardsRight <= width, `the member cards reach ${cardsRight} px of ${width}`);
      const days = page.getByRole('region', {name: 'The plan’s days'});
      assert.equal(await days.getAttribute('tabindex'), '0');
      assert.ok(await days.evaluate((el) => el.getBoundingClientRect().right <= window.innerWidth), 'the days box ends inside the screen');
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  for (const {width, hidesWhenIdle} of [
    {width: 390, hidesWhenIdle: true},
    {width: 1280, hidesWhenIdle: false},
  ]) {
    test(`${width} px: the back-to-top button shows while scrolling up${hidesWhenIdle ? ' and leaves the text once the reader stops' : ' and stays'}`, async () => {
      const {page, context, errors} = await open(LONG_LESSON.path, {width, colorScheme: 'light'});
      // Found by class, not by role: a hidden button has no role to find it by.
      const button = page.locator('.theme-back-to-top-button');
      const visible = () => button.evaluate((el) => getComputedStyle(el).visibility === 'visible');
      await page.mouse.wheel(0, 3000);
      await page.waitForTimeout(300);
      await page.mouse.wheel(0, -600);
      await page.waitForFunction(() => getComputedStyle(document.querySelector('.theme-back-to-top-button')).visibility === 'visible', null, {timeout: 3_000});
      assert.equal(await visible(), true, 'shown while scrolling up');
      assert.equal(await page.getByRole('button', {name: 'Scroll back to top'}).count(), 1);
      // A little over the 2 s idle time and the 0.2 s fade.
      await page.waitForTimeout(2_600);
      assert.equal(await visible(), !hidesWhenIdle, hidesWhenIdle ? 'hidden once the reader stops scrolling' : 'still shown on a wide screen');
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});

test('the footer names the practice tools as the navbar does', async () => {
  const html = await (await fetch(new URL('/', BASE_URL))).text();
  const footerTitles = [...html.matchAll(/class="?footer__title"?[^>]*>([^<]+)</g)].map((match) => match[1]);
  const navbarLinks = [...html.matchAll(/class="?[^">]*navbar__link"?[^>]*>([^<]+)</g)].map((match) => match[1]);
  assert.ok(navbarLinks.includes('Practice'), `navbar: ${navbarLinks.join(', ')}`);
  assert.ok(footerTitles.includes('Practice'), `footer: ${footerTitles.join(', ')}`);
  assert.equal(html.includes('Practise'), false, 'no other spelling on the page');
});
