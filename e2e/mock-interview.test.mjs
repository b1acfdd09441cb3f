import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {axe, BASE_URL, useSharedBrowser, VIEWPORTS} from './browser.mjs';

// The mock interview, driven with Playwright's fake clock: the clock keeps flowing in real time,
// and fastForward jumps it, as a background tab or a long wait would.
const shared = useSharedBrowser();
const PATH = '/practice/mock-interview';
const KEY = 'mlsd-guide:mock-interviews:v1';
const CASE_FILE = new URL('../docs/case-studies/eta-prediction.mdx', import.meta.url);
const CASE_TITLE = (await readFile(CASE_FILE, 'utf8')).match(/^title: "?([^"\n]+)"?$/m)[1];
// The phases as the lesson writes them: the page must follow this very plan.
const PHASES = [...(await readFile(CASE_FILE, 'utf8')).matchAll(/\{name: '([^']+)', minutes: (\d+)/g)].map((m) => ({
  name: m[1],
  minutes: Number(m[2]),
}));

async function openMock(browser, {colorScheme = 'light', storage} = {}) {
  const context = await browser.newContext({colorScheme, viewport: VIEWPORTS.desktop, acceptDownloads: true});
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.clock.install({time: new Date('2025-03-04T09:00:00')});
  if (storage !== undefined) {
    await page.addInitScript(([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      }
    }, [KEY, storage]);
  }
  await page.goto(new URL(PATH, BASE_URL).href, {waitUntil: 'networkidle'});
  await page.waitForSelector('html[data-has-hydrated="true"]');
  return {page, context, errors};
}

const banner = (page) => page.locator('#mock-banner');
const announcer = (page) => page.locator('#mock-announcer');
const clockValue = (page, term) => page.getByRole('timer').locator('div', {has: page.locator('dt', {hasText: term})}).locator('dd');
const stored = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key)), KEY);

async function expectAxeClean(page, label) {
  const {violations} = await axe(page).analyze();
  assert.deepEqual(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
    [],
    `axe violations ${label}`,
  );
}

