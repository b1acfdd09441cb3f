import React from 'react';
import {act, fireEvent, render, screen, within} from '@testing-library/react';
import CapacityCalculatorView, {capacityCalculatorProblems, type CapacityCalculatorProps} from './Calculator';

const lesson: CapacityCalculatorProps = {
  dailyUsers: 100_000_000,
  requestsPerUser: 20,
  peakFactor: 3,
  workPerRequest: 1000,
  deviceThroughput: 500_000,
  utilisation: 60,
  entities: 100_000_000,
  valuesPerEntity: 256,
  bytesPerValue: 4,
  pricePerHour: 2,
  device: 'GPU',
};

const output = (name: string) => screen.getByRole('status', {name}) as HTMLOutputElement;
const input = (name: RegExp) => screen.getByRole('textbox', {name}) as HTMLInputElement;

beforeEach(() => window.history.replaceState(null, '', '/foundations/estimation'));

test('shows the lesson’s worked example, computed, in labelled outputs', () => {
  render(<CapacityCalculatorView {...lesson} />);
  expect(screen.getByRole('form', {name: 'Capacity calculator'})).toHaveAttribute('id', 'calculator-capacity');
  expect(input(/Daily active users/)).toHaveValue('100,000,000');
  expect(output('Average QPS')).toHaveTextContent('23,148 requests/s');
  expect(output('GPUs needed')).toHaveTextContent('232');
  expect(output('Cost a month')).toHaveTextContent('$338,720');
  expect(screen.getByText(/232 × \$2\.00 × 730 = \$338,720/)).toBeInTheDocument();
});

test('recomputes as the reader types', () => {
  render(<CapacityCalculatorView {...lesson} />);
  fireEvent.change(input(/Peak factor/), {target: {value: '10'}});
  expect(output('Peak QPS')).toHaveTextContent('231,481 requests/s');
  expect(output('GPUs needed')).toHaveTextContent('772');
});

test.each(['', '-3', '0', 'abc', '1e309', '1,5'])('junk (%j) shows a message beside the field and keeps the last good result', (junk) => {
  const {container} = render(<CapacityCalculatorView {...lesson} />);
  fireEvent.change(input(/Daily active users/), {target: {value: '200,000,000'}});
  fireEvent.change(input(/Daily active users/), {target: {value: junk}});
  const field = input(/Daily active users/);
  expect(field).toHaveAttribute('aria-invalid', 'true');
  expect(field.getAttribute('aria-describedby')).toMatch(/-error/);
  expect(output('GPUs needed')).toHaveTextContent('463');
  expect(screen.getByText(/results are for the last inputs that worked/)).toBeInTheDocument();
  expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
});

test('a shared link sets the inputs; junk in it falls back to the lesson and says so', () => {
  window.history.replaceState(null, '', '/foundations/estimation?capacity.peakFactor=5&capacity.dailyUsers=lots#calculator-capacity');
  render(<CapacityCalculatorView {...lesson} />);
  expect(input(/Peak factor/)).toHaveValue('5');
  expect(input(/Daily active users/)).toHaveValue('100,000,000');
  expect(screen.getByText(/Daily active users: "lots" is not a usable value, so the lesson's 100,000,000 is used\./)).toBeInTheDocument();
  expect(output('Peak QPS')).toHaveTextContent('115,741 requests/s');
  fireEvent.click(screen.getByRole('button', {name: 'Reset to the lesson’s values'}));
  expect(input(/Peak factor/)).toHaveValue('3');
  expect(screen.queryByText(/shared link/)).toBeNull();
});

test('copies a link that round-trips the inputs', async () => {
  const writeText = jest.fn().mockResolvedValue(undefined);
  Object.assign(navigator, {clipboard: {writeText}});
  render(<CapacityCalculatorView {...lesson} />);
  fireEvent.change(input(/Target utilisation/), {target: {value: '50'}});
  await act(async () => fireEvent.click(screen.getByRole('button', {name: 'Copy a link to these inputs'})));
  const link = new URL(writeText.mock.calls[0][0]);
  expect(link.pathname).toBe('/foundations/estimation');
  expect(link.hash).toBe('#calculator-capacity');
  expect(link.searchParams.get('capacity.utilisation')).toBe('50');
  expect(link.searchParams.get('capacity.dailyUsers')).toBe('100000000');
  expect(screen.getByText('Link copied.')).toBeInTheDocument();

  window.history.replaceState(null, '', `${link.pathname}${link.search}`);
  const again = render(<CapacityCalculatorView {...lesson} />);
  expect(within(again.container).getByRole('status', {name: 'GPUs needed'})).toHaveTextContent('278');
});

test('reads the result out politely once, after the reader pauses', () => {
  jest.useFakeTimers();
  try {
    render(<CapacityCalculatorView {...lesson} />);
    const live = document.querySelector('[aria-live="polite"]')!;
    expect(live).toHaveTextContent('');
    fireEvent.change(input(/Peak factor/), {target: {value: '4'}});
    act(() => jest.advanceTimersByTime(1000));
    expect(live).toHaveTextContent('Peak 92,593 requests a second; 309 GPUs, $451,140 a month; 102 GB of memory.');
    fireEvent.change(input(/Peak factor/), {target: {value: '0.5'}});
    act(() => jest.advanceTimersByTime(1000));
    expect(live).toHaveTextContent('Not updated. Peak factor: At least 1.');
  } finally {
    jest.useRealTimers();
  }
});

test('bad props fail, naming the prop', () => {
  expect(capacityCalculatorProblems(lesson)).toEqual([]);
  expect(capacityCalculatorProblems({...lesson, peakFactor: -3, utilisation: 160})).toEqual([
    'peakFactor: is -3; At least 1.',
    'utilisation: is 160; Too large: at most 100.',
  ]);
  jest.spyOn(console, 'error').mockImplementation(() => {});
  expect(() => render(<CapacityCalculatorView {...lesson} dailyUsers={'100M' as unknown as number} />)).toThrow(
    /CapacityCalculator "Capacity calculator" has invalid props:\n {2}- dailyUsers: is "100M", must be a number/,
  );
});
