/** @jest-environment node */
import {accuracy, averagePrecision, confusionAt, expectedCost, f1, precision, recall, rocAuc, sweep} from '../../../../lib/calculators/classification';
import {expectAgreement, lessonSource, numberIn, onlyPropsOf, stated} from '../../../../test/lessonNumbers';
import {thresholdCalculatorProblems, type ThresholdCalculatorProps} from './Calculator';

// The metrics lesson's threshold calculator holds its score buckets; the confusion matrix, the
// metrics and the sweep the prose works by hand must be what the calculator computes.
const source = lessonSource('ml-system-design/metrics')!;
const props = onlyPropsOf(source, 'ThresholdCalculator') as ThresholdCalculatorProps;
const confusion = confusionAt(props.buckets, props.flagged);

test('the lesson passes valid props', () => {
  expect(thresholdCalculatorProblems(props)).toEqual([]);
});

test('the buckets are the lesson’s score table', () => {
  const rows = [...source.matchAll(/^\| (B\d)[^|]*\| (\d[\d,]*) \| (\d[\d,]*) \|$/gm)].map(([, name, fraud, legit]) => ({
    name,
    positives: numberIn(fraud),
    negatives: numberIn(legit),
  }));
  expect(props.buckets).toEqual(rows);
});

test('flagging the lesson’s buckets gives its confusion matrix and metrics', () => {
  const [tp, fn] = stated(source, /TP = (\d+) \| FN = (\d+)/).map(numberIn);
  const [fp, tn] = stated(source, /FP = (\d+) \| TN = ([\d,]+)/).map(numberIn);
  expect(confusion).toEqual({tp, fp, fn, tn});
  expectAgreement('precision', stated(source, /^Precision = \d+ \/ \d+\s+≈ ([\d.]+)/m)[0], precision(confusion)!);
  expectAgreement('recall', stated(source, /^Recall\s+= \d+ \/ \d+\s+= ([\d.]+)/m)[0], recall(confusion)!);
  expectAgreement('F1', stated(source, /^F1\s+= 2·[\d.]+·[\d.]+ \/ [\d.]+\s+= ([\d.]+)/m)[0], f1(confusion)!);
  expectAgreement('accuracy', stated(source, /^Accuracy\s+= \(\d+ \+ [\d,]+\) \/ [\d,]+\s+= ([\d.]+)/m)[0], accuracy(confusion)!);
});

test('the threshold sweep, ROC-AUC and average precision are the calculator’s', () => {
  const rows = [...source.matchAll(/^B(\d)\s+(\d+)\s+([\d,]+)\s+([\d.]+)\s+([\d.]+)\s+[\d,]+ \/ [\d,]+\s+= ([\d.]+)$/gm)];
  const points = sweep(props.buckets)!;
  expect(rows.length).toBe(points.length);
  rows.forEach(([, , , , recallText, fprText, precisionText], index) => {
    expectAgreement(`recall at B${index + 1}`, recallText, points[index].recall);
    expectAgreement(`FPR at B${index + 1}`, fprText, points[index].fpr);
    expectAgreement(`precision at B${index + 1}`, precisionText, points[index].precision);
  });
  expectAgreement('ROC-AUC', stated(source, /ROC-AUC\s+≈ ([\d.]+)/)[0], rocAuc(props.buckets)!);
  expectAgreement('average precision', stated(source, /≈ ([\d.]+)\s+\(random baseline: [\d.]+\)/)[0], averagePrecision(props.buckets)!);
});

test('the expected cost the lesson states is the calculator’s', () => {
  const [falseAlarm, miss, fn, missAgain, fp, falseAlarmAgain, cost] = stated(
    source,
    /a false alarm costs \$(\d+) and a missed fraud a \$(\d+) purchase: the expected cost of the errors is\s+(\d+) × \$(\d+) \+ (\d+) × \$(\d+) = (\$[\d,]+)/,
  );
  expect([props.falseAlarmCost, props.missCost]).toEqual([numberIn(falseAlarm), numberIn(miss)]);
  expect([numberIn(missAgain), numberIn(falseAlarmAgain)]).toEqual([props.missCost, props.falseAlarmCost]);
  expect([confusion.fn, confusion.fp]).toEqual([numberIn(fn), numberIn(fp)]);
  expect(expectedCost(confusion, props.missCost, props.falseAlarmCost)).toBe(numberIn(cost));
});
