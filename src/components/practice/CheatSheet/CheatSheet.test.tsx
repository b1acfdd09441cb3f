import React from 'react';
import {render, screen, within} from '@testing-library/react';
import CheatSheet from '.';
import type {CheatSheetData} from '../../../../plugins/cheat-sheet/cheatSheet';

const from = {title: 'A lesson', permalink: '/a/lesson'};
const sheet: CheatSheetData = {
  framework: {from, title: 'Five phases', phases: [{name: 'Problem definition', minutes: 5, questions: ['What?']}]},
  pipelines: {
    from,
    diagrams: [{title: 'Data pipeline', stages: [{id: 'a', label: 'Raw'}, {id: 'b', label: 'ETL'}], edges: [{from: 'a', to: 'b'}]}],
  },
  metrics: {
    from: {title: 'Metrics', permalink: '/metrics'},
    byTask: {caption: 'Offline metric by task', aspectLabel: 'Task', options: ['Primary', 'Also'], rows: [{aspect: 'Ranking', values: ['NDCG@k', 'MRR']}]},
    formulas: [
      {
        name: 'Precision',
        tex: String.raw`\frac{TP}{TP + FP}`,
        math: {
          tag: 'math',
          attributes: {displaystyle: 'true'},
          children: [{tag: 'mfrac', attributes: {}, children: [{tag: 'mi', attributes: {}, children: ['TP']}, {tag: 'mi', attributes: {}, children: ['N']}]}],
        },
      },
    ],
    online: [{name: 'CTR', formula: 'clicks / impressions'}],
  },
  numbers: {from: {title: 'Estimation', permalink: '/estimation'}, header: ['Quantity', 'Value'], rows: [['Seconds in a day', '86,400']]},
  llmNumbers: {
    from: {title: 'LLM serving', permalink: '/llm-serving'},
    header: ['Quantity', 'Formula'],
    rows: [['Weights', 'parameters × bytes per parameter']],
  },
};

test('renders every block with a link to its lesson', () => {
  render(<CheatSheet sheet={sheet} />);
  for (const [name, link] of [
    ['The interview framework', '/a/lesson'],
    ['The pipelines', '/a/lesson'],
    ['Metrics', '/metrics'],
    ['Numbers worth remembering', '/estimation'],
    ['LLM numbers worth remembering', '/llm-serving'],
  ]) {
    const block = screen.getByRole('region', {name});
    expect(within(block).getAllByRole('link').some((anchor) => anchor.getAttribute('href') === link)).toBe(true);
  }
  expect(screen.getByText('Problem definition')).toBeInTheDocument();
  const precision = screen.getByText('Precision').closest('div')!;
  expect(precision.querySelector('dd > math[displaystyle="true"] > mfrac')).toHaveTextContent('TPN');
  expect(screen.getByRole('rowheader', {name: 'Seconds in a day'})).toBeInTheDocument();
  expect(screen.getByRole('rowheader', {name: 'Weights'})).toBeInTheDocument();
  expect(screen.getByRole('table', {name: 'Offline metric by task'})).toBeInTheDocument();
});
