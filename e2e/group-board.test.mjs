import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {AxeBuilder} from '@axe-core/playwright';
import {BASE_URL, useColorScheme, useSharedBrowser, VIEWPORTS} from './browser.mjs';
import {readLessons} from './lessonFiles.mjs';

// The study-group board (/practice/group). Each browser context is one member's profile, on a fake
// clock: the plan starts on 1 Dec 2026 and "today" is 3 Dec, day 3 of 4. Also the catalog's
// "answered N of M" self-checks.
const shared = useSharedBrowser();
const lessons = await readLessons();
const PROGRESS_KEY = 'mlsd-guide:progress:v1';
const PAGE = '/practice/group';
const TODAY = '2026-12-03';
const behind = (count) => `${count} ${count === 1 ? 'lesson' : 'lessons'} behind`;
const NO_PROBLEMS = {consoleErrors: [], foreignRequests: [], failedResponses: []};

async function newProfile({colorScheme = 'light', viewport = VIEWPORTS.desktop, done = []} = {}) {
  const context = await shared.browser.newContext({colorScheme, viewport});
  // A shared 2-core machine can take longer than the 30 s default to hydrate a page.
  context.setDefaultTimeout(120_000);
  // Only the date is fixed: timers run in real time (the page loads its scripts from a timer).
  await context.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
  if (done.length > 0) {
    await context.addInitScript(
      ([key, value]) => localStorage.getItem(key) ?? localStorage.setItem(key, value),
      [PROGRESS_KEY, JSON.stringify({completed: Object.fromEntries(done.map((id) => [id, '2026-12-02']))})],
    );
  }
  return context;
}

async function visit(context, path) {
  const page = await context.newPage();
  const problems = {consoleErrors: [], foreignRequests: [], failedResponses: []};
  const origin = new URL(BASE_URL).origin;
  page.on('console', (message) => message.type() === 'error' && problems.consoleErrors.push(message.text()));
  page.on('pageerror', (error) => problems.consoleErrors.push(String(error)));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) problems.foreignRequests.push(request.url());
  });
  page.on('response', (response) => response.status() >= 400 && problems.failedResponses.push(`${response.status()} ${response.url()}`));
  await page.goto(new URL(path, BASE_URL).href, {waitUntil: 'networkidle'});
  await page.waitForSelector('html[data-has-hydrated="true"]');
  return {page, problems};
}

