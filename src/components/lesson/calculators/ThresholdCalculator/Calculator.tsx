import React, {useCallback, useMemo, type ReactNode} from 'react';
import {thresholdFields, thresholdReport, thresholdValues, type ScoreBucket} from '../../../../lib/calculators/classification';
import {valueProblems, type Values} from '../../../../lib/calculators/fields';
import {assertValidProps, isNonEmptyString} from '../../../propErrors';
import CalculatorForm from '../shared/CalculatorForm';
import {FieldInput, useBaseId} from '../shared/Inputs';
import {useCalculator} from '../shared/useCalculator';
import {cls} from '../shared/styles';

/**
 * Threshold metrics from a labelled score distribution (the metrics lesson's fraud buckets): pick
 * how far down the buckets to flag, and see the confusion matrix, precision, recall, F1, FPR,
 * the expected cost of the errors, and ROC-AUC and average precision over all thresholds. The
 * reader can change every count too. `buckets` run from the highest scores to the lowest.
 */
export type ThresholdCalculatorProps = {
  buckets: ScoreBucket[];
  /** How many buckets, from the top, are flagged (0 flags nothing). */
  flagged: number;
  /** Dollars lost per positive not flagged. */
  missCost: number;
  /** Dollars lost per negative flagged. */
  falseAlarmCost: number;
  positiveLabel?: string;
  negativeLabel?: string;
  title?: string;
};

export const THRESHOLD_PREFIX = 'threshold';
const MAX_BUCKETS = 10;

export function thresholdCalculatorProblems(props: ThresholdCalculatorProps): string[] {
  const {buckets} = props;
  if (!Array.isArray(buckets) || buckets.length < 2 || buckets.length > MAX_BUCKETS) {
    return [`buckets: give 2 to ${MAX_BUCKETS} score buckets, highest scores first`];
  }
  const problems: string[] = [];
  buckets.forEach((bucket, index) => {
    if (!isNonEmptyString(bucket?.name) || bucket.name.length > 20) problems.push(`buckets[${index}]: give the bucket a short name`);
  });
  if (new Set(buckets.map((bucket) => bucket?.name)).size !== buckets.length) problems.push('buckets: every bucket needs its own name');
  for (const [key, label] of [['positiveLabel', props.positiveLabel], ['negativeLabel', props.negativeLabel]] as const) {
    if (label !== undefined && (!isNonEmptyString(label) || label.length > 20)) problems.push(`${key}: give a short name for the class`);
  }
  if (problems.length > 0) return problems;
  const fields = thresholdFields(buckets, names(props));
  const values = thresholdValues(buckets, props.flagged, props.missCost, props.falseAlarmCost);
  const flaggedOk = Number.isInteger(props.flagged) && props.flagged >= 0 && props.flagged <= buckets.length;
  const valueErrors = valueProblems(
    fields.filter((field) => field.key !== 'flagged'),
    values,
  ).map((problem) => problem.replace(/^positives(\d+)/, (_, n) => `buckets[${n - 1}].positives`).replace(/^negatives(\d+)/, (_, n) => `buckets[${n - 1}].negatives`));
  if (!flaggedOk) valueErrors.unshift(`flagged: is ${JSON.stringify(props.flagged)}, must be a whole number from 0 to ${buckets.length}`);
  if (valueErrors.length > 0) return valueErrors;
  const report = thresholdReport(buckets, names(props), values);
  return report.ok ? [] : Object.values(report.errors).map((message) => `buckets: ${message}`);
}

const names = (props: ThresholdCalculatorProps) => ({positive: props.positiveLabel ?? 'positive', negative: props.negativeLabel ?? 'negative'});

export default function ThresholdCalculatorView(props: ThresholdCalculatorProps): ReactNode {
  const title = props.title ?? 'Threshold calculator';
  assertValidProps('ThresholdCalculator', title, () => thresholdCalculatorProblems(props));
  const {buckets} = props;
  const {positiveLabel, negativeLabel, flagged, missCost, falseAlarmCost} = props;
  const classNames = useMemo(() => names({positiveLabel, negativeLabel} as ThresholdCalculatorProps), [positiveLabel, negativeLabel]);
  const fields = useMemo(() => thresholdFields(buckets, classNames), [buckets, classNames]);
  const defaults = useMemo(() => thresholdValues(buckets, flagged, missCost, falseAlarmCost), [buckets, flagged, missCost, falseAlarmCost]);
  const compute = useCallback((values: Values) => thresholdReport(buckets, classNames, values), [buckets, classNames]);
  const calc = useCalculator({fields, defaults, prefix: THRESHOLD_PREFIX, compute});
  const base = useBaseId();
  const field = (key: string) => fields.find((candidate) => candidate.key === key)!;
  return (
    <CalculatorForm calc={calc} base={base} title={title} groups={[{legend: 'Threshold and costs', keys: ['flagged', 'missCost', 'falseAlarmCost']}]}>
      <fieldset className={cls.group}>
        <legend className={cls.legend}>Score distribution, highest scores first</legend>
        <table className={cls.counts}>
          <thead>
            <tr>
              <th scope="col">Bucket</th>
              <th scope="col">{classNames.positive}</th>
              <th scope="col">{classNames.negative}</th>
            </tr>
          </thead>
          <tbody>
            {buckets.map((bucket, index) => (
              <tr key={bucket.name}>
                <th scope="row">{bucket.name}</th>
                <td>
                  <FieldInput field={field(`positives${index + 1}`)} calc={calc} base={base} labelHidden />
                </td>
                <td>
                  <FieldInput field={field(`negatives${index + 1}`)} calc={calc} base={base} labelHidden />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </fieldset>
    </CalculatorForm>
  );
}

