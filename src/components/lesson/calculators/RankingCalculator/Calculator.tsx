import React, {useCallback, useEffect, useMemo, useRef, useState, type ReactNode} from 'react';
import type {Values} from '../../../../lib/calculators/fields';
import {MAX_GRADE, MAX_RESULTS, rankingFields, rankingReport, type GainKind} from '../../../../lib/calculators/ranking';
import {assertValidProps} from '../../../propErrors';
import CalculatorForm from '../shared/CalculatorForm';
import {FieldInput, useBaseId} from '../shared/Inputs';
import {useCalculator} from '../shared/useCalculator';
import {calculatorPropProblems} from '../shared/validateProps';
import {cls} from '../shared/styles';

/**
 * Ranking metrics of one result list (the metrics lesson's graded query): reorder the results or
 * change their grades and watch DCG, IDCG and NDCG at k, the reciprocal rank and average precision.
 * `grades` are the results' relevance grades in ranked order.
 */
export type RankingCalculatorProps = {
  grades: number[];
  k: number;
  gain: GainKind;
  /** The grade from which a result counts as relevant for reciprocal rank and AP. */
  relevantFrom: number;
  title?: string;
};

export const RANKING_PREFIX = 'ranking';
const LETTERS = 'ABCDEFGHIJKLMNOPQRST';

function valuesOfProps(props: RankingCalculatorProps): Values {
  const values: Values = {k: props.k, gain: props.gain, relevantFrom: props.relevantFrom};
  props.grades.forEach((grade, index) => {
    values[`grade${index + 1}`] = grade;
  });
  return values;
}

export function rankingCalculatorProblems(props: RankingCalculatorProps): string[] {
  const {grades} = props;
  if (!Array.isArray(grades) || grades.length < 2 || grades.length > MAX_RESULTS) {
    return [`grades: give 2 to ${MAX_RESULTS} grades (0 to ${MAX_GRADE}), in ranked order`];
  }
  const count = grades.length;
  return calculatorPropProblems(rankingFields(count), valuesOfProps(props), (values) => rankingReport(values, count)).map((problem) =>
    problem.replace(/^grade(\d+)/, (_, n) => `grades[${n - 1}]`),
  );
}

export default function RankingCalculatorView(props: RankingCalculatorProps): ReactNode {
  const title = props.title ?? 'Ranking metrics calculator';
  assertValidProps('RankingCalculator', title, () => rankingCalculatorProblems(props));
  const count = props.grades.length;
  const fields = useMemo(() => rankingFields(count), [count]);
  const defaults = useMemo(() => valuesOfProps(props), [props]);
  const compute = useCallback((values: Values) => rankingReport(values, count), [count]);
  const calc = useCalculator({fields, defaults, prefix: RANKING_PREFIX, compute});
  const base = useBaseId();
  const initialOrder = useMemo(() => [...LETTERS.slice(0, count)], [count]);
  // Letters name the results so the reader can follow one as it moves; the link carries grades only.
  const [order, setOrder] = useState(initialOrder);
  const focusAfterMove = useRef<string | null>(null);
  useEffect(() => {
    if (focusAfterMove.current) {
      document.getElementById(focusAfterMove.current)?.focus();
      focusAfterMove.current = null;
    }
  });

  const move = (from: number, to: number, direction: 'up' | 'down'): void => {
    calc.setTexts((texts) => ({...texts, [`grade${from + 1}`]: texts[`grade${to + 1}`], [`grade${to + 1}`]: texts[`grade${from + 1}`]}));
    setOrder((letters) => {
      const next = [...letters];
      [next[from], next[to]] = [next[to], next[from]];
      return next;
    });
    const stillMovable = direction === 'up' ? to > 0 : to < count - 1;
    focusAfterMove.current = `${base}-${stillMovable ? direction : direction === 'up' ? 'down' : 'up'}-${to}`;
  };

  return (
    <CalculatorForm
      calc={{...calc, reset: () => (calc.reset(), setOrder(initialOrder))}}
      base={base}
      title={title}
      groups={[{legend: 'Metric settings', keys: ['k', 'gain', 'relevantFrom']}]}>
      <fieldset className={cls.group}>
        <legend className={cls.legend}>Results in ranked order, with their grades (0 to {MAX_GRADE})</legend>
        <ol className={cls.rankList}>
          {order.map((letter, index) => (
            <li key={letter} className={cls.rankItem}>
              <span>
                {index + 1}. Result {letter}
              </span>
              <FieldInput field={fields[3 + index]} calc={calc} base={base} labelHidden />
              <span className={cls.move}>
                <button
                  id={`${base}-up-${index}`}
                  type="button"
                  className="button button--secondary button--sm"
                  disabled={index === 0}
                  aria-label={`Move result ${letter} up`}
                  onClick={() => move(index, index - 1, 'up')}>
                  ↑
                </button>
                <button
                  id={`${base}-down-${index}`}
                  type="button"
                  className="button button--secondary button--sm"
                  disabled={index === count - 1}
                  aria-label={`Move result ${letter} down`}
                  onClick={() => move(index, index + 1, 'down')}>
                  ↓
                </button>
              </span>
            </li>
          ))}
        </ol>
      </fieldset>
    </CalculatorForm>
  );
}