async function expectNoAxeViolations(page, label) {
  for (const scheme of ['light', 'dark']) {
    await useColorScheme(page, scheme);
    const {violations} = await new AxeBuilder({page}).analyze();
    assert.deepEqual(
      violations.map((violation) => `${label} (${scheme}): ${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
      [],
    );
  }
}

/** The board's member cards as {name: [done, schedule, next]}. */
async function membersOf(page) {
  return Object.fromEntries(
    await page.locator('[data-members] [data-member]').evaluateAll((cards) =>
      cards.map((card) => [card.dataset.member, [...card.querySelectorAll('dd')].map((cell) => cell.textContent)]),
    ),
  );
}

/** The days table: {lessonId: [state per member]} and the lessons per day. */
async function daysOf(page) {
  return page.locator('table[data-days] tbody[data-day]').evaluateAll((days) =>
    days.map((day) => [...day.querySelectorAll('tr[data-lesson]')].map((row) => [row.dataset.lesson, ...[...row.querySelectorAll('td')].map((cell) => cell.dataset.state)])),
  );
}

async function progressLink(context, name) {
  const {page, problems} = await visit(context, '/practice/progress');
  await page.getByLabel(/Your name/).fill(name);
  const link = await page.getByLabel(/Link to your progress/).inputValue();
  assert.deepEqual(problems, NO_PROBLEMS);
  await page.close();
  return link;
}

describe('study-group board', () => {
  test('a plan and three members merged into one link, opened by a fourth, one member updated', async () => {
    // The organiser builds a plan: the Generative AI section (and its prerequisites) over 4 days from 1 Dec.
    const organiser = await newProfile();
    const plans = await visit(organiser, '/practice/study-plans');
    const builder = plans.page.locator('form[aria-label="Build a study plan"]');
    await builder.getByLabel('Plan name').fill('Generative AI sprint');
    await builder.getByLabel('Start date').fill('2026-12-01');
    await builder.getByRole('checkbox', {name: 'All of Generative AI'}).check();
    await builder.getByLabel('Number of days').fill('4');
    const planLink = await plans.page.locator('section[aria-labelledby="build-a-plan"]').getByLabel(/^Link to this plan/).inputValue();
    const days = await plans.page.locator('section[aria-labelledby="build-a-plan"] li[data-day]').evaluateAll((items) =>
      items.map((day) => [...day.querySelectorAll('li[data-lesson]')].map((item) => item.dataset.lesson)),
    );
    assert.equal(days.length, 4);
    const planIds = days.flat();
    const dueIds = days.slice(0, 3).flat();

    // Three members share their progress from their own profiles.
    const ana = await newProfile({done: planIds});
    const ben = await newProfile();
    const chidi = await newProfile({done: [days[0][0], 'case-studies/eta-prediction']});
    const links = [await progressLink(ana, 'Ana'), await progressLink(ben, 'Ben'), await progressLink(chidi, 'Chidi')];

    // The organiser pastes the plan and the three links into the group maker.
    const maker = await visit(organiser, PAGE);
    assert.equal(await maker.page.getByRole('heading', {name: 'How it works'}).count(), 1);
    await maker.page.getByLabel('Links, one a line').fill([planLink, ...links, 'not a link'].join('\n'));
    await maker.page.getByRole('button', {name: 'Make the group link'}).click();
    const made = maker.page.locator('[data-group-made]');
    await made.getByText(/^A group of 3 members \(Ana, Ben, Chidi\) on “Generative AI sprint”\./).waitFor();
    assert.match(await made.locator('ul').textContent(), /Skipped “not a link”: This is not a study-plan link/);
    const groupLink = await made.getByLabel(/^Group link/).inputValue();
    assert.ok(groupLink.startsWith(`${BASE_URL}${PAGE}?plan=1.20261201.d4.`), groupLink);
    console.log(`  group link for ${planIds.length} lessons and 3 members: ${groupLink.length} characters`);
    assert.ok(groupLink.length < 300, `${groupLink.length} characters`);
    assert.deepEqual(maker.problems, NO_PROBLEMS);

    // A fourth profile (nothing done) opens the group link.
    const fourth = await newProfile();
    const board = await visit(fourth, groupLink);
    const {page} = board;
    assert.equal(await page.getByRole('heading', {level: 2, name: 'Group plan: Generative AI sprint'}).count(), 1);
    assert.match(await page.locator('[data-group-board] > p').first().textContent(), new RegExp(`Today, Thu 3 Dec 2026, is day 3 of 4: ${dueIds.length} lessons are due`));
    const titleOf = (id) => lessons.find((lesson) => lesson.id === id).frontMatter.title;
    assert.deepEqual(await membersOf(page), {
      Ana: [`${planIds.length} of ${planIds.length}`, 'Finished the plan', 'Nothing: all done'],
      Ben: [`0 of ${planIds.length}`, behind(dueIds.length), titleOf(planIds[0])],
      Chidi: [`1 of ${planIds.length}`, behind(dueIds.length - 1), titleOf(planIds[1])],
    });
    const table = await daysOf(page);
    assert.deepEqual(table.map((day) => day.map(([id]) => id)), days);
    assert.deepEqual(table[0][0], [days[0][0], 'done', 'todo', 'done']);
    assert.deepEqual(table[3].at(-1), [planIds.at(-1), 'done', 'todo', 'todo']);
    assert.equal(await page.locator('tbody[data-today]').getAttribute('data-day'), '3');
    // Ana has done everything, so no lesson is nobody's.
    assert.equal(await page.getByText('Every lesson of the plan has been done by at least one member.').count(), 1);
    await expectNoAxeViolations(page, 'group board');

    // Keyboard: the fourth adds themself with the keyboard only.
    await page.getByLabel('Your name in the group').focus();
    await page.keyboard.type('Dana');
    assert.equal(await page.locator('[data-update-summary]').textContent(), 'Adds Dana as a new member; 3 others kept.');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Copy link to the group with Dana');
    assert.match(await page.getByLabel(/^Group link with your progress/).inputValue(), /&m=Dana\.1A+$/);
    assert.deepEqual(board.problems, NO_PROBLEMS);

    // Ben has since done day 1 and 2; he opens the group link and updates his entry.
    await ben.addInitScript(
      ([key, value]) => localStorage.setItem(key, value),
      [PROGRESS_KEY, JSON.stringify({completed: Object.fromEntries([...days[0], ...days[1]].map((id) => [id, '2026-12-02']))})],
    );
    await ben.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: BASE_URL});
    const benBoard = await visit(ben, groupLink);
    await benBoard.page.getByLabel('Your name in the group').fill('ben');
    assert.equal(await benBoard.page.locator('[data-update-summary]').textContent(), 'Replaces Ben’s entry; 2 others kept.');
    await benBoard.page.getByRole('button', {name: 'Copy link to the group with ben'}).click();
    await benBoard.page.getByText(/^Link copied \(\d+ characters\)\.$/).waitFor();
    const updated = await benBoard.page.evaluate(() => navigator.clipboard.readText());
    assert.equal(updated, await benBoard.page.getByLabel(/^Group link with your progress/).inputValue());
    assert.deepEqual(benBoard.problems, NO_PROBLEMS);

    const reread = await visit(fourth, updated);
    const members = await membersOf(reread.page);
    assert.deepEqual(Object.keys(members), ['Ana', 'ben', 'Chidi']);
    assert.deepEqual(members.ben, [`${days[0].length + days[1].length} of ${planIds.length}`, behind(days[2].length), titleOf(days[2][0])]);
    assert.deepEqual(members.Ana[0], `${planIds.length} of ${planIds.length}`);
    assert.deepEqual(members.Chidi[0], `1 of ${planIds.length}`);
    assert.deepEqual(reread.problems, NO_PROBLEMS);
    for (const context of [organiser, ana, ben, chidi, fourth]) await context.close();
  });

  test('damaged links show what could be read and say what could not', async () => {
    const context = await newProfile();
    const organiser = await newProfile();
    const plans = await visit(organiser, '/practice/study-plans');
    const builder = plans.page.locator('form[aria-label="Build a study plan"]');
    await builder.getByLabel('Start date').fill('2026-12-01');
    await builder.getByRole('checkbox', {name: 'All of Generative AI'}).check();
    await builder.getByLabel('Number of days').fill('2');
    const realPlan = await plans.page.locator('section[aria-labelledby="build-a-plan"]').getByLabel(/^Link to this plan/).inputValue();
    const planCode = new URL(realPlan).searchParams.get('plan');
    const count = planCode.split('.')[3].length / 3;
    const all = `1${'_'.repeat(Math.ceil(count / 6))}`;
    // A well-formed group of two who have done everything, then damaged in three ways.
    const good = `${PAGE}?plan=${encodeURIComponent(planCode)}&m=Ana.${all}&m=Ben.${all}`;

    // Cut short (as a chat might): Ben's last characters are gone.
    const cut = await visit(context, good.slice(0, -1));
    assert.match(await cut.page.locator('[data-group-problems]').textContent(), /Ben’s progress is cut short in this link: \d+ lessons? of the plan cannot be told/);
    assert.ok((await cut.page.locator('table[data-days] td[data-state="unknown"]').count()) > 0);
    assert.equal(await cut.page.locator('[data-members] [data-member="Ana"] dd').first().textContent(), `${count} of ${count}`);
    await expectNoAxeViolations(cut.page, 'cut-short group link');
    assert.deepEqual(cut.problems, NO_PROBLEMS);

    // A member damaged: left out and named; the other is shown.
    const member = await visit(context, good.replace('Ben.1', 'Ben.9'));
    assert.match(await member.page.locator('[data-group-problems]').textContent(), /Ben’s progress in this link is damaged/);
    assert.deepEqual(Object.keys(await membersOf(member.page)), ['Ana']);

    // The plan damaged: an alert, the members named, the maker still there.
    const broken = await visit(context, good.replace('plan=1.2026', 'plan=1.1026'));
    assert.match(await broken.page.getByRole('alert').textContent(), /^The plan in this group link could not be read\. The start date/);
    assert.match(await broken.page.locator('[data-group-problems]').textContent(), /Ana’s progress cannot be shown without the plan/);
    assert.equal(await broken.page.locator('table').count(), 0);
    assert.equal(await broken.page.getByRole('button', {name: 'Make the group link'}).count(), 1);
    await expectNoAxeViolations(broken.page, 'damaged plan');
    assert.deepEqual(broken.problems, NO_PROBLEMS);
    await context.close();
    await organiser.close();
  });

  for (const width of [360, 390]) {
    test(`a 6-member board fits a ${width} px phone without sideways scrolling`, async () => {
      const organiser = await newProfile();
      const plans = await visit(organiser, '/practice/study-plans');
      // Every lesson over 28 days: the 4-week plan, from the builder.
      const builder = plans.page.locator('form[aria-label="Build a study plan"]');
      for (const section of ['Foundations', 'ML System Design', 'Generative AI', 'Case Studies']) {
        await builder.getByRole('checkbox', {name: `All of ${section}`}).check();
      }
      await builder.getByLabel('Number of days').fill('28');
      const planLink = await plans.page.locator('section[aria-labelledby="build-a-plan"]').getByLabel(/^Link to this plan/).inputValue();
      await organiser.close();
      const planCode = new URL(planLink).searchParams.get('plan');
      const count = planCode.split('.')[3].length / 3;
      assert.equal(count, lessons.length);
      const names = ['Ana', 'Ben', 'Chidi', 'Dana', 'Eitan', 'Fatima'];
      const members = names.map((name, index) => `&m=${name}.1${'_'.repeat(index)}${'A'.repeat(Math.ceil(count / 6) - index)}`).join('');
      const link = `${BASE_URL}${PAGE}?plan=${encodeURIComponent(planCode)}${members}`;
      console.log(`  group link for ${count} lessons (4-week plan) and 6 members: ${link.length} characters`);
      assert.ok(link.length < 400, `${link.length} characters`);
      const phone = await newProfile({viewport: {width, height: 800}, colorScheme: 'dark'});
      const {page, problems} = await visit(phone, link);
      assert.equal(await page.locator('[data-members] [data-member]').count(), 6);
      assert.equal(await page.locator('table[data-days] tr[data-lesson]').count(), count);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, `the page scrolls sideways by ${overflow} px`);
      // Each member's card is whole on the screen: nothing in it is cut off or scrolls.
      const cards = await page.locator('[data-members] [data-member]').evaluateAll((items) =>
        items.map((card) => {
          const box = card.getBoundingClientRect();
          const inside = [...card.querySelectorAll('*')].every((el) => el.getBoundingClientRect().right <= box.right + 0.5);
          return {name: card.dataset.member, fits: box.left >= 0 && box.right <= window.innerWidth && card.scrollWidth <= card.clientWidth && inside};
        }),
      );
      assert.deepEqual(cards.filter((card) => !card.fits), [], 'every member card fits the screen');
      // The days table is wider than the phone: it scrolls in its own named box, by keyboard too,
      // and the lesson column stays in view while it does.
      const box = page.getByRole('region', {name: 'The plan’s days'});
      assert.ok(await box.evaluate((el) => el.scrollWidth > el.clientWidth), 'six members make the days table wider than the phone');
      const lesson = box.locator('tr[data-lesson] th').first();
      const lessonLeft = await lesson.evaluate((el) => el.getBoundingClientRect().left);
      await box.focus();
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => document.querySelector('[role="region"][aria-labelledby="group-days"]').scrollLeft > 0);
      const lessonLeftScrolled = await lesson.evaluate((el) => el.getBoundingClientRect().left);
      // Within a pixel: stuck to the box's edge, the cell's collapsed half-pixel border goes.
      assert.ok(Math.abs(lessonLeftScrolled - lessonLeft) <= 1, `the lesson column stays in view (${lessonLeft} px, then ${lessonLeftScrolled} px)`);
      // Member names break between words, never letter by letter ("A n a").
      const broken = await box.locator('thead th[scope="col"]').evaluateAll((cells) =>
        cells
          .filter((cell) => !/\s/.test(cell.textContent.trim()))
          .filter((cell) => {
            const range = document.createRange();
            range.selectNodeContents(cell);
            return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1;
          })
          .map((cell) => cell.textContent),
      );
      assert.deepEqual(broken, [], 'one-word names on one line');
      await expectNoAxeViolations(page, `phone ${width}`);
      assert.deepEqual(problems, NO_PROBLEMS);
      await phone.close();
    });
  }
});

describe('catalog self-checks', () => {
  test('each card says how many of its self-checks this browser has answered', async () => {
    const metrics = lessons.find((lesson) => lesson.id === 'ml-system-design/metrics');
    const context = await newProfile();
    const lesson = await visit(context, metrics.path);
    const total = await lesson.page.locator('main details[id^="check-"]').count();
    assert.ok(total >= 2);
    const check = lesson.page.locator('main details[id^="check-"]').first();
    await check.locator('summary').click();
    await check.getByRole('button', {name: 'Knew it'}).click();
    const catalog = await visit(context, '/lessons');
    const card = catalog.page.locator('li', {has: catalog.page.getByRole('link', {name: metrics.frontMatter.title, exact: true})});
    assert.equal(await card.locator('[data-self-checks]').textContent(), `answered 1 of ${total}`);
    assert.equal(await card.locator('[data-self-checks]').getAttribute('data-self-checks'), `1/${total}`);
    assert.deepEqual(catalog.problems, NO_PROBLEMS);
    await context.close();
  });
});
