import type {Field, Values} from './fields';
import {formatCount, formatMoney, formatRatio} from './format';
import {complete, refuse, type Report} from './report';

/**
 * Threshold metrics from a labelled score distribution, as in the metrics lesson
 * (/ml-system-design/metrics): buckets of scores from highest to lowest, each with its count of
 * positives and negatives. Flagging the top k buckets gives a confusion matrix, its metrics and the
 * expected cost of the errors; sweeping k gives the ROC and PR curves.
 */

export type ScoreBucket = {name: string; positives: number; negatives: number};

export type Confusion = {tp: number; fp: number; fn: number; tn: number};

/** The confusion matrix when every bucket down to the `flagged`-th (1-based) is flagged; 0 flags none. */
export function confusionAt(buckets: readonly ScoreBucket[], flagged: number): Confusion {
  const top = buckets.slice(0, flagged);
  const rest = buckets.slice(flagged);
  const sum = (list: readonly ScoreBucket[], key: 'positives' | 'negatives') => list.reduce((total, bucket) => total + bucket[key], 0);
  return {tp: sum(top, 'positives'), fp: sum(top, 'negatives'), fn: sum(rest, 'positives'), tn: sum(rest, 'negatives')};
}

/** TP / (TP + FP); undefined when nothing is flagged. */
export const precision = ({tp, fp}: Confusion): number | undefined => (tp + fp > 0 ? tp / (tp + fp) : undefined);
/** TP / (TP + FN), the true positive rate; undefined without positives. */
export const recall = ({tp, fn}: Confusion): number | undefined => (tp + fn > 0 ? tp / (tp + fn) : undefined);
/** 2·TP / (2·TP + FP + FN), the harmonic mean of precision and recall; undefined when all three are 0. */
export const f1 = ({tp, fp, fn}: Confusion): number | undefined => (2 * tp + fp + fn > 0 ? (2 * tp) / (2 * tp + fp + fn) : undefined);
/** FP / (FP + TN); undefined without negatives. */
export const falsePositiveRate = ({fp, tn}: Confusion): number | undefined => (fp + tn > 0 ? fp / (fp + tn) : undefined);
export const accuracy = ({tp, fp, fn, tn}: Confusion): number | undefined => (tp + fp + fn + tn > 0 ? (tp + tn) / (tp + fp + fn + tn) : undefined);
/** What the errors cost: misses × cost of a miss + false alarms × cost of a false alarm. */
export const expectedCost = ({fn, fp}: Confusion, missCost: number, falseAlarmCost: number): number => fn * missCost + fp * falseAlarmCost;

/** One point of the threshold sweep: flagging the top `flagged` buckets. */
export type SweepPoint = {flagged: number; recall: number; fpr: number; precision: number};

/** Recall, FPR and precision at each bucket threshold, top bucket first; undefined without both classes. */
export function sweep(buckets: readonly ScoreBucket[]): SweepPoint[] | undefined {
  const points: SweepPoint[] = [];
  for (let flagged = 1; flagged <= buckets.length; flagged += 1) {
    const confusion = confusionAt(buckets, flagged);
    const r = recall(confusion);
    const x = falsePositiveRate(confusion);
    if (r === undefined || x === undefined) return undefined;
    points.push({flagged, recall: r, fpr: x, precision: precision(confusion) ?? 0});
  }
  return points;
}

/** ROC-AUC by the trapezoid rule over (0, 0) and the sweep's (FPR, recall) points. */
export function rocAuc(buckets: readonly ScoreBucket[]): number | undefined {
  const points = sweep(buckets);
  return points?.reduce(
    (area, point, index) => {
      const previous = index === 0 ? {fpr: 0, recall: 0} : points[index - 1];
      return area + ((point.fpr - previous.fpr) * (point.recall + previous.recall)) / 2;
    },
    0,
  );
}

/** Average precision, AP = Σ (Rₖ − Rₖ₋₁) · Pₖ over the bucket thresholds. */
export function averagePrecision(buckets: readonly ScoreBucket[]): number | undefined {
  const points = sweep(buckets);
  return points?.reduce((sum, point, index) => sum + (point.recall - (index === 0 ? 0 : points[index - 1].recall)) * point.precision, 0);
}

