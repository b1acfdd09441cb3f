import React from 'react';
import {fireEvent, render, screen} from '@testing-library/react';
import ExperimentSizeCalculatorView, {experimentCalculatorProblems, type ExperimentSizeCalculatorProps} from './Calculator';

const ctr: ExperimentSizeCalculatorProps = {metric: 'proportion', baselineRate: 5, mde: 2, mdeType: 'relative', alpha: 0.05, power: 80, usersPerDay: 300_000, shareInTest: 100};
const watchTime: ExperimentSizeCalculatorProps = {metric: 'mean', mean: 30, standardDeviation: 60, mde: 1, mdeType: 'relative', alpha: 0.05, power: 80, usersPerDay: 300_000, shareInTest: 100};

const output = (name: string) => screen.getByRole('status', {name});
const input = (name: RegExp) => screen.getByRole('textbox', {name});

beforeEach(() => window.history.replaceState(null, '', '/ml-system-design/experimentation'));

test('the proportion example: 752,700 per arm, 6 days, run 7', () => {
  render(<ExperimentSizeCalculatorView {...ctr} />);
  expect(screen.getByRole('form')).toHaveAttribute('id', 'calculator-ab-proportion');
  expect(output('Users per arm')).toHaveTextContent('752,700');
  expect(output('Days to enrol')).toHaveTextContent('6 days');
  expect(output('Run for')).toHaveTextContent('7 days');
  fireEvent.change(input(/Share of traffic in the test/), {target: {value: '10'}});
  expect(output('Days to enrol')).toHaveTextContent('51 days');
  expect(output('Run for')).toHaveTextContent('56 days');
});

test('switching the MDE to absolute percentage points', () => {
  render(<ExperimentSizeCalculatorView {...ctr} />);
  fireEvent.change(screen.getByRole('combobox', {name: 'MDE is'}), {target: {value: 'absolute'}});
  fireEvent.change(input(/Minimum detectable effect/), {target: {value: '0.1'}});
  expect(output('Users per arm')).toHaveTextContent('752,700');
});

test('the mean example: 627,911 per arm; an effect past 100% is refused beside the MDE', () => {
  render(<ExperimentSizeCalculatorView {...watchTime} />);
  expect(screen.getByRole('form')).toHaveAttribute('id', 'calculator-ab-mean');
  expect(output('Users per arm')).toHaveTextContent('627,911');
  fireEvent.change(input(/Standard deviation/), {target: {value: '30'}});
  expect(output('Users per arm')).toHaveTextContent('156,978');
});

test('a rate pushed to 100% shows the message on the MDE field and keeps the result', () => {
  const {container} = render(<ExperimentSizeCalculatorView {...ctr} />);
  fireEvent.change(input(/Minimum detectable effect/), {target: {value: '2000'}});
  expect(screen.getByText('Too large: at most 1,000.')).toBeInTheDocument();
  fireEvent.change(input(/Minimum detectable effect/), {target: {value: '70'}});
  const lastGood = output('Users per arm').textContent;
  expect(lastGood).not.toBe('752,700');
  fireEvent.change(input(/Baseline rate/), {target: {value: '60'}});
  expect(screen.getByText('Then p2 would be 102%; it must stay below 100%.')).toBeInTheDocument();
  expect(output('Users per arm')).toHaveTextContent(lastGood!);
  fireEvent.change(input(/Power/), {target: {value: '100'}});
  expect(screen.getByText('Must be less than 100.')).toBeInTheDocument();
  expect(container.textContent).not.toMatch(/NaN|Infinity/);
});

test('bad props are named', () => {
  expect(experimentCalculatorProblems(ctr)).toEqual([]);
  expect(experimentCalculatorProblems({...ctr, metric: 'median'} as unknown as ExperimentSizeCalculatorProps)).toEqual([
    'metric: is "median", must be "proportion" or "mean"',
  ]);
  expect(experimentCalculatorProblems({...ctr, baselineRate: 100, alpha: 0})).toEqual([
    'baselineRate: is 100; Must be less than 100.',
    'alpha: is 0; Must be more than 0.',
  ]);
});
