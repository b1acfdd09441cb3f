import {describeNumber, type Field, type Values} from './fields';
import {formatCount, formatPercent, plural} from './format';
import {ceilWhole, normalQuantile, precise} from './math';
import {complete, refuse, type Report} from './report';

/**
 * Sample size and duration of a two-arm A/B test, split 50/50, two-sided, with the normal
 * approximation the experimentation lesson uses (/ml-system-design/experimentation):
 *
 *     proportions: n per arm = (z_{1−α/2} + z_{1−β})² · [p1(1−p1) + p2(1−p2)] / (p2 − p1)²
 *     means:       n per arm = 2 · (z_{1−α/2} + z_{1−β})² · σ² / δ²
 */

export type MetricKind = 'proportion' | 'mean';
export type MdeKind = 'relative' | 'absolute';

/** (z_{1−α/2} + z_{1−β})² for a two-sided α and a power, both as fractions. */
export function zFactor(alpha: number, power: number): number {
  return (normalQuantile(1 - alpha / 2) + normalQuantile(power)) ** 2;
}

/** The treatment rate the test must detect: p1 × (1 + relative MDE), or p1 + an absolute MDE. */
export function treatmentRate(baseline: number, mde: number, kind: MdeKind): number {
  return kind === 'relative' ? baseline * (1 + mde) : baseline + mde;
}

/** Users per arm to detect a change from rate p1 to p2 (unrounded). */
export function usersPerArmForProportions(p1: number, p2: number, factor: number): number {
  return (factor * (p1 * (1 - p1) + p2 * (1 - p2))) / (p2 - p1) ** 2;
}

/** Users per arm to detect a change δ in a mean with standard deviation σ (unrounded). */
export function usersPerArmForMeans(sd: number, delta: number, factor: number): number {
  return (2 * factor * sd ** 2) / delta ** 2;
}

/** Whole days to enrol every user of both arms at the test's share of the daily traffic. */
export function daysToEnrol(totalUsers: number, usersPerDay: number, shareInTest: number): number {
  return ceilWhole(totalUsers / (usersPerDay * shareInTest));
}

/** Tests run whole weeks, so weekdays and weekends are both in the sample. */
export function daysToRun(days: number): number {
  return Math.ceil(days / 7) * 7;
}

const mdeKind: Field = {
  kind: 'choice',
  key: 'mdeType',
  label: 'MDE is',
  options: [
    {value: 'relative', label: 'relative (% of the baseline)'},
    {value: 'absolute', label: 'absolute'},
  ],
};

const shared: readonly Field[] = [
  {kind: 'number', key: 'alpha', label: 'α (two-sided)', hint: 'false positive rate you accept', rule: {min: 0, minInclusive: false, max: 0.5}},
  {kind: 'number', key: 'power', label: 'Power', unit: '%', rule: {min: 50, max: 100, maxInclusive: false}},
  {kind: 'number', key: 'usersPerDay', label: 'Eligible users a day', hint: 'newly exposed users, all arms', rule: {min: 0, minInclusive: false, max: 1e10}},
  {kind: 'number', key: 'shareInTest', label: 'Share of traffic in the test', unit: '%', hint: 'split 50/50 between the arms', rule: {min: 0, minInclusive: false, max: 100}},
];

export const EXPERIMENT_FIELDS: Readonly<Record<MetricKind, readonly Field[]>> = {
  proportion: [
    {kind: 'number', key: 'baselineRate', label: 'Baseline rate p1', unit: '%', rule: {min: 0, minInclusive: false, max: 100, maxInclusive: false}},
    {kind: 'number', key: 'mde', label: 'Minimum detectable effect', unit: '% or points', hint: 'relative: % of p1; absolute: percentage points', rule: {min: 0, minInclusive: false, max: 1000}},
    mdeKind,
    ...shared,
  ],
  mean: [
    {kind: 'number', key: 'mean', label: 'Control mean', rule: {min: 0, minInclusive: false, max: 1e12}},
    {kind: 'number', key: 'standardDeviation', label: 'Standard deviation σ', hint: 'from historical data', rule: {min: 0, minInclusive: false, max: 1e12}},
    {kind: 'number', key: 'mde', label: 'Minimum detectable effect', unit: '% or units', hint: "relative: % of the mean; absolute: in the metric's units", rule: {min: 0, minInclusive: false, max: 1e12}},
    mdeKind,
    ...shared,
  ],
};

export const EXPERIMENT_GROUPS = {
  proportion: [
    {legend: 'Metric and effect', keys: ['baselineRate', 'mde', 'mdeType']},
    {legend: 'Test', keys: ['alpha', 'power', 'usersPerDay', 'shareInTest']},
  ],
  mean: [
    {legend: 'Metric and effect', keys: ['mean', 'standardDeviation', 'mde', 'mdeType']},
    {legend: 'Test', keys: ['alpha', 'power', 'usersPerDay', 'shareInTest']},
  ],
} as const;

export type ExperimentSize = {perArm: number; exactPerArm: number; total: number; usersInTestPerDay: number; exactDays: number; days: number; runDays: number};

export function experimentDuration(exactPerArm: number, usersPerDay: number, shareInTest: number): ExperimentSize {
  const perArm = ceilWhole(exactPerArm);
  const total = 2 * perArm;
  const usersInTestPerDay = usersPerDay * shareInTest;
  const days = daysToEnrol(total, usersPerDay, shareInTest);
  return {perArm, exactPerArm, total, usersInTestPerDay, exactDays: total / usersInTestPerDay, days, runDays: daysToRun(days)};
}

