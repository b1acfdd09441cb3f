/** @jest-environment node */
import {dcgAt, idcgAt, ndcgAt} from '../../../../lib/calculators/ranking';
import {expectAgreement, lessonSource, numberIn, onlyPropsOf, stated} from '../../../../test/lessonNumbers';
import {rankingCalculatorProblems, type RankingCalculatorProps} from './Calculator';

// The metrics lesson's ranking calculator holds its NDCG example; the prose's DCG, IDCG and NDCG,
// and the self-check's swap, must be what the calculator computes.
const source = lessonSource('ml-system-design/metrics')!;
const props = onlyPropsOf(source, 'RankingCalculator') as RankingCalculatorProps;

test('the lesson passes valid props: the NDCG example’s grades, k and gain', () => {
  expect(rankingCalculatorProblems(props)).toEqual([]);
  const [grades, k] = stated(source, /grades ([\d, ]+), and your model ranks them in\s+that order\. Compute NDCG@(\d+)/);
  expect(props.grades).toEqual(grades.split(',').map(numberIn));
  expect(props.k).toBe(numberIn(k));
  expect(source).toContain('This\nlesson uses the common exponential gain');
  expect(props.gain).toBe('exponential');
});

test('DCG, IDCG and NDCG as the lesson computes them', () => {
  const k = props.k;
  expectAgreement('DCG', stated(source, new RegExp(`DCG@${k} ≈ ([\\d.]+)`))[0], dcgAt(props.grades, k, props.gain));
  expectAgreement('IDCG', stated(source, new RegExp(`IDCG@${k} = [^\\n]*\\n[^\\n]*≈ ([\\d.]+)`))[0], idcgAt(props.grades, k, props.gain));
  expectAgreement('NDCG', stated(source, new RegExp(`NDCG@${k} = [\\d.]+ / [\\d.]+ ≈ ([\\d.]+)`))[0], ndcgAt(props.grades, k, props.gain)!);
});

test('the self-check: swapping positions 2 and 3', () => {
  const swapped = [...props.grades];
  [swapped[1], swapped[2]] = [swapped[2], swapped[1]];
  expectAgreement('swapped NDCG', stated(source, /NDCG@5 = 13\.303 \/ 14\.595 ≈ (\d[\d.]*\d)/)[0], ndcgAt(swapped, props.k, props.gain)!);
  expectAgreement('swapped DCG', stated(source, /DCG@5 = 7\/1 \+ 7\/1\.585 \+ 3\/2 \+ 0\/2\.322 \+ 1\/2\.585 = [^≈]*≈ (\d[\d.]*\d)/)[0], dcgAt(swapped, props.k, props.gain));
});
