import {
  accuracy,
  averagePrecision,
  cheapestFlagged,
  confusionAt,
  expectedCost,
  f1,
  falsePositiveRate,
  precision,
  recall,
  rocAuc,
  sweep,
  thresholdReport,
  thresholdValues,
  type ScoreBucket,
} from './classification';

// The metrics lesson's fraud model: 100 fraud and 9,900 legit transactions in four score buckets.
const buckets: ScoreBucket[] = [
  {name: 'B1', positives: 40, negatives: 10},
  {name: 'B2', positives: 30, negatives: 70},
  {name: 'B3', positives: 20, negatives: 900},
  {name: 'B4', positives: 10, negatives: 8920},
];
const names = {positive: 'fraud', negative: 'legit'};

test('flagging B1 and B2 gives the lesson’s confusion matrix and its metrics', () => {
  const confusion = confusionAt(buckets, 2);
  expect(confusion).toEqual({tp: 70, fp: 80, fn: 30, tn: 9820});
  expect(precision(confusion)).toBeCloseTo(0.467, 3);
  expect(recall(confusion)).toBe(0.7);
  expect(f1(confusion)).toBeCloseTo(0.56, 12);
  expect(accuracy(confusion)).toBeCloseTo(0.989, 12);
  expect(falsePositiveRate(confusion)).toBeCloseTo(0.0081, 4);
  expect(expectedCost(confusion, 200, 10)).toBe(6800);
});

test('the sweep, ROC-AUC and average precision match the lesson', () => {
  const points = sweep(buckets)!;
  expect(points.map((point) => point.recall)).toEqual([0.4, 0.7, 0.9, 1]);
  expect(points.map((point) => Number(point.fpr.toFixed(4)))).toEqual([0.001, 0.0081, 0.099, 1]);
  expect(points.map((point) => Number(point.precision.toFixed(3)))).toEqual([0.8, 0.467, 0.084, 0.01]);
  expect(rocAuc(buckets)).toBeCloseTo(0.933, 3);
  expect(averagePrecision(buckets)).toBeCloseTo(0.478, 3);
});

test('ten times the negatives: ROC-AUC stays 0.933, AP falls to about 0.140', () => {
  const diluted = buckets.map((bucket) => ({...bucket, negatives: bucket.negatives * 10}));
  expect(rocAuc(diluted)).toBeCloseTo(rocAuc(buckets)!, 12);
  expect(averagePrecision(diluted)).toBeCloseTo(0.14, 2);
});

test('the predict-nothing model: accuracy 0.990, recall 0, precision undefined', () => {
  const nothing = confusionAt(buckets, 0);
  expect(nothing).toEqual({tp: 0, fp: 0, fn: 100, tn: 9900});
  expect(accuracy(nothing)).toBe(0.99);
  expect(recall(nothing)).toBe(0);
  expect(precision(nothing)).toBeUndefined();
  expect(f1(nothing)).toBe(0);
});

test('the cheapest threshold moves with the costs', () => {
  expect(cheapestFlagged(buckets, 200, 10)).toBe(2);
  expect(cheapestFlagged(buckets, 2000, 10)).toBe(3);
  expect(cheapestFlagged(buckets, 1, 10)).toBe(0);
});

test('the report: confusion matrix, metrics with their numbers, and expected cost', () => {
  const report = thresholdReport(buckets, names, thresholdValues(buckets, 2, 200, 10));
  if (!report.ok) throw new Error(JSON.stringify(report.errors));
  const line = Object.fromEntries(report.groups.flatMap((group) => group.lines).map((candidate) => [candidate.key, candidate]));
  expect([line.tp.value, line.fp.value, line.fn.value, line.tn.value]).toEqual(['70', '80', '30', '9,820']);
  expect(line.precision).toMatchObject({value: '0.467', working: '70 ÷ 150 = 0.467'});
  expect(line.f1).toMatchObject({value: '0.560', working: '140 ÷ 250 = 0.560'});
  expect(line.fpr.value).toBe('0.0081');
  expect(line.cost.working).toBe('30 × $200 + 80 × $10.00 = $6,800; cheapest: flagging B1 down to B2, $6,800');
  expect(line.rocAuc.value).toBe('0.933');
  expect(line.ap.working).toBe('0.400 × 0.800 + 0.300 × 0.467 + 0.200 × 0.084 + 0.100 × 0.010 ≈ 0.478 (random: 0.010)');
  expect(report.summary).toBe('Flagging B1 down to B2: precision 0.467, recall 0.700, expected cost $6,800.');
});

test('flagging nothing reads "undefined", never NaN', () => {
  const report = thresholdReport(buckets, names, thresholdValues(buckets, 0, 200, 10));
  expect(JSON.stringify(report)).not.toMatch(/NaN|Infinity/);
  if (!report.ok) throw new Error('expected a report');
  const precisionLine = report.groups[1].lines[0];
  expect(precisionLine).toMatchObject({value: 'undefined', working: 'undefined: nothing is flagged'});
});

test('a distribution without one of the classes is refused', () => {
  const noFraud = buckets.map((bucket) => ({...bucket, positives: 0}));
  expect(thresholdReport(buckets, names, thresholdValues(noFraud, 2, 200, 10))).toEqual({
    ok: false,
    errors: {positives1: 'Give at least one fraud case in some bucket.'},
  });
});
