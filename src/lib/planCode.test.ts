import {codeCollisions, decodePlan, encodePlan, lessonCode, MAX_NAME_LENGTH, planHref, type PlanSpec} from './planCode';

const siteIds = ['foundations/estimation', 'ml-system-design/metrics', 'case-studies/eta-prediction', 'case-studies/feed-ranking'];
const plan: PlanSpec = {
  name: 'Our group: week 1',
  start: '2026-12-01',
  pace: {kind: 'days', days: 14},
  lessonIds: ['ml-system-design/metrics', 'case-studies/eta-prediction'],
};

describe('lesson codes', () => {
  test('are 3 URL-safe characters that depend only on the id', () => {
    for (const id of siteIds) {
      expect(lessonCode(id)).toMatch(/^[A-Za-z0-9_-]{3}$/);
      expect(lessonCode(id)).toBe(lessonCode(`${id}`));
    }
    expect(new Set(siteIds.map(lessonCode)).size).toBe(siteIds.length);
  });
  test('collisions are found', () => {
    expect(codeCollisions(siteIds)).toEqual([]);
    // Search a small id space for two ids sharing a code, to check the detector itself.
    const seen = new Map<string, string>();
    let pair: [string, string] | undefined;
    for (let index = 0; !pair; index += 1) {
      const id = `x/${index}`;
      const other = seen.get(lessonCode(id));
      if (other) pair = [other, id];
      seen.set(lessonCode(id), id);
    }
    expect(codeCollisions(pair)).toEqual([pair]);
  });
});

describe('encode and decode', () => {
  test('round trip keeps name, start, pace and lessons', () => {
    const code = encodePlan(plan);
    expect(code).toMatch(/^1\.20261201\.d14\.[A-Za-z0-9_-]{6}\.Our group: week 1$/);
    expect(decodePlan(code, siteIds)).toEqual({ok: true, plan, warnings: []});
    const budget = {...plan, pace: {kind: 'minutesPerDay', minutes: 90} as const, name: 'a.b.c'};
    expect(decodePlan(encodePlan(budget), siteIds)).toEqual({ok: true, plan: budget, warnings: []});
  });

  test('a link stays valid when lessons are added to the site, in any order', () => {
    const code = encodePlan(plan);
    const grown = ['new/first', ...siteIds.slice().reverse(), 'new/last'];
    const decoded = decodePlan(code, grown);
    expect(decoded.ok && decoded.plan.lessonIds.sort()).toEqual([...plan.lessonIds].sort());
  });

  test('survives the URL: name with spaces, HTML and non-Latin text', () => {
    const named = {...plan, name: '<img src=x onerror=alert(1)> Ünïcode & co'};
    const href = planHref('/practice/study-plans', named);
    const code = new URL(href, 'https://example.org').searchParams.get('plan')!;
    expect(decodePlan(code, siteIds)).toEqual({ok: true, plan: named, warnings: []});
  });

  test('a plan of 33 lessons fits a chat message', () => {
    const ids = Array.from({length: 33}, (_, index) => `section/lesson-${index}`);
    const href = planHref('https://example.org/practice/study-plans', {...plan, name: '4-week plan', lessonIds: ids});
    expect(href.length).toBeLessThan(200);
  });
});

describe('junk codes give one clear error', () => {
  test.each([
    ['', /incomplete or damaged/],
    ['hello', /incomplete or damaged/],
    ['2.20261201.d14.abc.x', /format this site does not know/],
    ['1.20260230.d14.abc.x', /start date .* not a real date/],
    ['1.99999999.d14.abc.x', /start date/],
    ['1.2026-12-01.d14.abc.x', /start date/],
    ['1.20261201.d0.abc.x', /pace/],
    ['1.20261201.d99999.abc.x', /pace/],
    ['1.20261201.m5.abc.x', /pace/],
    ['1.20261201.w2.abc.x', /pace/],
    ['1.20261201.d14.ab.x', /lessons .* damaged/],
    ['1.20261201.d14..x', /lessons .* damaged/],
    ['1.20261201.d14.a<b.x', /lessons .* damaged/],
    ['1.20261201.d14.zzzzzz.x', /None of the lessons/],
    [`1.20261201.d14.${'a'.repeat(5000)}.x`, /too long/],
  ])('%p', (code, message) => {
    const decoded = decodePlan(code, siteIds);
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.error).toMatch(message);
  });

  test('unknown lessons are left out with a warning; the rest of the plan stays', () => {
    const code = encodePlan(plan).replace('.d14.', '.d14.zzz');
    const decoded = decodePlan(code, siteIds);
    expect(decoded.ok && decoded.plan.lessonIds).toEqual(plan.lessonIds);
    expect(decoded.ok && decoded.warnings).toEqual([expect.stringMatching(/^1 lesson in this link is not on this site/)]);
  });

  test('a long name is shortened with a warning, control characters become spaces, an empty name gets a default', () => {
    const long = decodePlan(`${encodePlan({...plan, name: ''})}${'n'.repeat(200)}`, siteIds);
    expect(long.ok && [...long.plan.name].length).toBe(MAX_NAME_LENGTH);
    expect(long.ok && long.warnings).toEqual([expect.stringMatching(/shortened/)]);
    const control = decodePlan(`${encodePlan({...plan, name: ''})}a\u0000\nb`, siteIds);
    expect(control.ok && control.plan.name).toBe('a b');
    const empty = decodePlan(encodePlan({...plan, name: '   '}), siteIds);
    expect(empty.ok && empty.plan.name).toBe('Study plan');
  });
});
