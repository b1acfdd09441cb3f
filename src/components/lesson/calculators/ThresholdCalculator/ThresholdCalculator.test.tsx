import React from 'react';
import {fireEvent, render, screen} from '@testing-library/react';
import ThresholdCalculatorView, {thresholdCalculatorProblems, type ThresholdCalculatorProps} from './Calculator';

const lesson: ThresholdCalculatorProps = {
  buckets: [
    {name: 'B1', positives: 40, negatives: 10},
    {name: 'B2', positives: 30, negatives: 70},
    {name: 'B3', positives: 20, negatives: 900},
    {name: 'B4', positives: 10, negatives: 8920},
  ],
  flagged: 2,
  missCost: 200,
  falseAlarmCost: 10,
  positiveLabel: 'fraud',
  negativeLabel: 'legit',
};

const output = (name: string) => screen.getByRole('status', {name});

beforeEach(() => window.history.replaceState(null, '', '/ml-system-design/metrics'));

test('flagging B1 and B2 shows the lesson’s confusion matrix and metrics', () => {
  render(<ThresholdCalculatorView {...lesson} />);
  expect(output('TP (fraud flagged)')).toHaveTextContent('70');
  expect(output('FP (legit flagged)')).toHaveTextContent('80');
  expect(output('TN (legit passed)')).toHaveTextContent('9,820');
  expect(output('Precision')).toHaveTextContent('0.467');
  expect(output('Recall (TPR)')).toHaveTextContent('0.700');
  expect(output('F1')).toHaveTextContent('0.560');
  expect(output('False positive rate')).toHaveTextContent('0.0081');
  expect(output('Expected cost of errors')).toHaveTextContent('$6,800');
  expect(output('ROC-AUC')).toHaveTextContent('0.933');
  expect(output('PR-AUC (average precision)')).toHaveTextContent('0.478');
});

test('moving the threshold and the costs changes the results', () => {
  render(<ThresholdCalculatorView {...lesson} />);
  fireEvent.change(screen.getByRole('combobox', {name: 'Flag'}), {target: {value: '3'}});
  expect(output('Precision')).toHaveTextContent('0.084');
  expect(output('Recall (TPR)')).toHaveTextContent('0.900');
  expect(output('Expected cost of errors')).toHaveTextContent('$11,800');
  fireEvent.change(screen.getByRole('textbox', {name: /Cost of a miss/}), {target: {value: '2000'}});
  expect(output('Expected cost of errors')).toHaveTextContent('$29,800');
  expect(screen.getByText(/cheapest: flagging B1 down to B3, \$29,800/)).toBeInTheDocument();
});

test('flagging nothing reads "undefined" for precision, and counts can be edited', () => {
  const {container} = render(<ThresholdCalculatorView {...lesson} />);
  fireEvent.change(screen.getByRole('combobox', {name: 'Flag'}), {target: {value: '0'}});
  expect(output('Precision')).toHaveTextContent('undefined');
  expect(output('Accuracy')).toHaveTextContent('0.990');
  fireEvent.change(screen.getByRole('textbox', {name: 'B4: legit'}), {target: {value: '89,920'}});
  expect(output('Accuracy')).toHaveTextContent('0.999');
  fireEvent.change(screen.getByRole('textbox', {name: 'B4: legit'}), {target: {value: '-1'}});
  expect(screen.getByText('Cannot be negative.')).toBeInTheDocument();
  expect(container.textContent).not.toMatch(/NaN|Infinity/);
});

test('bad props are named', () => {
  expect(thresholdCalculatorProblems(lesson)).toEqual([]);
  expect(thresholdCalculatorProblems({...lesson, buckets: lesson.buckets.slice(0, 1)})).toEqual(['buckets: give 2 to 10 score buckets, highest scores first']);
  expect(thresholdCalculatorProblems({...lesson, flagged: 7, buckets: [{name: 'B1', positives: -4, negatives: 1}, lesson.buckets[1]]})).toEqual([
    'flagged: is 7, must be a whole number from 0 to 2',
    'buckets[0].positives: is -4; Cannot be negative.',
  ]);
  expect(thresholdCalculatorProblems({...lesson, buckets: lesson.buckets.map((bucket) => ({...bucket, positives: 0}))})).toEqual([
    'buckets: Give at least one fraud case in some bucket.',
  ]);
});
