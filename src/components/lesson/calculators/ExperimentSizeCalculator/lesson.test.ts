/** @jest-environment node */
import {extractComponentProps} from '../../../../../plugins/lessons/componentProps';
import {experimentDuration, treatmentRate, usersPerArmForMeans, usersPerArmForProportions, zFactor} from '../../../../lib/calculators/experimentSize';
import {ceilWhole} from '../../../../lib/calculators/math';
import {expectAgreement, lessonSource, numberIn, stated} from '../../../../test/lessonNumbers';
import {experimentCalculatorProblems, type ExperimentSizeCalculatorProps} from './Calculator';

// The experimentation lesson has one calculator per worked example: a proportion (CTR) and a mean
// (watch time). Their props are the examples' input tables, and what they compute is what the prose says.
const source = lessonSource('ml-system-design/experimentation')!;
const uses = extractComponentProps(source, 'ExperimentSizeCalculator') as ExperimentSizeCalculatorProps[];
const proportion = uses.find((use) => use.metric === 'proportion') as Extract<ExperimentSizeCalculatorProps, {metric: 'proportion'}>;
const mean = uses.find((use) => use.metric === 'mean') as Extract<ExperimentSizeCalculatorProps, {metric: 'mean'}>;
const ctrSection = source.slice(source.indexOf('### Worked example: a 2% relative lift'), source.indexOf('### How the MDE drives the cost'));
const watchSection = source.slice(source.indexOf('**Worked example: watch time per user.**'), source.indexOf('Capping (winsorising)'));

test('one calculator for each worked example, with valid props', () => {
  expect(uses.map((use) => use.metric)).toEqual(['proportion', 'mean']);
  expect(uses.flatMap(experimentCalculatorProblems)).toEqual([]);
});

test('the proportion calculator starts from the CTR example’s input table', () => {
  expect(proportion.baselineRate).toBe(numberIn(stated(ctrSection, /\| Baseline rate p1 \| ([\d.]+)% /)[0]));
  expect([proportion.mde, proportion.mdeType]).toEqual([numberIn(stated(ctrSection, /\| Relative MDE \| ([\d.]+)%/)[0]), 'relative']);
  expect(proportion.alpha).toBe(numberIn(stated(ctrSection, /\| α \| ([\d.]+), two-sided \|/)[0]));
  expect(proportion.power).toBe(numberIn(stated(ctrSection, /\| Power \| (\d+)% \|/)[0]));
  expect(proportion.shareInTest).toBe(stated(ctrSection, /\| Split \| 50\/50, (all) eligible traffic \|/)[0] === 'all' ? 100 : Number.NaN);
  expect(proportion.usersPerDay).toBe(numberIn(stated(ctrSection, /\| Traffic \| ([\d,]+) newly exposed users a day/)[0]));
});

test('the CTR example’s numbers are the calculator’s', () => {
  const factor = zFactor(proportion.alpha, proportion.power / 100);
  const p1 = proportion.baselineRate / 100;
  const exact = usersPerArmForProportions(p1, treatmentRate(p1, proportion.mde / 100, 'relative'), factor);
  const size = experimentDuration(exact, proportion.usersPerDay, proportion.shareInTest / 100);
  const [exactText, perArm] = stated(ctrSection, /n per group = [\d.]+ × [\d.]+ \/ [\d.]+ = ([\d,.]+)\s+→\s+([\d,]+) users/);
  expectAgreement('exact n per group', exactText, exact);
  expect(size.perArm).toBe(numberIn(perArm));
  expect(size.total).toBe(numberIn(stated(ctrSection, /total\s+= 2 × [\d,]+\s+= ([\d,]+)/)[0]));
  const [days, whole, run] = stated(ctrSection, /days = [\d,]+ \/ [\d,]+ = ([\d.]+)\s+→\s+(\d+) days\s+→\s+run (\d+) days/);
  expectAgreement('days', days, size.exactDays);
  expect([size.days, size.runDays]).toEqual([numberIn(whole), numberIn(run)]);
  // "If the test can only have 10% of traffic … 51 days."
  const [share, smallDays] = stated(ctrSection, /can only have (\d+)% of traffic[\s\S]*?, so (\d+) days/);
  expect(experimentDuration(exact, proportion.usersPerDay, numberIn(share) / 100).days).toBe(numberIn(smallDays));
  expect(source).toContain(`needs about ${size.perArm.toLocaleString('en-US')} users per arm`);
});

test('the MDE table is the same formula at other MDEs', () => {
  const rows = [...source.matchAll(/^\| (\d+)% \| ([\d.]+)% \| ([\d,]+) \|$/gm)];
  expect(rows.length).toBe(3);
  const factor = zFactor(proportion.alpha, proportion.power / 100);
  for (const [, mde, p2, perArm] of rows) {
    const rate = treatmentRate(proportion.baselineRate / 100, Number(mde) / 100, 'relative');
    expectAgreement(`p2 at ${mde}%`, p2, rate * 100);
    expect(ceilWhole(usersPerArmForProportions(proportion.baselineRate / 100, rate, factor))).toBe(numberIn(perArm));
  }
});

test('the mean calculator starts from the watch-time example, and its numbers are the prose’s', () => {
  expect(mean.mean).toBe(numberIn(stated(watchSection, /\| Control mean \| ([\d.]+) minutes \|/)[0]));
  expect(mean.standardDeviation).toBe(numberIn(stated(watchSection, /\| Standard deviation σ \| ([\d.]+) minutes/)[0]));
  const [mde, delta] = stated(watchSection, /\| Relative MDE \| ([\d.]+)%, so the absolute difference δ = ([\d.]+) minutes \|/);
  expect([mean.mde, mean.mdeType]).toEqual([numberIn(mde), 'relative']);
  expect([mean.alpha, mean.power]).toEqual(stated(watchSection, /\| α, power \| ([\d.]+) two-sided, (\d+)% \|/).map(numberIn));
  expect(mean.usersPerDay).toBe(numberIn(stated(watchSection, /the same ([\d,]+) newly exposed users a day/)[0]));
  expect(mean.shareInTest).toBe(100);
  const factor = zFactor(mean.alpha, mean.power / 100);
  const deltaComputed = (mean.mean * mean.mde) / 100;
  expectAgreement('δ', delta, deltaComputed);
  const exact = usersPerArmForMeans(mean.standardDeviation, deltaComputed, factor);
  const size = experimentDuration(exact, mean.usersPerDay, mean.shareInTest / 100);
  const [exactText, perArm] = stated(watchSection, /n per group = 2 × [\d.]+ × \d+² \/ [\d.]+² .*= ([\d,.]+)\s+→\s+([\d,]+) users/);
  expectAgreement('exact n per group', exactText, exact);
  expect(size.perArm).toBe(numberIn(perArm));
  const [total, days, run] = stated(watchSection, /total\s+= 2 × [\d,]+ = ([\d,]+) users\s+→\s+[\d,]+ \/ [\d,]+ = ([\d.]+) days\s+→\s+run (\d+) days/);
  expect(size.total).toBe(numberIn(total));
  expectAgreement('days', days, size.exactDays);
  expect(size.runDays).toBe(numberIn(run));
});
