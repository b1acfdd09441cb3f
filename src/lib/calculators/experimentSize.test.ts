import {
  daysToEnrol,
  daysToRun,
  experimentReport,
  treatmentRate,
  usersPerArmForMeans,
  usersPerArmForProportions,
  zFactor,
} from './experimentSize';
import {ceilWhole} from './math';

const factor = zFactor(0.05, 0.8);

test('(z_{1−α/2} + z_{1−β})² at α = 0.05 two-sided and 80% power is 7.84888', () => {
  expect(factor).toBeCloseTo(7.84888, 5);
});

test('the lesson’s CTR example: 5% baseline, 2% relative lift, 300,000 users a day', () => {
  const p2 = treatmentRate(0.05, 0.02, 'relative');
  expect(p2).toBeCloseTo(0.051, 12);
  const exact = usersPerArmForProportions(0.05, p2, factor);
  expect(exact).toBeCloseTo(752_699.7, 1);
  expect(ceilWhole(exact)).toBe(752_700);
  expect(daysToEnrol(1_505_400, 300_000, 1)).toBe(6);
  expect(daysToRun(6)).toBe(7);
  // With 10% of the traffic: 51 days.
  expect(daysToEnrol(1_505_400, 300_000, 0.1)).toBe(51);
  // Four mutually exclusive experiments in a layer, 25% each: 21 days.
  expect(daysToEnrol(1_505_400, 300_000, 0.25)).toBe(21);
});

test.each([
  [0.05, 122_121],
  [0.1, 31_231],
])('the lesson’s MDE table: a %d relative MDE needs %d per arm', (mde, perArm) => {
  expect(ceilWhole(usersPerArmForProportions(0.05, treatmentRate(0.05, mde, 'relative'), factor))).toBe(perArm);
});

test('the self-check: 10% baseline, 5% relative lift → 57,760 per arm', () => {
  expect(ceilWhole(usersPerArmForProportions(0.1, 0.105, factor))).toBe(57_760);
  expect(treatmentRate(0.1, 0.005, 'absolute')).toBeCloseTo(0.105, 12);
});

test('the lesson’s watch-time example: mean 30, σ 60, 1% relative MDE', () => {
  expect(usersPerArmForMeans(60, 0.3, factor)).toBeCloseTo(627_910.4, 1);
  expect(ceilWhole(usersPerArmForMeans(60, 0.3, factor))).toBe(627_911);
  expect(ceilWhole(usersPerArmForMeans(1, 0.01, factor))).toBe(156_978);
  expect(ceilWhole(usersPerArmForMeans(1.2, 0.01, factor))).toBe(226_048);
});

const proportion = {baselineRate: 5, mde: 2, mdeType: 'relative', alpha: 0.05, power: 80, usersPerDay: 300_000, shareInTest: 100};
const mean = {mean: 30, standardDeviation: 60, mde: 1, mdeType: 'relative', alpha: 0.05, power: 80, usersPerDay: 300_000, shareInTest: 100};
const lines = (report: ReturnType<typeof experimentReport>) => {
  if (!report.ok) throw new Error(JSON.stringify(report.errors));
  return Object.fromEntries(report.groups.flatMap((group) => group.lines).map((line) => [line.key, line]));
};

test('the proportion report shows each step with the lesson’s numbers', () => {
  const report = lines(experimentReport('proportion', proportion));
  expect(report.p2.working).toBe('0.05 × 1.02 = 0.051; δ = 0.001');
  expect(report.z.working).toBe('(1.959964 + 0.841621)² = 7.84888');
  expect(report.variance.working).toBe('0.0475 + 0.048399 = 0.095899');
  expect(report.perArm).toMatchObject({value: '752,700', working: '7.84888 × 0.095899 ÷ 0.001² = 752,699.7 → 752,700'});
  expect(report.total.value).toBe('1,505,400');
  expect(report.days).toMatchObject({value: '6 days', working: '1,505,400 ÷ (300,000 × 100%) = 5.02 → 6 days'});
  expect(report.runDays.value).toBe('7 days');
});

test('the mean report shows the lesson’s numbers', () => {
  const report = lines(experimentReport('mean', mean));
  expect(report.delta.working).toBe('30 × 1% = 0.3; CV = σ ÷ mean = 2');
  expect(report.perArm).toMatchObject({value: '627,911', working: '2 × 7.84888 × 60² ÷ 0.3² = 627,910.4 → 627,911'});
  expect(report.days.working).toBe('1,255,822 ÷ (300,000 × 100%) = 4.19 → 5 days');
  expect(report.runDays.value).toBe('7 days');
  // An absolute MDE of 0.3 minutes is the same test.
  expect(lines(experimentReport('mean', {...mean, mde: 0.3, mdeType: 'absolute'})).perArm.value).toBe('627,911');
});

test('an effect that would push the rate to 100% is refused on the MDE field', () => {
  expect(experimentReport('proportion', {...proportion, baselineRate: 60, mde: 70})).toEqual({
    ok: false,
    errors: {mde: 'Then p2 would be 102%; it must stay below 100%.'},
  });
});

test('traffic too small to finish gives a message, not Infinity', () => {
  const report = experimentReport('proportion', {...proportion, usersPerDay: 1e-320});
  expect(report.ok).toBe(false);
});