function durationLines(size: ExperimentSize, values: Values) {
  const share = (values.shareInTest as number) / 100;
  return [
    {key: 'total', label: 'Users in both arms', value: formatCount(size.total), formula: '2 × users per arm', working: `2 × ${formatCount(size.perArm)} = ${formatCount(size.total)}`},
    {key: 'days', label: 'Days to enrol', value: plural(size.days, 'day'), formula: 'users in both arms ÷ (users a day × share in test), rounded up', working: `${formatCount(size.total)} ÷ (${describeNumber(values.usersPerDay as number)} × ${formatPercent(share)}) = ${precise(size.exactDays, 3)} → ${plural(size.days, 'day')}`},
    {key: 'runDays', label: 'Run for', value: plural(size.runDays, 'day'), formula: 'whole weeks, so weekdays and weekends are both sampled', working: `${plural(size.days, 'day')} → ${plural(size.runDays / 7, 'week')} = ${plural(size.runDays, 'day')}`},
  ];
}

const summaryOf = (size: ExperimentSize): string =>
  `${formatCount(size.perArm)} users per arm, ${formatCount(size.total)} in all: ${plural(size.days, 'day')} of traffic, run ${plural(size.runDays, 'day')}.`;

export function proportionReport(values: Values): Report {
  const p1 = (values.baselineRate as number) / 100;
  const kind = values.mdeType as MdeKind;
  const mde = (values.mde as number) / 100;
  const p2 = treatmentRate(p1, mde, kind);
  if (p2 >= 1) return refuse({mde: `Then p2 would be ${formatPercent(p2)}; it must stay below 100%.`});
  const factor = zFactor(values.alpha as number, (values.power as number) / 100);
  const variance = p1 * (1 - p1) + p2 * (1 - p2);
  const exact = usersPerArmForProportions(p1, p2, factor);
  const size = experimentDuration(exact, values.usersPerDay as number, (values.shareInTest as number) / 100);
  const zA = normalQuantile(1 - (values.alpha as number) / 2);
  const zB = normalQuantile((values.power as number) / 100);
  return complete(
    [
      {
        title: 'Effect',
        lines: [
          {
            key: 'p2',
            label: 'Treatment rate p2',
            value: formatPercent(p2),
            formula: kind === 'relative' ? 'p1 × (1 + relative MDE)' : 'p1 + absolute MDE',
            working: `${kind === 'relative' ? `${precise(p1)} × ${precise(1 + mde)}` : `${precise(p1)} + ${precise(mde)}`} = ${precise(p2)}; δ = ${precise(p2 - p1)}`,
          },
          {key: 'z', label: '(z₁₋α/₂ + z₁₋β)²', value: precise(factor), formula: 'from α and power', working: `(${precise(zA, 7)} + ${precise(zB, 6)})² = ${precise(factor)}`},
          {key: 'variance', label: 'Sum of variances', value: precise(variance), formula: 'p1(1 − p1) + p2(1 − p2)', working: `${precise(p1 * (1 - p1))} + ${precise(p2 * (1 - p2))} = ${precise(variance)}`},
        ],
      },
      {
        title: 'Sample size and duration',
        lines: [
          {key: 'perArm', label: 'Users per arm', value: formatCount(size.perArm), formula: '(z₁₋α/₂ + z₁₋β)² × sum of variances ÷ δ², rounded up', working: `${precise(factor)} × ${precise(variance)} ÷ ${precise(p2 - p1)}² = ${precise(exact, 7)} → ${formatCount(size.perArm)}`},
          ...durationLines(size, values),
        ],
      },
    ],
    summaryOf(size),
    [exact, size.total, size.days],
    'mde',
  );
}

export function meanReport(values: Values): Report {
  const mean = values.mean as number;
  const sd = values.standardDeviation as number;
  const kind = values.mdeType as MdeKind;
  const delta = kind === 'relative' ? (mean * (values.mde as number)) / 100 : (values.mde as number);
  const factor = zFactor(values.alpha as number, (values.power as number) / 100);
  const exact = usersPerArmForMeans(sd, delta, factor);
  const size = experimentDuration(exact, values.usersPerDay as number, (values.shareInTest as number) / 100);
  return complete(
    [
      {
        title: 'Effect',
        lines: [
          {
            key: 'delta',
            label: 'Absolute effect δ',
            value: precise(delta),
            formula: kind === 'relative' ? 'control mean × relative MDE' : 'the MDE as entered',
            working: `${kind === 'relative' ? `${describeNumber(mean)} × ${formatPercent((values.mde as number) / 100)} = ` : ''}${precise(delta)}; CV = σ ÷ mean = ${precise(sd / mean, 3)}`,
          },
          {key: 'z', label: '(z₁₋α/₂ + z₁₋β)²', value: precise(factor), formula: 'from α and power', working: `(${precise(normalQuantile(1 - (values.alpha as number) / 2), 7)} + ${precise(normalQuantile((values.power as number) / 100))})² = ${precise(factor)}`},
        ],
      },
      {
        title: 'Sample size and duration',
        lines: [
          {key: 'perArm', label: 'Users per arm', value: formatCount(size.perArm), formula: '2 × (z₁₋α/₂ + z₁₋β)² × σ² ÷ δ², rounded up', working: `2 × ${precise(factor)} × ${precise(sd)}² ÷ ${precise(delta)}² = ${precise(exact, 7)} → ${formatCount(size.perArm)}`},
          ...durationLines(size, values),
        ],
      },
    ],
    summaryOf(size),
    [exact, size.total, size.days, delta],
    'mde',
  );
}

export function experimentReport(kind: MetricKind, values: Values): Report {
  return kind === 'proportion' ? proportionReport(values) : meanReport(values);
}