/** The number of top buckets to flag that costs least (the fewest flags on a tie). */
export function cheapestFlagged(buckets: readonly ScoreBucket[], missCost: number, falseAlarmCost: number): number {
  let best = 0;
  for (let flagged = 1; flagged <= buckets.length; flagged += 1) {
    if (expectedCost(confusionAt(buckets, flagged), missCost, falseAlarmCost) < expectedCost(confusionAt(buckets, best), missCost, falseAlarmCost)) {
      best = flagged;
    }
  }
  return best;
}

/** Labels for the two classes ("fraud", "legit"). */
export type ClassNames = {positive: string; negative: string};

const countRule = {min: 0, max: 1e12, integer: true} as const;

/** The fields for a distribution of this many buckets: which to flag, error costs, and every count. */
export function thresholdFields(buckets: readonly ScoreBucket[], names: ClassNames): Field[] {
  return [
    {
      kind: 'choice',
      key: 'flagged',
      label: 'Flag',
      options: [
        {value: '0', label: 'nothing'},
        ...buckets.map((bucket, index) => ({value: String(index + 1), label: index === 0 ? `${bucket.name} only` : `${buckets[0].name} down to ${bucket.name}`})),
      ],
    },
    {kind: 'number', key: 'missCost', label: `Cost of a miss (${names.positive} not flagged)`, unit: '$', rule: {min: 0, max: 1e9}},
    {kind: 'number', key: 'falseAlarmCost', label: `Cost of a false alarm (${names.negative} flagged)`, unit: '$', rule: {min: 0, max: 1e9}},
    ...buckets.flatMap((bucket, index): Field[] => [
      {kind: 'number', key: `positives${index + 1}`, label: `${bucket.name}: ${names.positive}`, rule: countRule},
      {kind: 'number', key: `negatives${index + 1}`, label: `${bucket.name}: ${names.negative}`, rule: countRule},
    ]),
  ];
}

/** The buckets with the counts the reader typed. */
export function bucketsOf(template: readonly ScoreBucket[], values: Values): ScoreBucket[] {
  return template.map((bucket, index) => ({
    name: bucket.name,
    positives: values[`positives${index + 1}`] as number,
    negatives: values[`negatives${index + 1}`] as number,
  }));
}

/** The values a lesson's props give the fields. */
export function thresholdValues(buckets: readonly ScoreBucket[], flagged: number, missCost: number, falseAlarmCost: number): Values {
  const values: Values = {flagged: String(flagged), missCost, falseAlarmCost};
  buckets.forEach((bucket, index) => {
    values[`positives${index + 1}`] = bucket.positives;
    values[`negatives${index + 1}`] = bucket.negatives;
  });
  return values;
}

function ratioLine(key: string, label: string, value: number | undefined, formula: string, numerator: number, denominator: number, undefinedBecause: string) {
  return {
    key,
    label,
    value: value === undefined ? 'undefined' : formatRatio(value),
    formula,
    working: value === undefined ? `undefined: ${undefinedBecause}` : `${formatCount(numerator)} ÷ ${formatCount(denominator)} = ${formatRatio(value)}`,
  };
}

