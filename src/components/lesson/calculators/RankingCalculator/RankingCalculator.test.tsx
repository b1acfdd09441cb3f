import React from 'react';
import {fireEvent, render, screen} from '@testing-library/react';
import RankingCalculatorView, {rankingCalculatorProblems, type RankingCalculatorProps} from './Calculator';

const lesson: RankingCalculatorProps = {grades: [3, 2, 3, 0, 1, 2], k: 5, gain: 'exponential', relevantFrom: 1};
const output = (name: string) => screen.getByRole('status', {name});
const grade = (position: number) => screen.getByRole('textbox', {name: `Grade of result ${position}`}) as HTMLInputElement;

beforeEach(() => window.history.replaceState(null, '', '/ml-system-design/metrics'));

test('the lesson’s list: DCG@5 12.780, IDCG@5 14.595, NDCG@5 0.876', () => {
  render(<RankingCalculatorView {...lesson} />);
  expect(output('DCG@5')).toHaveTextContent('12.780');
  expect(output('IDCG@5')).toHaveTextContent('14.595');
  expect(output('NDCG@5')).toHaveTextContent('0.876');
  expect(output('Reciprocal rank (MRR for this query)')).toHaveTextContent('1.000');
  expect(output('AP@5 (MAP for this query)')).toHaveTextContent('0.760');
});

test('moving result C up swaps positions 2 and 3 (the self-check: 0.911), and focus follows it', () => {
  render(<RankingCalculatorView {...lesson} />);
  const up = screen.getByRole('button', {name: 'Move result C up'});
  up.focus();
  fireEvent.click(up);
  expect([1, 2, 3].map((position) => grade(position).value)).toEqual(['3', '3', '2']);
  expect(output('NDCG@5')).toHaveTextContent('0.911');
  expect(document.activeElement).toBe(screen.getByRole('button', {name: 'Move result C up'}));
  expect(screen.getByRole('list')).toHaveTextContent(/1\. Result A.*2\. Result C.*3\. Result B/);
  // The top result cannot move up, the last cannot move down.
  expect(screen.getByRole('button', {name: 'Move result A up'})).toBeDisabled();
  expect(screen.getByRole('button', {name: 'Move result F down'})).toBeDisabled();
  fireEvent.click(screen.getByRole('button', {name: 'Reset to the lesson’s values'}));
  expect(output('NDCG@5')).toHaveTextContent('0.876');
  expect(screen.getByRole('list')).toHaveTextContent(/1\. Result A.*2\. Result B.*3\. Result C/);
});

test('grades, k and the gain can change; junk grades show a message', () => {
  const {container} = render(<RankingCalculatorView {...lesson} />);
  fireEvent.change(screen.getByRole('combobox', {name: 'Gain'}), {target: {value: 'linear'}});
  expect(output('DCG@5')).toHaveTextContent('6.149');
  fireEvent.change(screen.getByRole('textbox', {name: 'k (positions counted)'}), {target: {value: '3'}});
  expect(output('DCG@3')).toBeInTheDocument();
  fireEvent.change(grade(1), {target: {value: '11'}});
  expect(screen.getByText('Too large: at most 10.')).toBeInTheDocument();
  fireEvent.change(grade(1), {target: {value: '2.5'}});
  expect(screen.getByText('Must be a whole number.')).toBeInTheDocument();
  expect(container.textContent).not.toMatch(/NaN|Infinity/);
});

test('a shared link brings the grades in order', () => {
  window.history.replaceState(null, '', '/ml-system-design/metrics?ranking.grade1=0&ranking.grade2=3');
  render(<RankingCalculatorView {...lesson} />);
  expect(output('Reciprocal rank (MRR for this query)')).toHaveTextContent('0.500');
});

test('bad props are named', () => {
  expect(rankingCalculatorProblems(lesson)).toEqual([]);
  expect(rankingCalculatorProblems({...lesson, grades: [3]})).toEqual(['grades: give 2 to 20 grades (0 to 10), in ranked order']);
  expect(rankingCalculatorProblems({...lesson, grades: [3, -1], k: 0})).toEqual(['k: is 0; At least 1.', 'grades[1]: is -1; Cannot be negative.']);
  expect(rankingCalculatorProblems({...lesson, grades: [0, 0]})).toEqual(['grades[0]: Give at least one result a grade above 0.']);
});
