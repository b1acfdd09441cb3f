import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {axe, BASE_URL, openPage, useColorScheme, useSharedBrowser} from './browser.mjs';
import {readLessons} from './lessonFiles.mjs';

const shared = useSharedBrowser();
const lessons = await readLessons();
const PAGE = '/practice/study-plans';
const PROGRESS_KEY = 'mlsd-guide:progress:v1';
const NO_PROBLEMS = {consoleErrors: [], foreignRequests: [], failedResponses: []};

/** Switches the page's colour scheme and waits for the theme (and its colour transitions) to follow. */
async function axeViolations(page) {
  const {violations} = await axe(page).analyze();
  return violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')})`);
}

/** The schedule inside `root` as [[day, date and minutes, lesson ids...], ...] (without the done state). */
async function scheduleOf(root) {
  return root.locator('li[data-day]').evaluateAll((days) =>
    days.map((day) => [[...day.querySelector('h3, h4').querySelectorAll('span')].slice(0, 3).map((span) => span.textContent).join(' '), ...[...day.querySelectorAll('li[data-lesson]')].map((item) => item.dataset.lesson)]),
  );
}

/** Checks the .ics text against RFC 5545's rules; returns its events as {name: value} maps. */
function parseIcs(text) {
  assert.ok(text.endsWith('\r\n'), 'ends with CRLF');
  assert.equal(text.replace(/\r\n/g, '').includes('\n'), false, 'no bare LF');
  for (const line of text.slice(0, -2).split('\r\n')) {
    assert.ok(Buffer.byteLength(line) <= 75, `line over 75 octets: ${line}`);
  }
  const lines = text.slice(0, -2).replace(/\r\n[ \t]/g, '').split('\r\n');
  assert.equal(lines[0], 'BEGIN:VCALENDAR');
  assert.equal(lines.at(-1), 'END:VCALENDAR');
  assert.ok(lines.includes('VERSION:2.0'));
  const events = [];
  let current = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      events.push(current);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon)] = line.slice(colon + 1);
    }
  }
  return events;
}

const nextDay = (yyyymmdd) => {
  const date = new Date(Date.UTC(+yyyymmdd.slice(0, 4), +yyyymmdd.slice(4, 6) - 1, +yyyymmdd.slice(6) + 1));
  return date.toISOString().slice(0, 10).replaceAll('-', '');
};

