import type {Field, Values} from './fields';
import {formatCount, formatFixed} from './format';
import {complete, refuse, type Report} from './report';

/**
 * Ranking metrics of one result list with graded relevance, as the metrics lesson computes them
 * (/ml-system-design/metrics): DCG, IDCG and NDCG at k with exponential (2^rel − 1) or linear gain,
 * and, counting a result as relevant from a chosen grade up, the reciprocal rank and average precision.
 */

export type GainKind = 'exponential' | 'linear';

export const gain = (grade: number, kind: GainKind): number => (kind === 'exponential' ? 2 ** grade - 1 : grade);
/** The discount of position i (1-based): log2(i + 1). */
export const discount = (position: number): number => Math.log2(position + 1);

/** DCG@k = Σ over positions i = 1..k of gain(rel_i) / log2(i + 1). */
export function dcgAt(grades: readonly number[], k: number, kind: GainKind): number {
  return grades.slice(0, k).reduce((sum, grade, index) => sum + gain(grade, kind) / discount(index + 1), 0);
}

/** The grades in the ideal order: every judged result, best first. */
export const idealOrder = (grades: readonly number[]): number[] => [...grades].sort((a, b) => b - a);

/** IDCG@k: the DCG@k of the ideal ordering of all judged results. */
export const idcgAt = (grades: readonly number[], k: number, kind: GainKind): number => dcgAt(idealOrder(grades), k, kind);

/** NDCG@k = DCG@k / IDCG@k; undefined when no result has any gain. */
export function ndcgAt(grades: readonly number[], k: number, kind: GainKind): number | undefined {
  const ideal = idcgAt(grades, k, kind);
  return ideal > 0 ? dcgAt(grades, k, kind) / ideal : undefined;
}

/** 1 / rank of the first relevant result within the top k, or 0 when there is none. */
export function reciprocalRank(relevant: readonly boolean[], k: number): number {
  const rank = relevant.slice(0, k).indexOf(true) + 1;
  return rank > 0 ? 1 / rank : 0;
}

/** The mean of each query's reciprocal rank. */
export const meanReciprocalRank = (ranks: readonly number[]): number => ranks.reduce((sum, rr) => sum + rr, 0) / ranks.length;

/**
 * Average precision: the precision at each position (within the top k) holding a relevant result,
 * summed and divided by all the relevant results the query has, so those never retrieved count as 0.
 * `totalRelevant` defaults to the relevant results in the list. Undefined when there are none.
 */
export function averagePrecisionAt(relevant: readonly boolean[], k: number, totalRelevant = relevant.filter(Boolean).length): number | undefined {
  if (totalRelevant === 0) return undefined;
  let hits = 0;
  let sum = 0;
  relevant.slice(0, k).forEach((isRelevant, index) => {
    if (isRelevant) {
      hits += 1;
      sum += hits / (index + 1);
    }
  });
  return sum / totalRelevant;
}

/** The mean of each query's average precision. */
export const meanAveragePrecision = (aps: readonly number[]): number => aps.reduce((sum, ap) => sum + ap, 0) / aps.length;

export const MAX_GRADE = 10;
export const MAX_RESULTS = 20;

export function rankingFields(count: number): Field[] {
  return [
    {kind: 'number', key: 'k', label: 'k (positions counted)', rule: {min: 1, max: MAX_RESULTS, integer: true}},
    {
      kind: 'choice',
      key: 'gain',
      label: 'Gain',
      options: [
        {value: 'exponential', label: 'exponential, 2^rel − 1'},
        {value: 'linear', label: 'linear, rel'},
      ],
    },
    {kind: 'number', key: 'relevantFrom', label: 'Relevant from grade', hint: 'for reciprocal rank and AP', rule: {min: 1, max: MAX_GRADE, integer: true}},
    ...Array.from({length: count}, (_, index): Field => ({
      kind: 'number',
      key: `grade${index + 1}`,
      label: `Grade of result ${index + 1}`,
      rule: {min: 0, max: MAX_GRADE, integer: true},
    })),
  ];
}