describe('mock interview', () => {
  test('the built page already lists the first case and its phases with time windows', async () => {
    const response = await fetch(new URL(PATH, BASE_URL));
    const html = (await response.text()).replace(/<!-- -->/g, '');
    assert.match(html, /<h1[^>]*>Mock interview<\/h1>/);
    assert.match(html, /Phases of /);
    assert.match(html, /minute 0 to 5/);
    assert.match(html, /Start interview/);
  });

  test('a full 45-minute run: phase changes in the banner and the live region, pause, next phase, rubric, save', async () => {
    const {page, context, errors} = await openMock(shared.browser);
    assert.equal(await page.locator('#mock-announcer').getAttribute('aria-live'), 'polite');
    await page.getByRole('combobox', {name: 'Case study'}).selectOption({label: CASE_TITLE});
    assert.equal(await page.getByRole('list', {name: `Phases of ${CASE_TITLE}`}).locator('li').count(), PHASES.length);
    await page.getByRole('button', {name: 'Start interview'}).click();
    await assertText(banner(page), `Interview started: ${PHASES[0].name}, until minute ${PHASES[0].minutes}.`);
    await assertText(announcer(page), `Interview started: ${PHASES[0].name}, until minute ${PHASES[0].minutes}.`);

    let end = 0;
    for (let index = 0; index < PHASES.length; index += 1) {
      end += PHASES[index].minutes;
      await page.clock.fastForward(`${String(PHASES[index].minutes - 1).padStart(2, '0')}:00`);
      const warning =
        index === PHASES.length - 1
          ? 'One minute left in the interview: wrap up.'
          : `One minute left for ${PHASES[index].name}. Next: ${PHASES[index + 1].name}.`;
      await assertText(announcer(page), warning);
      await assertText(banner(page), warning);
      await page.clock.fastForward('01:00');
      if (index < PHASES.length - 1) {
        const move = `Time to move on to ${PHASES[index + 1].name}, until minute ${end + PHASES[index + 1].minutes}.`;
        await assertText(banner(page), move);
        await assertText(announcer(page), move);
        assert.equal(await page.locator('li[aria-current="step"]').count(), 1);
        assert.match(await page.locator('li[aria-current="step"]').textContent(), new RegExp(`^${index + 2}\\. `));
        assert.equal(await page.getByRole('heading', {level: 2, name: `Role cards: ${index + 2}. ${PHASES[index + 1].name}`}).count(), 1);
      }
    }
    await assertText(announcer(page), 'Time is up: the 45 minutes are over. Wrap up and end the interview.');
    assert.equal(await page.getByRole('timer').locator('dt', {hasText: 'Overtime'}).count(), 1);
    assert.match(await clockValue(page, 'Overtime').textContent(), /^\+0:0\d$/);

    await page.getByRole('button', {name: 'End interview'}).click();
    await page.getByRole('button', {name: 'End and score'}).click();
    await assertFocused(page.getByRole('heading', {name: 'Score the interview'}));
    assert.equal(await page.getByRole('group').count(), PHASES.length);
    for (let index = 0; index < PHASES.length; index += 1) {
      await page.getByRole('group', {name: `${index + 1}. ${PHASES[index].name}`}).getByRole('radio', {name: /^3 Solid/}).check();
    }
    await page.getByRole('group', {name: `1. ${PHASES[0].name}`}).getByRole('radio', {name: /^4 Strong/}).check();
    await page.getByLabel(`Notes on ${PHASES[0].name}`).fill('Asked about p90 first.');
    await page.getByLabel('Overall summary').fill('Good pace, thin on monitoring.');
    await expectAxeClean(page, 'on the rubric');
    await page.getByRole('button', {name: 'Save interview'}).click();
    await assertFocused(page.getByRole('heading', {name: 'Saved interviews'}));
    const data = await stored(page);
    assert.equal(data.current, null);
    assert.equal(data.saved.length, 1);
    const [session] = data.saved;
    assert.equal(session.caseTitle, CASE_TITLE);
    assert.deepEqual(session.phases.map((p) => p.score), PHASES.map((_, i) => (i === 0 ? 4 : 3)));
    assert.equal(session.phases[0].notes, 'Asked about p90 first.');
    // Each phase ran its planned minutes (to the second, give or take the real time the test takes).
    session.phases.slice(0, -1).forEach((phase, i) => assert.ok(Math.abs(phase.spentSeconds - PHASES[i].minutes * 60) <= 5, `${phase.name}: ${phase.spentSeconds}`));

    await page.reload({waitUntil: 'networkidle'});
    await page.waitForSelector('html[data-has-hydrated="true"]');
    assert.equal(await page.getByRole('heading', {level: 3, name: CASE_TITLE}).count(), 1);
    assert.match(await page.locator('main').textContent(), /average score 3\.1 of 4/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('pause stops the clock, resume continues, next phase moves on early', async () => {
    const {page, context, errors} = await openMock(shared.browser);
    await page.getByRole('combobox', {name: 'Case study'}).selectOption({label: CASE_TITLE});
    await page.getByRole('button', {name: 'Start interview'}).click();
    await page.clock.fastForward('02:00');
    await page.getByRole('button', {name: 'Pause'}).click();
    const paused = await clockValue(page, 'Elapsed').textContent();
    assert.match(paused, /^2:0\d$/);
    await page.clock.fastForward('10:00');
    assert.equal(await clockValue(page, 'Elapsed').textContent(), paused);
    assert.match(await page.locator('main').textContent(), /\(paused\)/);
    await page.getByRole('button', {name: 'Resume'}).click();
    await page.clock.fastForward('01:00');
    assert.match(await clockValue(page, 'Elapsed').textContent(), /^3:0\d$/);
    await page.getByRole('button', {name: 'Next phase'}).click();
    await assertText(announcer(page), `Moved on early to ${PHASES[1].name}, until minute ${PHASES[0].minutes + PHASES[1].minutes}.`);
    assert.match(await page.locator('li[aria-current="step"]').textContent(), /^2\. /);
    // The time saved goes to the next phase: it still ends at its planned minute.
    assert.match(await clockValue(page, 'Phase left').textContent(), /^(6:5\d|7:00)$/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('an interview in progress survives a reload, clock and notes included', async () => {
    const {page, context, errors} = await openMock(shared.browser);
    await page.getByRole('combobox', {name: 'Case study'}).selectOption({label: CASE_TITLE});
    await page.getByRole('button', {name: 'Start interview'}).click();
    await page.clock.fastForward('07:00');
    await page.getByLabel(`Notes on ${PHASES[1].name}`).fill('Routing ETA as the baseline.');
    await page.reload({waitUntil: 'networkidle'});
    await page.waitForSelector('html[data-has-hydrated="true"]');
    assert.match(await clockValue(page, 'Elapsed').textContent(), /^7:\d\d$/);
    assert.match(await page.locator('li[aria-current="step"]').textContent(), /^2\. /);
    assert.equal(await page.getByLabel(`Notes on ${PHASES[1].name}`).inputValue(), 'Routing ETA as the baseline.');
    assert.equal(await page.getByRole('combobox', {name: 'Case study'}).isDisabled(), true);
    // A restored interview is not re-announced; the next event is.
    assert.equal(await announcer(page).textContent(), '');
    await page.clock.fastForward('03:00');
    await assertText(announcer(page), `Time to move on to ${PHASES[2].name}, until minute ${PHASES[0].minutes + PHASES[1].minutes + PHASES[2].minutes}.`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('export downloads Markdown and JSON that match the saved interview', async () => {
    const {page, context} = await openMock(shared.browser);
    await page.getByRole('combobox', {name: 'Case study'}).selectOption({label: CASE_TITLE});
    await page.getByRole('button', {name: 'Start interview'}).click();
    await page.clock.fastForward('12:00');
    await page.getByRole('button', {name: 'End interview'}).click();
    await page.getByRole('button', {name: 'End and score'}).click();
    await page.getByRole('group', {name: `1. ${PHASES[0].name}`}).getByRole('radio', {name: /^2 Partial/}).check();
    await page.getByRole('button', {name: 'Save interview'}).click();
    const [markdown] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', {name: new RegExp(`^Markdown ${CASE_TITLE}`)}).click(),
    ]);
    assert.match(markdown.suggestedFilename(), /^mock-interview-eta-prediction-2025-03-04\.md$/);
    const text = await readFile(await markdown.path(), 'utf8');
    assert.match(text, new RegExp(`^# Mock interview: ${CASE_TITLE}\n`));
    assert.ok(text.includes(`| ${PHASES[0].name} | ${PHASES[0].minutes} min | ${PHASES[0].minutes} min | 2 (Partial) |`), text);
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', {name: 'Export all as JSON'}).click()]);
    assert.equal(json.suggestedFilename(), 'mock-interviews.json');
    const exported = JSON.parse(await readFile(await json.path(), 'utf8'));
    assert.deepEqual(exported.saved, (await stored(page)).saved);
    await context.close();
  });

  for (const [label, value] of [
    ['not JSON', '{"saved": [oops'],
    ['the wrong shape', JSON.stringify({saved: 'yes', current: 12})],
    ['a broken session', JSON.stringify({current: {id: 1, timer: {status: 'running'}}, saved: [{id: 'a'}, null, 7]})],
  ]) {
    test(`corrupt storage (${label}) reads as no interviews, without errors, and can be overwritten`, async () => {
      const {page, context, errors} = await openMock(shared.browser, {storage: value});
      assert.match(await page.locator('main').textContent(), /No saved interviews in this browser yet/);
      assert.equal(await page.getByRole('button', {name: 'Start interview'}).count(), 1);
      await page.getByRole('button', {name: 'Start interview'}).click();
      assert.equal((await stored(page)).current.timer.status, 'running');
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test('random picks a case and says which', async () => {
    const {page, context} = await openMock(shared.browser);
    const before = await page.getByRole('combobox', {name: 'Case study'}).inputValue();
    await page.getByRole('button', {name: 'Random case'}).click();
    const after = await page.getByRole('combobox', {name: 'Case study'}).inputValue();
    assert.notEqual(after, before);
    const title = await page.getByRole('combobox', {name: 'Case study'}).locator('option:checked').textContent();
    assert.equal(await page.getByText(`Random pick: ${title}.`).count(), 1);
    assert.equal(await page.getByRole('heading', {level: 3, name: `Phases of ${title}`}).count(), 1);
    await context.close();
  });

  test('keyboard only: choose, start, pause, resume, next phase, end, score and save', async () => {
    const {page, context, errors} = await openMock(shared.browser);
    const select = page.getByRole('combobox', {name: 'Case study'});
    await select.focus();
    const first = await select.inputValue();
    await page.keyboard.press('ArrowDown');
    assert.notEqual(await select.inputValue(), first);
    await page.keyboard.press('Tab');
    await assertFocused(page.getByRole('button', {name: 'Random case'}));
    await page.keyboard.press('Enter');
    assert.match(await page.locator('main').textContent(), /Random pick: /);
    // Tab on to Start: every control on the way is reachable.
    for (let i = 0; i < 10 && !(await page.getByRole('button', {name: 'Start interview'}).evaluate((el) => el === document.activeElement)); i += 1) {
      await page.keyboard.press('Tab');
    }
    await assertFocused(page.getByRole('button', {name: 'Start interview'}));
    await page.keyboard.press('Enter');
    await assertFocused(page.getByRole('button', {name: 'Pause'}));
    assert.ok(await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle !== 'none'), 'focus is visible');
    await page.keyboard.press('Space');
    await assertFocused(page.getByRole('button', {name: 'Resume'}));
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await assertFocused(page.getByRole('button', {name: 'Next phase'}));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('mock-announcer').textContent.startsWith('Moved on early to '), null, {timeout: 3_000});
    await page.keyboard.press('Tab');
    await assertFocused(page.getByRole('button', {name: 'End interview'}));
    await page.keyboard.press('Enter');
    // Ending asks first, with the safe answer focused: Escape goes back, Shift+Tab reaches "End and score".
    await assertFocused(page.getByRole('button', {name: 'Keep going'}));
    await page.keyboard.press('Escape');
    await assertFocused(page.getByRole('button', {name: 'End interview'}));
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+Tab');
    await assertFocused(page.getByRole('button', {name: 'End and score'}));
    await page.keyboard.press('Enter');
    await assertFocused(page.getByRole('heading', {name: 'Score the interview'}));
    await page.keyboard.press('Tab');
    // The first phase's radio group: arrow keys pick a score.
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.getByRole('group').first().getByRole('radio', {name: /^3 Solid/}).isChecked(), true);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Typed with the keyboard.');
    await page.getByRole('button', {name: 'Save interview'}).focus();
    await page.keyboard.press('Enter');
    const [session] = (await stored(page)).saved;
    assert.equal(session.phases[0].score, 3);
    assert.equal(session.phases[0].notes, 'Typed with the keyboard.');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('"End interview" asks first; "Keep going" leaves the clock running', async () => {
    const {page, context, errors} = await openMock(shared.browser);
    await page.getByRole('button', {name: 'Start interview'}).click();
    await page.clock.fastForward('02:00');
    await page.getByRole('button', {name: 'End interview'}).click();
    assert.equal(await page.getByRole('group', {name: /End the interview now\?/}).count(), 1);
    await assertFocused(page.getByRole('button', {name: 'Keep going'}));
    await page.getByRole('button', {name: 'Keep going'}).click();
    assert.equal((await stored(page)).current.timer.status, 'running');
    assert.equal(await page.getByRole('heading', {name: 'Score the interview'}).count(), 0);
    await page.clock.fastForward('01:00');
    assert.match(await clockValue(page, 'Elapsed').textContent(), /^3:0\d$/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('alone: the interviewer card stays folded until revealed, per phase, and the choice survives a reload', async () => {
    const {page, context, errors} = await openMock(shared.browser);
    await page.getByRole('combobox', {name: 'Case study'}).selectOption({label: CASE_TITLE});
    const question = page.getByRole('heading', {level: 3, name: 'Interviewer'});
    assert.equal(await question.isVisible(), true, 'with a partner the card is open');
    await page.getByRole('radio', {name: /^Alone/}).check();
    assert.equal((await stored(page)).solo, true);
    await page.reload({waitUntil: 'networkidle'});
    await page.waitForSelector('html[data-has-hydrated="true"]');
    assert.equal(await page.getByRole('radio', {name: /^Alone/}).isChecked(), true);
    assert.equal(await question.isVisible(), false, 'alone the card is folded');
    // The case itself is not remembered before a start (only the mode is): pick it again.
    await page.getByRole('combobox', {name: 'Case study'}).selectOption({label: CASE_TITLE});
    await page.getByRole('button', {name: 'Start interview'}).click();
    // The reveal control is a native <details>: Tab reaches it, Enter opens it.
    await page.getByText(/^Reveal the interviewer’s card/).focus();
    await page.keyboard.press('Enter');
    assert.equal(await question.isVisible(), true, 'revealed');
    await page.clock.fastForward(`${String(PHASES[0].minutes).padStart(2, '0')}:00`);
    await page.getByRole('heading', {level: 2, name: `Role cards: 2. ${PHASES[1].name}`}).waitFor();
    assert.equal(await question.isVisible(), false, 'the next phase starts folded again');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('saved data from before the solo mode still loads, as practising with a partner', async () => {
    const old = {
      current: null,
      saved: [{id: 'a', caseId: 'case-studies/eta-prediction', caseTitle: CASE_TITLE, startedAt: '2025-03-01T10:00:00.000Z', summary: 'Old.', totalSeconds: 2700,
        phases: PHASES.map((p) => ({name: p.name, plannedMinutes: p.minutes, spentSeconds: p.minutes * 60, score: 3, notes: ''}))}],
    };
    const {page, context, errors} = await openMock(shared.browser, {storage: JSON.stringify(old)});
    assert.equal(await page.getByRole('heading', {level: 3, name: CASE_TITLE}).count(), 1);
    assert.equal(await page.getByRole('radio', {name: /^With a partner/}).isChecked(), true);
    assert.deepEqual(errors, []);
    await context.close();
  });

  for (const width of [360, 390]) {
    test(`${width} px dark: the clock stays in view while the page scrolls, without covering the controls`, async () => {
      const {page, context, errors} = await openMock(shared.browser, {colorScheme: 'dark'});
      await page.setViewportSize({width, height: 740});
      await page.getByRole('button', {name: 'Start interview'}).click();
      await page.clock.fastForward('02:00');
      const strip = page.getByTestId('timer-strip');
      // Scroll down until the notes field sits 200 px from the top: well past the strip's own place,
      // with the interview's content still below. (Past the end of that content the strip leaves with
      // it, as a sticky bar does, and slides under the navbar.)
      await page.getByLabel(/^Notes on /).scrollIntoViewIfNeeded();
      const notesTop = await page.getByLabel(/^Notes on /).evaluate((el) => el.getBoundingClientRect().top);
      await page.mouse.wheel(0, Math.max(0, notesTop - 200));
      await page.waitForFunction((top) => document.getElementById('live-notes').getBoundingClientRect().top <= top + 1, 200, {timeout: 3_000}).catch(() => {});
      assert.ok(await page.locator('#live-notes').evaluate((el) => el.getBoundingClientRect().top > 150), 'scrolled, with the notes still in view');
      const box = await strip.boundingBox();
      const navbar = await page.locator('nav.navbar').boundingBox();
      assert.ok(box.y >= navbar.y + navbar.height - 1 && box.y < navbar.height + 10, `the strip sits under the navbar: ${JSON.stringify(box)}`);
      assert.ok(box.height < 90, `the strip is short: ${box.height} px`);
      assert.match(await strip.textContent(), /Phase \d+:\d\d left.*Total \d+:\d\d left/);
      // Focus moved by the keyboard lands below the strip, not under it: put Pause just under the
      // navbar (behind the strip), then Shift+Tab onto it from Next phase.
      await page.getByRole('button', {name: 'Pause'}).evaluate((el, top) => window.scrollBy(0, el.getBoundingClientRect().top - top - 5), navbar.height);
      await page.getByRole('button', {name: 'Next phase'}).evaluate((el) => el.focus({preventScroll: true}));
      await page.keyboard.press('Shift+Tab');
      await assertFocused(page.getByRole('button', {name: 'Pause'}));
      const focused = await page.getByRole('button', {name: 'Pause'}).boundingBox();
      const after = await strip.boundingBox();
      assert.ok(focused.y >= after.y + after.height, `the focused button (top ${focused.y}) is below the strip (bottom ${after.y + after.height})`);
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(sideways, 0, 'no sideways scroll');
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  for (const colorScheme of ['light', 'dark']) {
    test(`axe (${colorScheme}) before, during and after an interview`, async () => {
      const {page, context} = await openMock(shared.browser, {colorScheme});
      await expectAxeClean(page, 'before');
      await page.getByRole('button', {name: 'Start interview'}).click();
      await page.clock.fastForward('04:10');
      assert.equal(await banner(page).count(), 1);
      await expectAxeClean(page, 'during, with the banner');
      await page.getByRole('button', {name: 'Pause'}).click();
      await expectAxeClean(page, 'paused');
      await page.getByRole('radio', {name: /^Alone/}).check();
      await page.getByText(/^Reveal the interviewer’s card/).click();
      await page.getByRole('button', {name: 'End interview'}).click();
      await expectAxeClean(page, 'alone, card revealed, asking to end');
      await page.getByRole('button', {name: 'End and score'}).click();
      await expectAxeClean(page, 'on the rubric');
      await page.getByRole('button', {name: 'Save interview'}).click();
      await expectAxeClean(page, 'with a saved interview');
      await context.close();
    });
  }
});

async function assertText(locator, expected) {
  await locator.page().waitForFunction(
    ([el, text]) => el?.textContent === text,
    [await locator.elementHandle(), expected],
    {timeout: 3_000},
  ).catch(() => {});
  assert.equal(await locator.textContent(), expected);
}

async function assertFocused(locator) {
  assert.equal(await locator.evaluate((el) => el === document.activeElement), true, `${locator} is focused`);
}
