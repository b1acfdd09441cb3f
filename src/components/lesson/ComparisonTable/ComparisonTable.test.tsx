import React from 'react';
import {render, screen, within} from '@testing-library/react';
import ComparisonTable, {comparisonTableProblems, type ComparisonTableProps} from '.';

const props: ComparisonTableProps = {
  caption: 'Batch vs online',
  options: ['Batch', 'Online'],
  rows: [
    {aspect: 'Latency', values: ['1 ms lookup', '50 ms model call']},
    {aspect: 'Freshness', values: ['Hours', 'Seconds']},
  ],
};

describe('ComparisonTable', () => {
  test('renders a real table: caption, column headers, row headers and cells', () => {
    render(<ComparisonTable {...props} />);
    const table = screen.getByRole('table', {name: 'Batch vs online'});
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
      'Aspect',
      'Batch',
      'Online',
    ]);
    expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Latency', 'Freshness']);
    const latencyRow = within(table).getAllByRole('row')[1];
    expect(within(latencyRow).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      '1 ms lookup',
      '50 ms model call',
    ]);
  });

  test('labels each cell with its option for the narrow-screen card layout', () => {
    render(<ComparisonTable {...props} />);
    expect(screen.getByText('Seconds')).toHaveAttribute('data-label', 'Online');
  });

  test('uses the given aspect label', () => {
    render(<ComparisonTable {...props} aspectLabel="Property" />);
    expect(screen.getAllByRole('columnheader')[0]).toHaveTextContent('Property');
  });

  test.each<[string, Partial<ComparisonTableProps>, string]>([
    ['one option', {options: ['Only']}, 'at least two options'],
    ['no rows', {rows: []}, 'at least one row'],
    ['a row with a missing value', {rows: [{aspect: 'Cost', values: ['Low']}]}, 'has 1 values, needs one per option (2)'],
    ['an empty aspect', {rows: [{aspect: ' ', values: ['a', 'b']}]}, 'aspect needs a non-empty name'],
  ])('rejects %s with a clear message', (_name, override, message) => {
    expect(comparisonTableProblems({...props, ...override}).join('\n')).toContain(message);
    jest.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<ComparisonTable {...props} {...override} />)).toThrow(
      /ComparisonTable "Batch vs online" has invalid props/,
    );
  });
});