export const gradesOf = (values: Values, count: number): number[] => Array.from({length: count}, (_, index) => values[`grade${index + 1}`] as number);

const term = (grade: number, position: number, kind: GainKind) => `${gain(grade, kind)}/${formatFixed(discount(position), discount(position) % 1 === 0 ? 0 : 3)}`;

export function rankingReport(values: Values, count: number): Report {
  const grades = gradesOf(values, count);
  const kind = values.gain as GainKind;
  const k = values.k as number;
  const from = values.relevantFrom as number;
  const relevant = grades.map((grade) => grade >= from);
  const ideal = idealOrder(grades);
  const dcg = dcgAt(grades, k, kind);
  const idcg = idcgAt(grades, k, kind);
  if (idcg === 0) return refuse({grade1: 'Give at least one result a grade above 0.'});
  const ndcg = dcg / idcg;
  const rr = reciprocalRank(relevant, k);
  const firstRank = relevant.slice(0, k).indexOf(true) + 1;
  const totalRelevant = relevant.filter(Boolean).length;
  const ap = averagePrecisionAt(relevant, k);
  const apTerms: string[] = [];
  relevant.slice(0, k).forEach((isRelevant, index) => {
    if (isRelevant) apTerms.push(`${apTerms.length + 1}/${index + 1}`);
  });
  const gainWords = kind === 'exponential' ? '(2^rel − 1)' : 'rel';
  return complete(
    [
      {
        title: `Graded relevance, top ${k}`,
        lines: [
          {key: 'dcg', label: `DCG@${k}`, value: formatFixed(dcg, 3), formula: `Σ ${gainWords} ÷ log2(position + 1)`, working: `${grades.slice(0, k).map((grade, index) => term(grade, index + 1, kind)).join(' + ')} = ${formatFixed(dcg, 3)}`},
          {key: 'idcg', label: `IDCG@${k}`, value: formatFixed(idcg, 3), formula: 'DCG of the ideal order of every judged result', working: `ideal order ${ideal.join(', ')}: ${ideal.slice(0, k).map((grade, index) => term(grade, index + 1, kind)).join(' + ')} = ${formatFixed(idcg, 3)}`},
          {key: 'ndcg', label: `NDCG@${k}`, value: formatFixed(ndcg, 3), formula: `DCG@${k} ÷ IDCG@${k}`, working: `${formatFixed(dcg, 3)} ÷ ${formatFixed(idcg, 3)} = ${formatFixed(ndcg, 3)}`},
        ],
      },
      {
        title: `Relevant from grade ${from}, top ${k}`,
        lines: [
          {key: 'rr', label: 'Reciprocal rank (MRR for this query)', value: formatFixed(rr, 3), formula: '1 ÷ rank of the first relevant result, 0 if none in the top k', working: firstRank > 0 ? `first relevant at rank ${firstRank} → 1/${firstRank} = ${formatFixed(rr, 3)}` : `none in the top ${k} → 0`},
          {
            key: 'ap',
            label: `AP@${k} (MAP for this query)`,
            value: ap === undefined ? 'undefined' : formatFixed(ap, 3),
            formula: 'Σ precision at each relevant position ÷ all relevant results',
            working: ap === undefined ? `undefined: no result has grade ${from} or more` : `(${apTerms.length > 0 ? apTerms.join(' + ') : '0'}) ÷ ${formatCount(totalRelevant)} = ${formatFixed(ap, 3)}`,
          },
        ],
      },
    ],
    `NDCG@${k} ${formatFixed(ndcg, 3)}, reciprocal rank ${formatFixed(rr, 3)}, AP@${k} ${ap === undefined ? 'undefined' : formatFixed(ap, 3)}.`,
    [dcg, idcg, ndcg, rr],
    'grade1',
  );
}
