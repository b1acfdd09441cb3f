import React, {useMemo, type ReactNode} from 'react';
import type {Values} from '../../../../lib/calculators/fields';
import {valuesOf} from '../../../../lib/calculators/fields';
import {LLM_FIELDS, LLM_GROUPS, llmServingReport, type LlmInputs} from '../../../../lib/calculators/llmServing';
import {assertValidProps} from '../../../propErrors';
import CalculatorForm from '../shared/CalculatorForm';
import {useBaseId} from '../shared/Inputs';
import {useCalculator} from '../shared/useCalculator';
import {calculatorPropProblems} from '../shared/validateProps';

/**
 * One LLM serving replica (the LLM serving lesson's worked example): weights and KV cache in GPU
 * memory, GPUs needed, the concurrency cap, the decode speed bounded by memory bandwidth, prefill,
 * and dollars per million output tokens. Props are in the lesson's units: parameters in billions,
 * GB, TB/s, TFLOP/s and percentages; `gpus` is 1, 2, 4, 8 or "fewest" (the fewest that fit).
 */
export type LlmServingCalculatorProps = Omit<LlmInputs, 'gpus'> & {gpus: number | 'fewest'; title?: string};

export const LLM_PREFIX = 'llm';

function valuesOfProps(props: LlmServingCalculatorProps): Values {
  return valuesOf(LLM_FIELDS, {...props, gpus: typeof props.gpus === 'number' ? String(props.gpus) : props.gpus});
}

export function llmServingCalculatorProblems(props: LlmServingCalculatorProps): string[] {
  return calculatorPropProblems(LLM_FIELDS, {...props, gpus: typeof props.gpus === 'number' ? String(props.gpus) : props.gpus}, llmServingReport).map(
    (problem) => problem.replace(/^gpus: is "(\d+)"/, 'gpus: is $1'),
  );
}

export default function LlmServingCalculatorView(props: LlmServingCalculatorProps): ReactNode {
  const title = props.title ?? 'LLM serving calculator';
  assertValidProps('LlmServingCalculator', title, () => llmServingCalculatorProblems(props));
  const defaults = useMemo(() => valuesOfProps(props), [props]);
  const calc = useCalculator({fields: LLM_FIELDS, defaults, prefix: LLM_PREFIX, compute: llmServingReport});
  const base = useBaseId();
  return <CalculatorForm calc={calc} base={base} title={title} groups={LLM_GROUPS} />;
}
