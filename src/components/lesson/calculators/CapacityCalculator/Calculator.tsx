import React, {useCallback, useMemo, type ReactNode} from 'react';
import {CAPACITY_FIELDS, CAPACITY_GROUPS, capacityReport, type CapacityInputs} from '../../../../lib/calculators/capacity';
import {valuesOf, type Values} from '../../../../lib/calculators/fields';
import {assertValidProps} from '../../../propErrors';
import CalculatorForm from '../shared/CalculatorForm';
import {useBaseId} from '../shared/Inputs';
import {useCalculator} from '../shared/useCalculator';
import {calculatorPropProblems} from '../shared/validateProps';

/**
 * Capacity from traffic (the estimation lesson's arithmetic): daily users to average and peak QPS,
 * devices at a target utilisation, memory for a table of embeddings or features, and dollars. The
 * numeric props are the lesson's worked example and the calculator's starting inputs; `device`
 * names the machine ("GPU", "CPU server"). Usable in any lesson, one per page (its link prefix is fixed).
 */
export type CapacityCalculatorProps = CapacityInputs & {device?: string; title?: string};

export const CAPACITY_PREFIX = 'capacity';

export function capacityCalculatorProblems(props: CapacityCalculatorProps): string[] {
  const problems = calculatorPropProblems(CAPACITY_FIELDS, props, (values) => capacityReport(values));
  if (props.device !== undefined && (typeof props.device !== 'string' || !/^[\w -]{1,30}$/.test(props.device))) {
    problems.push('device: give a short noun for the machine, such as "GPU"');
  }
  return problems;
}

export default function CapacityCalculatorView(props: CapacityCalculatorProps): ReactNode {
  const {device = 'device', title = 'Capacity calculator'} = props;
  assertValidProps('CapacityCalculator', title, () => capacityCalculatorProblems(props));
  const defaults = useMemo(() => valuesOf(CAPACITY_FIELDS, props), [props]);
  const compute = useCallback((values: Values) => capacityReport(values, device), [device]);
  const calc = useCalculator({fields: CAPACITY_FIELDS, defaults, prefix: CAPACITY_PREFIX, compute});
  const base = useBaseId();
  return <CalculatorForm calc={calc} base={base} title={title} groups={CAPACITY_GROUPS} />;
}