describe('study plans', () => {
  test('ready plans are in the HTML: readable without JavaScript, every lesson once, in prerequisite order', async () => {
    const context = await shared.browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto(new URL(PAGE, BASE_URL).href);
    const total = lessons.reduce((sum, lesson) => sum + lesson.minutes, 0);
    const totalText = [total >= 60 ? `${Math.floor(total / 60)} h` : '', total % 60 ? `${total % 60} min` : ''].filter(Boolean).join(' ');
    for (const [id, days] of [['one-week', 7], ['two-week', 14], ['four-week', 28]]) {
      const plan = page.locator(`article[data-plan="${id}"]`);
      assert.equal(await plan.locator('p').first().textContent(), 'Every lesson of the guide.');
      assert.match(
        await plan.locator('p').nth(1).textContent(),
        new RegExp(`^${lessons.length} lessons over ${days} days, ${totalText} in all: about .+ a day`),
      );
      const schedule = await scheduleOf(plan);
      assert.equal(schedule.length, days);
      const order = schedule.flatMap((day) => day.slice(1));
      assert.deepEqual([...order].sort(), lessons.map((lesson) => lesson.id).sort());
      for (const lesson of lessons) {
        for (const prerequisite of lesson.frontMatter.prerequisites) {
          const prerequisiteId = lessons.find((other) => other.frontMatter.title === prerequisite || other.id === prerequisite).id;
          assert.ok(order.indexOf(prerequisiteId) < order.indexOf(lesson.id), `${prerequisiteId} before ${lesson.id}`);
        }
      }
      // Each lesson links to its page.
      assert.equal(await plan.locator(`a[href="/${lessons[0].id}"]`).count(), 1);
    }
    await context.close();
  });

  test('the Generative AI track holds that section, the lessons built on it and their prerequisites, in order', async (t) => {
    const section = lessons.filter((lesson) => lesson.id.startsWith('generative-ai/'));
    if (section.length === 0) {
      t.skip('no Generative AI lessons in this build');
      return;
    }
    const context = await shared.browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto(new URL(PAGE, BASE_URL).href);
    const order = (await scheduleOf(page.locator('article[data-plan="generative-ai-track"]'))).flatMap((day) => day.slice(1));
    for (const lesson of section) assert.ok(order.includes(lesson.id), `${lesson.id} in the track`);
    const idOf = (prerequisite) => lessons.find((other) => other.frontMatter.title === prerequisite || other.id === prerequisite).id;
    for (const id of order) {
      const lesson = lessons.find((other) => other.id === id);
      for (const prerequisite of lesson.frontMatter.prerequisites) {
        assert.ok(order.indexOf(idOf(prerequisite)) >= 0 && order.indexOf(idOf(prerequisite)) < order.indexOf(id), `${idOf(prerequisite)} before ${id}`);
      }
    }
    assert.ok(order.length < lessons.length, 'a track is not the whole guide');
    await context.close();
  });

  test('build a plan, share its link, open it in a second profile: same schedule, with that reader\'s done state', async () => {
    const {page, context, problems} = await openPage(shared.browser, PAGE);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: BASE_URL});
    const builder = page.locator('form[aria-label="Build a study plan"]');
    const status = page.locator('section[aria-labelledby="build-a-plan"] [role="status"]').first();
    assert.equal(await status.textContent(), 'Pick at least one lesson to see the schedule.');

    await builder.getByLabel('Plan name').fill('Group <b>plan</b>');
    await builder.getByLabel('Start date').fill('2026-12-30');
    await builder.getByRole('checkbox', {name: 'All of Foundations'}).check();
    // Single lessons are folded under their section: open that section's list first.
    const etaBox = builder.getByRole('checkbox', {name: /^Design ETA Prediction/});
    assert.equal(await etaBox.isVisible(), false, 'single lessons start folded');
    // (Found by its value: a role locator skips a folded, hidden checkbox, so `has: etaBox` finds no fieldset.)
    await builder.locator('fieldset', {has: page.locator('input[value="case-studies/eta-prediction"]')}).getByText(/^Pick single lessons/).click();
    await etaBox.check();
    await builder.getByLabel('Number of days').fill('4');
    const eta = lessons.find((lesson) => lesson.id === 'case-studies/eta-prediction');
    assert.ok(eta.frontMatter.prerequisites.length > 0);
    await page.getByText(/^Added \d+ prerequisites? the picked lessons need/).waitFor();
    assert.match(await status.textContent(), /^\d+ lessons over 4 days, .+ in all/);

    const section = page.locator('section[aria-labelledby="build-a-plan"]');
    const built = await scheduleOf(section);
    assert.equal(built.length, 4);
    assert.match(built[0][0], /^Day 1 Wed 30 Dec 2026 /);
    assert.match(built[2][0], /^Day 3 Fri 1 Jan 2027 /);

    for (const scheme of ['light', 'dark']) {
      await useColorScheme(page, scheme);
      assert.deepEqual(await axeViolations(page), [], `axe after building a plan (${scheme})`);
    }

    await section.getByRole('button', {name: 'Copy link to Group <b>plan</b>'}).click();
    await section.getByText(/^Link copied \(\d+ characters\)\.$/).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(link, await section.getByLabel(/^Link to this plan/).inputValue());
    assert.ok(link.startsWith(`${BASE_URL}${PAGE}?plan=1.20261230.d4.`), link);
    assert.ok(link.length < 200, `link is ${link.length} characters`);
    assert.deepEqual(problems, NO_PROBLEMS);

    // A second profile: its own storage, with one of the plan's lessons done.
    const second = await shared.browser.newContext();
    const doneId = built[1][1];
    await second.addInitScript(
      ([key, id]) => window.localStorage.setItem(key, JSON.stringify({completed: {[id]: '2026-12-31'}})),
      [PROGRESS_KEY, doneId],
    );
    const other = await second.newPage();
    const otherErrors = [];
    other.on('pageerror', (error) => otherErrors.push(String(error)));
    other.on('console', (message) => message.type() === 'error' && otherErrors.push(message.text()));
    await other.goto(link, {waitUntil: 'networkidle'});
    const sharedSection = other.locator('section[aria-labelledby="shared-plan"]');
    assert.equal((await sharedSection.getByRole('heading', {level: 2}).textContent()).replace(/\u200b/g, ''), 'Shared plan: Group <b>plan</b>');
    assert.equal(await sharedSection.locator('b').count(), 0, 'the name is text, never markup');
    assert.deepEqual(await scheduleOf(sharedSection), built);
    assert.equal(await sharedSection.locator(`li[data-lesson="${doneId}"]`).getAttribute('data-done'), 'true');
    assert.match(await sharedSection.locator(`li[data-lesson="${doneId}"]`).textContent(), /\(done\)$/);
    assert.equal(await sharedSection.locator('li[data-lesson][data-done]').count(), 1);
    assert.match(await sharedSection.textContent(), new RegExp(`1 of ${built.flat().length - built.length} lessons done\\.`));
    // The ready plans show the same reader's done state.
    assert.equal(await other.locator(`article[data-plan="one-week"] li[data-lesson="${doneId}"][data-done="true"]`).count(), 1);
    for (const scheme of ['light', 'dark']) {
      await useColorScheme(other, scheme);
      assert.deepEqual(await axeViolations(other), [], `axe on a shared plan (${scheme})`);
    }
    // Reload: still there.
    await other.reload({waitUntil: 'networkidle'});
    await other.waitForSelector('html[data-has-hydrated="true"]');
    assert.deepEqual(await scheduleOf(sharedSection), built);
    assert.deepEqual(otherErrors, []);
    await second.close();
    await context.close();
  });

  test('junk plan links give a clear message; the rest of the page works and nothing breaks', async () => {
    const valid = 'plan=1.20261201.d7.';
    const clean = await openPage(shared.browser, PAGE);
    const readyPlans = await clean.page.locator('article[data-plan]').count();
    assert.ok(readyPlans >= 3, `the page shows its ready plans (found ${readyPlans})`);
    await clean.context.close();
    const cases = [
      ['plan=', /incomplete or damaged/],
      ['plan=%3Cscript%3Ealert(1)%3C%2Fscript%3E', /incomplete or damaged/],
      ['plan=9.20261201.d7.abc.x', /format this site does not know/],
      ['plan=1.20260231.d7.abc.x', /start date in this plan link is not a real date/],
      ['plan=1.20261201.d99999.abc.x', /pace in this plan link must be/],
      ['plan=1.20261201.m1.abc.x', /pace in this plan link must be/],
      [`${valid}zzzzzz.x`, /None of the lessons in this plan link exist/],
      [`${valid}ab.x`, /list of lessons in this plan link is damaged/],
      [`plan=1.20261201.d7.${'a'.repeat(6000)}.x`, /too long/],
    ];
    for (const [query, message] of cases) {
      const {page, context, problems} = await openPage(shared.browser, `${PAGE}?${query}`);
      const alert = page.getByRole('alert');
      assert.match(await alert.textContent(), message, query);
      assert.match(await alert.textContent(), /^This plan link could not be opened\./);
      assert.equal(await page.locator('article[data-plan]').count(), readyPlans, 'ready plans still shown');
      await page.getByRole('checkbox', {name: 'All of Foundations'}).check();
      // The builder's own summary (each ready plan states its length the same way).
      await page.locator('section[aria-labelledby="build-a-plan"] p[role="status"]', {hasText: /^\d+ lessons over \d+ days/}).waitFor();
      assert.deepEqual(problems, NO_PROBLEMS, query);
      if (query === cases[1][0]) {
        for (const scheme of ['light', 'dark']) {
          await useColorScheme(page, scheme);
          assert.deepEqual(await axeViolations(page), [], `axe on a junk link (${scheme})`);
        }
      }
      await context.close();
    }
  });

  test('a link naming lessons the site does not have keeps the rest, and says so', async () => {
    const {page, context} = await openPage(shared.browser, PAGE);
    await page.getByRole('checkbox', {name: 'All of Foundations'}).check();
    const link = await page.getByLabel(/^Link to this plan/).inputValue();
    const code = new URL(link).searchParams.get('plan');
    const parts = code.split('.');
    parts[3] = `${parts[3]}zzz`;
    parts[4] = `<img src=x onerror=alert(1)>${'x'.repeat(100)}`;
    await page.goto(`${BASE_URL}${PAGE}?${new URLSearchParams({plan: parts.join('.')})}`, {waitUntil: 'networkidle'});
    const section = page.locator('section[aria-labelledby="shared-plan"]');
    assert.match(await section.textContent(), /1 lesson in this link is not on this site/);
    assert.match(await section.textContent(), /name was shortened to 80 characters/);
    assert.equal(await section.locator('img').count(), 0);
    assert.equal((await scheduleOf(section)).flat().filter((item) => item.includes('/')).length, 2);
    await context.close();
  });

  test('copy falls back to a selected read-only field when the clipboard refuses', async () => {
    const context = await shared.browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {value: {writeText: () => Promise.reject(new Error('denied'))}});
    });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}${PAGE}`, {waitUntil: 'networkidle'});
    // Before hydration the button is inert HTML: a click then does nothing (seen on a loaded machine).
    await page.waitForSelector('html[data-has-hydrated="true"]');
    const plan = page.locator('article[data-plan="two-week"]');
    await plan.getByRole('button', {name: 'Copy link to 2-week plan'}).click();
    await plan.getByText(/^Could not copy automatically/).waitFor();
    const field = plan.getByLabel(/^Link to this plan/);
    assert.equal(await field.getAttribute('readonly'), '');
    const value = await field.inputValue();
    assert.match(value, /\?plan=1\.\d{8}\.d14\./);
    await page.waitForFunction(() => document.activeElement?.tagName === 'INPUT');
    const selected = await page.evaluate(() => {
      const input = document.activeElement;
      return input.value.slice(input.selectionStart, input.selectionEnd);
    });
    assert.equal(selected, value);
    await context.close();
  });

  test('the .ics file of a ready plan follows RFC 5545 and lists each day\'s lessons with absolute links', async () => {
    const context = await shared.browser.newContext({acceptDownloads: true});
    const page = await context.newPage();
    await page.goto(`${BASE_URL}${PAGE}`, {waitUntil: 'networkidle'});
    const plan = page.locator('article[data-plan="one-week"]');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      plan.getByRole('button', {name: 'Download .ics calendar for 1-week plan'}).click(),
    ]);
    assert.equal(download.suggestedFilename(), '1-week-plan.ics');
    const text = await readFile(await download.path(), 'utf8');
    const events = parseIcs(text);
    const schedule = await scheduleOf(plan);
    assert.equal(events.length, 7);
    assert.equal(new Set(events.map((event) => event.UID)).size, 7);
    const today = await page.evaluate(() => {
      const now = new Date();
      return `${now.getFullYear()}${String(now.getMonth() + 1).padStart(2, '0')}${String(now.getDate()).padStart(2, '0')}`;
    });
    let expectedStart = today;
    events.forEach((event, index) => {
      assert.match(event.DTSTAMP, /^\d{8}T\d{6}Z$/);
      assert.equal(event['DTSTART;VALUE=DATE'], expectedStart);
      assert.equal(event['DTEND;VALUE=DATE'], nextDay(expectedStart));
      expectedStart = nextDay(expectedStart);
      const description = event.DESCRIPTION.replace(/\\n/g, '\n').replace(/\\([,;\\])/g, '$1');
      const urls = [...description.matchAll(/: (https?:\/\/\S+)$/gm)].map((match) => new URL(match[1]).pathname.slice(1));
      assert.deepEqual(urls, schedule[index].slice(1));
    });
    await context.close();
  });
});

describe('study plans: layout, shared plans of one\'s own, done ticks and today', () => {
  test('ready plans are short summaries: the builder starts within two screens on a laptop', async () => {
    const {page, context, problems} = await openPage(shared.browser, PAGE);
    const plans = page.locator('article[data-plan]');
    assert.ok((await plans.count()) >= 3);
    for (const plan of await plans.all()) {
      const details = plan.locator('details');
      assert.equal(await details.getAttribute('open'), null, 'the day-by-day schedule starts folded');
      assert.match(await details.locator('summary').textContent(), /^Day by day: \d+ lessons, \d+ days$/);
    }
    const top = await page.locator('#build-a-plan').evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    assert.ok(top < 1800, `the builder starts ${Math.round(top)} px down`);
    // The jump link in the ready plans' introduction leads there.
    await page.locator('section[aria-labelledby="ready-plans"]').getByRole('link', {name: 'build a plan'}).click();
    await page.waitForURL('**#build-a-plan');
    // Opening a schedule shows its days.
    const first = plans.first();
    await first.locator('summary').click();
    assert.equal(await first.locator('li[data-day]').first().isVisible(), true);
    assert.deepEqual(problems, NO_PROBLEMS);
    await context.close();
  });

  for (const width of [360, 390]) {
    test(`${width} px dark: the schedule follows the choices; wrapped titles stay aligned; no sideways scroll`, async () => {
      const {page, context, problems} = await openPage(shared.browser, PAGE, {colorScheme: 'dark', viewport: {width, height: 740}});
      const builder = page.locator('form[aria-label="Build a study plan"]');
      await builder.getByRole('checkbox', {name: 'All of Foundations'}).check();
      await builder.getByRole('checkbox', {name: 'All of Case Studies'}).check();
      const section = page.locator('section[aria-labelledby="build-a-plan"]');
      await section.locator('li[data-day]').first().waitFor();
      const formBox = await builder.boundingBox();
      const firstDay = await section.locator('li[data-day]').first().boundingBox();
      assert.ok(formBox.height < 1400, `the choices are ${Math.round(formBox.height)} px tall`);
      assert.ok(firstDay.y - (formBox.y + formBox.height) < 400, `the first day starts ${Math.round(firstDay.y - formBox.y - formBox.height)} px below the choices`);
      // Every lesson's title starts at the same x, whether or not it wraps.
      const lefts = await section.locator('li[data-lesson] a').evaluateAll((links) => links.map((a) => Math.round(a.getClientRects()[0].left)));
      const lines = await section.locator('li[data-lesson] a').evaluateAll((links) => links.map((a) => a.getClientRects().length));
      assert.ok(lines.some((count) => count > 1), 'at least one title wraps at this width');
      assert.equal(new Set(lefts).size, 1, `titles start at ${[...new Set(lefts)].join(', ')}`);
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(sideways, 0, 'no sideways scroll');
      assert.deepEqual(await axeViolations(page), [], 'axe (dark) with a built plan');
      assert.deepEqual(problems, NO_PROBLEMS);
      await context.close();
    });
  }

  test('a shared plan: today is marked, ticks mark lessons done, "Make it mine" copies it into the builder', async () => {
    const {page, context, problems} = await openPage(shared.browser, PAGE);
    const builder = page.locator('form[aria-label="Build a study plan"]');
    await builder.getByLabel('Plan name').fill('Team plan');
    // By keyboard, as a reader without a mouse would: a click waits for the box to hold still over
    // two animation frames, and once in CI (two browser files at a time on 2 cores) no frame came in 30 s.
    const allFoundations = builder.getByRole('checkbox', {name: 'All of Foundations'});
    await allFoundations.focus();
    await page.keyboard.press('Space');
    assert.equal(await allFoundations.isChecked(), true, 'Space ticks "All of Foundations"');
    await builder.getByLabel('Number of days').fill('3');
    const link = await page.locator('section[aria-labelledby="build-a-plan"]').getByLabel(/^Link to this plan/).inputValue();
    await page.goto(link, {waitUntil: 'networkidle'});
    await page.waitForSelector('html[data-has-hydrated="true"]');
    const sharedSection = page.locator('section[aria-labelledby="shared-plan"]');
    // It starts today (the link was made with the builder's default start).
    const todayLink = sharedSection.getByRole('link', {name: /^Today is day 1: /});
    assert.equal(await todayLink.count(), 1);
    const today = sharedSection.locator('li[data-day][aria-current="date"]');
    assert.equal(await today.count(), 1);
    assert.equal(await today.getAttribute('data-day'), '1');
    assert.match(await today.locator('h3').textContent(), /today/);

    // Done ticks write the reader's progress, and the counts follow.
    const firstLesson = await today.locator('li[data-lesson]').first().getAttribute('data-lesson');
    const tick = today.locator('li[data-lesson]').first().getByRole('checkbox');
    assert.match(await tick.getAttribute('aria-label'), /^Done: /);
    await tick.focus();
    await page.keyboard.press('Space');
    await sharedSection.getByText(/^1 of \d+ lessons done\.$/).waitFor();
    const progress = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)), PROGRESS_KEY);
    assert.ok(progress.completed[firstLesson], `${firstLesson} is marked complete`);
    assert.equal(await sharedSection.locator(`li[data-lesson="${firstLesson}"]`).getAttribute('data-done'), 'true');
    for (const scheme of ['light', 'dark']) {
      await useColorScheme(page, scheme);
      assert.deepEqual(await axeViolations(page), [], `axe on a shared plan with ticks (${scheme})`);
    }
    await tick.uncheck();
    assert.equal(await sharedSection.getByText(/lessons done\.$/).count(), 0);

    await sharedSection.getByRole('button', {name: 'Make it mine'}).click();
    const heading = page.locator('#build-a-plan');
    await page.waitForFunction(() => document.activeElement?.id === 'build-a-plan');
    assert.equal(await builder.getByLabel('Plan name').inputValue(), 'Team plan');
    assert.equal(await builder.getByLabel('Number of days').inputValue(), '3');
    assert.equal(await builder.getByRole('checkbox', {name: 'All of Foundations'}).isChecked(), true);
    const mine = page.locator('section[aria-labelledby="build-a-plan"]');
    assert.deepEqual(await scheduleOf(mine), await scheduleOf(sharedSection));
    assert.match(await heading.locator('xpath=..').textContent(), /The builder now holds “Team plan”, starting today/);
    assert.deepEqual(problems, NO_PROBLEMS);
    await context.close();
  });
});

describe('cheat sheet', () => {
  test('shows each block from its lesson, and prints without the site frame', async () => {
    const {page, context, problems} = await openPage(shared.browser, '/practice/cheat-sheet');
    for (const [name, lesson] of [
      ['The interview framework', '/ml-system-design/introduction'],
      ['The pipelines', '/ml-system-design/introduction'],
      ['LLM numbers worth remembering', '/generative-ai/llm-serving'],
      ['Metrics', '/ml-system-design/metrics'],
      ['Numbers worth remembering', '/foundations/estimation'],
    ]) {
      const block = page.getByRole('region', {name});
      assert.equal(await block.locator(`a[href="${lesson}"]`).count(), 1, name);
    }
    assert.equal(await page.locator('[data-block="pipelines"] figure').count(), 4);
    assert.match(await page.locator('[data-block="llm-numbers"]').textContent(), /KV cache per token2 × layers × KV heads × head dim × bytes per value/);
    const precision = page.locator('[data-block="metrics"] dl > div').first();
    assert.equal(await precision.locator('dt').textContent(), 'Precision');
    assert.equal(await precision.locator('dd > math annotation').textContent(), String.raw`\frac{\mathrm{TP}}{\mathrm{TP} + \mathrm{FP}}`);
    assert.match(await page.locator('[data-block="numbers"]').textContent(), /Seconds in a day86,400/);
    assert.equal(await page.locator('.navbar').isVisible(), true);
    await page.emulateMedia({media: 'print'});
    assert.equal(await page.locator('.navbar').isVisible(), false);
    assert.equal(await page.locator('.footer').isVisible(), false);
    assert.equal(await page.getByRole('region', {name: 'Metrics'}).isVisible(), true);
    const colours = await page.locator('main').evaluate((main) => [getComputedStyle(main).color, getComputedStyle(main).backgroundColor]);
    assert.deepEqual(colours, ['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    assert.deepEqual(problems, NO_PROBLEMS);
    await context.close();
  });
});
