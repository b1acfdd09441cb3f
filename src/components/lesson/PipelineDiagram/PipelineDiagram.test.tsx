import React from 'react';
import {render, screen} from '@testing-library/react';
import PipelineDiagram from '.';
import {describePipeline, gridTracks, layoutPipeline, type PipelineEdge, type PipelineStage} from './layout';

// The seed lesson's data pipeline: a main row with a branch down from the feature store.
const stages: PipelineStage[] = [
  {id: 'raw', label: 'Raw Data'},
  {id: 'etl', label: 'ETL'},
  {id: 'store', label: 'Feature Store'},
  {id: 'training', label: 'Training Data'},
  {id: 'serving', label: 'Feature Serving', note: 'online'},
  {id: 'inference', label: 'Model Inference'},
];
const edges: PipelineEdge[] = [
  {from: 'raw', to: 'etl'},
  {from: 'etl', to: 'store'},
  {from: 'store', to: 'training'},
  {from: 'store', to: 'serving', direction: 'down'},
  {from: 'serving', to: 'inference'},
];

function cells(layout: ReturnType<typeof layoutPipeline>): Record<string, [number, number]> {
  return Object.fromEntries(layout.stages.map((stage) => [stage.id, [stage.row, stage.col]]));
}

describe('layoutPipeline', () => {
  test('places a branch below its source', () => {
    const layout = layoutPipeline(stages, edges);
    expect(cells(layout)).toEqual({
      raw: [0, 0],
      etl: [0, 1],
      store: [0, 2],
      training: [0, 3],
      serving: [1, 2],
      inference: [1, 3],
    });
    expect(layout).toMatchObject({rows: 2, cols: 4});
  });

  test('a path turning left is shifted so no column is negative', () => {
    const layout = layoutPipeline(
      [
        {id: 'a', label: 'A'},
        {id: 'b', label: 'B'},
        {id: 'c', label: 'C'},
      ],
      [
        {from: 'a', to: 'b', direction: 'down'},
        {from: 'b', to: 'c', direction: 'left'},
      ],
    );
    expect(cells(layout)).toEqual({a: [0, 1], b: [1, 1], c: [1, 0]});
  });

  test('an arrow joining two already placed neighbours is accepted (a merge)', () => {
    const layout = layoutPipeline(
      [
        {id: 'a', label: 'A'},
        {id: 'b', label: 'B'},
        {id: 'c', label: 'C'},
        {id: 'd', label: 'D'},
      ],
      [
        {from: 'a', to: 'b'},
        {from: 'a', to: 'c', direction: 'down'},
        {from: 'b', to: 'd', direction: 'down'},
        {from: 'c', to: 'd'},
      ],
    );
    expect(cells(layout).d).toEqual([1, 1]);
  });

  test.each<[string, PipelineStage[], PipelineEdge[], string]>([
    ['an arrow to a missing stage', stages.slice(0, 2), [{from: 'raw', to: 'nowhere'}], 'to "nowhere" is not the id of a stage'],
    ['an unreached stage', stages.slice(0, 3), [{from: 'raw', to: 'etl'}], 'stage "store" is not reached'],
    ['two stages on one cell', stages.slice(0, 3), [{from: 'raw', to: 'etl'}, {from: 'raw', to: 'store'}], 'land on the same cell'],
    ['a duplicate id', [stages[0], stages[0]], [], 'id "raw" is used twice'],
    ['no stages', [], [], 'at least one stage'],
    [
      'an arrow that skips cells',
      stages.slice(0, 3),
      [{from: 'raw', to: 'etl'}, {from: 'etl', to: 'store'}, {from: 'raw', to: 'store'}],
      'does not join neighbouring cells',
    ],
    [
      'a layout wider than six columns',
      Array.from({length: 7}, (_, index) => ({id: `s${index}`, label: `S${index}`})),
      Array.from({length: 6}, (_, index) => ({from: `s${index}`, to: `s${index + 1}`})),
      '7 columns by 1 rows',
    ],
  ])('rejects %s', (_name, badStages, badEdges, message) => {
    expect(() => layoutPipeline(badStages, badEdges)).toThrow(message);
  });

  test('describes each stage with where its arrows lead', () => {
    const text = describePipeline(layoutPipeline(stages, edges)).map(({stage, next}) => [
      stage.id,
      next.map((target) => target.id),
    ]);
    expect(text).toContainEqual(['store', ['training', 'serving']]);
    expect(text).toContainEqual(['inference', []]);
  });

  test('grid tracks alternate cells and connectors', () => {
    expect(gridTracks(3, '1fr', '2rem')).toBe('1fr 2rem 1fr 2rem 1fr');
    expect(gridTracks(1, '1fr', '2rem')).toBe('1fr');
  });
});

describe('PipelineDiagram', () => {
  test('renders a titled figure with every stage and a text alternative', () => {
    render(<PipelineDiagram title="Data pipeline" stages={stages} edges={edges} />);
    expect(screen.getByRole('figure', {name: 'Data pipeline'})).toBeInTheDocument();
    expect(screen.getByText('Feature Store, leads to Training Data and Feature Serving.')).toBeInTheDocument();
    expect(screen.getByText('Feature Serving (online), leads to Model Inference.')).toBeInTheDocument();
  });

  test('places stages and arrows on the grid and hides the drawing from screen readers', () => {
    const {container} = render(<PipelineDiagram title="Data pipeline" stages={stages} edges={edges} />);
    const grid = container.querySelector('.grid') as HTMLElement;
    expect(grid).toHaveAttribute('aria-hidden', 'true');
    const serving = [...grid.querySelectorAll('.stage')].find((stage) => stage.textContent?.startsWith('Feature Serving')) as HTMLElement;
    // Row 1, column 2 of the layout is grid line 3 and 5 (connectors sit between stages).
    expect(serving.style.getPropertyValue('--row')).toBe('3');
    expect(serving.style.getPropertyValue('--col')).toBe('5');
    expect(grid.querySelectorAll('svg[data-direction="down"]')).toHaveLength(1);
    expect(grid.querySelectorAll('svg[data-direction="right"]')).toHaveLength(4);
  });

  test('bad props fail with the diagram title and every problem', () => {
    jest.spyOn(console, 'error').mockImplementation(() => {});
    expect(() =>
      render(<PipelineDiagram title="Broken" stages={stages.slice(0, 2)} edges={[{from: 'raw', to: 'ghost'}]} />),
    ).toThrow(/PipelineDiagram "Broken" has invalid props:[\s\S]*"ghost" is not the id of a stage[\s\S]*"etl" is not reached/);
  });
});
