import {valueProblems, valuesOf, type Field, type Values} from '../../../../lib/calculators/fields';
import type {Report} from '../../../../lib/calculators/report';

/**
 * What is wrong with a calculator's props, one line each: a value outside its field's rule, or
 * values that cannot be computed together (a batch the GPUs cannot hold). Checked while the page
 * builds, so a lesson with a broken worked example fails the build instead of showing nonsense.
 */
export function calculatorPropProblems(fields: readonly Field[], props: Readonly<Record<string, unknown>>, compute: (values: Values) => Report): string[] {
  const problems = valueProblems(fields, props);
  if (problems.length > 0) return problems;
  const report = compute(valuesOf(fields, props));
  return report.ok ? [] : Object.entries(report.errors).map(([key, message]) => `${key}: ${message}`);
}