export function thresholdReport(template: readonly ScoreBucket[], names: ClassNames, values: Values): Report {
  const buckets = bucketsOf(template, values);
  const positives = buckets.reduce((sum, bucket) => sum + bucket.positives, 0);
  const negatives = buckets.reduce((sum, bucket) => sum + bucket.negatives, 0);
  if (positives === 0 || negatives === 0) {
    const key = positives === 0 ? 'positives1' : 'negatives1';
    return refuse({[key]: `Give at least one ${positives === 0 ? names.positive : names.negative} case in some bucket.`});
  }
  const flagged = Number(values.flagged);
  const missCost = values.missCost as number;
  const falseAlarmCost = values.falseAlarmCost as number;
  const c = confusionAt(buckets, flagged);
  const p = precision(c);
  const r = recall(c);
  const f = f1(c);
  const cost = expectedCost(c, missCost, falseAlarmCost);
  const best = cheapestFlagged(buckets, missCost, falseAlarmCost);
  const bestCost = expectedCost(confusionAt(buckets, best), missCost, falseAlarmCost);
  const points = sweep(buckets)!;
  const auc = rocAuc(buckets)!;
  const ap = averagePrecision(buckets)!;
  const r2 = (value: number) => formatRatio(value);
  const aucTerms = points
    .map((point, index) => {
      const previous = index === 0 ? {fpr: 0, recall: 0} : points[index - 1];
      return `${r2(point.fpr - previous.fpr)} × (${r2(previous.recall)} + ${r2(point.recall)}) ÷ 2`;
    })
    .join(' + ');
  const apTerms = points.map((point, index) => `${r2(point.recall - (index === 0 ? 0 : points[index - 1].recall))} × ${r2(point.precision)}`).join(' + ');
  const flagLabel = (count: number) => (count === 0 ? 'flagging nothing' : `flagging ${buckets[0].name}${count > 1 ? ` down to ${buckets[count - 1].name}` : ' only'}`);
  return complete(
    [
      {
        title: 'Confusion matrix',
        lines: [
          {key: 'tp', label: `TP (${names.positive} flagged)`, value: formatCount(c.tp), formula: `${names.positive} in the flagged buckets`, working: formatCount(c.tp)},
          {key: 'fp', label: `FP (${names.negative} flagged)`, value: formatCount(c.fp), formula: `${names.negative} in the flagged buckets`, working: formatCount(c.fp)},
          {key: 'fn', label: `FN (${names.positive} missed)`, value: formatCount(c.fn), formula: `${names.positive} in the other buckets`, working: formatCount(c.fn)},
          {key: 'tn', label: `TN (${names.negative} passed)`, value: formatCount(c.tn), formula: `${names.negative} in the other buckets`, working: formatCount(c.tn)},
        ],
      },
      {
        title: 'At this threshold',
        lines: [
          ratioLine('precision', 'Precision', p, 'TP ÷ (TP + FP)', c.tp, c.tp + c.fp, 'nothing is flagged'),
          ratioLine('recall', 'Recall (TPR)', r, 'TP ÷ (TP + FN)', c.tp, c.tp + c.fn, `no ${names.positive} cases`),
          ratioLine('f1', 'F1', f, '2·TP ÷ (2·TP + FP + FN)', 2 * c.tp, 2 * c.tp + c.fp + c.fn, 'no positives and nothing flagged'),
          ratioLine('fpr', 'False positive rate', falsePositiveRate(c), 'FP ÷ (FP + TN)', c.fp, c.fp + c.tn, `no ${names.negative} cases`),
          ratioLine('accuracy', 'Accuracy', accuracy(c), '(TP + TN) ÷ total', c.tp + c.tn, positives + negatives, 'no cases'),
          {
            key: 'cost',
            label: 'Expected cost of errors',
            value: formatMoney(cost),
            formula: 'FN × cost of a miss + FP × cost of a false alarm',
            working: `${formatCount(c.fn)} × ${formatMoney(missCost)} + ${formatCount(c.fp)} × ${formatMoney(falseAlarmCost)} = ${formatMoney(cost)}; cheapest: ${flagLabel(best)}, ${formatMoney(bestCost)}`,
          },
        ],
      },
      {
        title: 'Over all thresholds',
        lines: [
          {key: 'rocAuc', label: 'ROC-AUC', value: formatRatio(auc), formula: 'Σ ΔFPR × (previous recall + recall) ÷ 2, bucket by bucket', working: `${aucTerms} ≈ ${formatRatio(auc)}`},
          {key: 'ap', label: 'PR-AUC (average precision)', value: formatRatio(ap), formula: 'Σ (Rₖ − Rₖ₋₁) · Pₖ', working: `${apTerms} ≈ ${formatRatio(ap)} (random: ${formatRatio(positives / (positives + negatives))})`},
        ],
      },
    ],
    `${flagLabel(flagged)}: precision ${p === undefined ? 'undefined' : formatRatio(p)}, recall ${r === undefined ? 'undefined' : formatRatio(r)}, expected cost ${formatMoney(cost)}.`.replace(/^f/, 'F'),
    [cost, bestCost, auc, ap, positives + negatives],
    'missCost',
  );
}

