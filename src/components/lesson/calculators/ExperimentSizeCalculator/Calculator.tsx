import React, {useCallback, useMemo, type ReactNode} from 'react';
import {EXPERIMENT_FIELDS, EXPERIMENT_GROUPS, experimentReport, type MdeKind, type MetricKind} from '../../../../lib/calculators/experimentSize';
import {valuesOf, type Values} from '../../../../lib/calculators/fields';
import {assertValidProps} from '../../../propErrors';
import CalculatorForm from '../shared/CalculatorForm';
import {useBaseId} from '../shared/Inputs';
import {useCalculator} from '../shared/useCalculator';
import {calculatorPropProblems} from '../shared/validateProps';

type Shared = {
  /** Minimum detectable effect: % of the baseline when relative; points (proportion) or units (mean) when absolute. */
  mde: number;
  mdeType: MdeKind;
  /** Two-sided. */
  alpha: number;
  /** Percent. */
  power: number;
  /** Eligible (newly exposed) users a day, all arms. */
  usersPerDay: number;
  /** Percent of that traffic in the test, split 50/50. */
  shareInTest: number;
  title?: string;
};

/**
 * Users per arm and days for a two-arm A/B test (the experimentation lesson's formula). `metric`
 * fixes the kind: a proportion (baselineRate in %) or a mean (mean and standardDeviation). Each kind
 * has its own link prefix, so a lesson can show one of each.
 */
export type ExperimentSizeCalculatorProps =
  | ({metric: 'proportion'; baselineRate: number} & Shared)
  | ({metric: 'mean'; mean: number; standardDeviation: number} & Shared);

export const experimentPrefix = (metric: MetricKind): string => `ab-${metric}`;

const isMetric = (value: unknown): value is MetricKind => value === 'proportion' || value === 'mean';

export function experimentCalculatorProblems(props: ExperimentSizeCalculatorProps): string[] {
  if (!isMetric(props.metric)) return [`metric: is ${JSON.stringify(props.metric)}, must be "proportion" or "mean"`];
  return calculatorPropProblems(EXPERIMENT_FIELDS[props.metric], props, (values) => experimentReport(props.metric, values));
}

export default function ExperimentSizeCalculatorView(props: ExperimentSizeCalculatorProps): ReactNode {
  const title = props.title ?? (props.metric === 'mean' ? 'Experiment size calculator: a mean' : 'Experiment size calculator: a proportion');
  assertValidProps('ExperimentSizeCalculator', title, () => experimentCalculatorProblems(props));
  const {metric} = props;
  const fields = EXPERIMENT_FIELDS[metric];
  const defaults = useMemo(() => valuesOf(fields, props), [fields, props]);
  const compute = useCallback((values: Values) => experimentReport(metric, values), [metric]);
  const calc = useCalculator({fields, defaults, prefix: experimentPrefix(metric), compute});
  const base = useBaseId();
  return <CalculatorForm calc={calc} base={base} title={title} groups={EXPERIMENT_GROUPS[metric]} />;
}
