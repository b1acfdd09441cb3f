import React, {useId, type CSSProperties, type ReactNode} from 'react';
import {ComponentPropsError} from '../../propErrors';
import {
  describePipeline,
  gridTracks,
  layoutPipeline,
  PipelineLayoutError,
  type PipelineEdge,
  type PipelineLayout,
  type PipelineStage,
  type PlacedEdge,
} from './layout';
import styles from './styles.module.css';

export type {PipelineEdge, PipelineStage} from './layout';

/**
 * Stages joined by arrows, drawn as an HTML grid with SVG arrows when the page is built. Wide
 * screens read left to right; narrow ones turn the grid so it reads top to bottom.
 */
export type PipelineDiagramProps = {
  title: string;
  stages: PipelineStage[];
  edges: PipelineEdge[];
};

type GridStyle = CSSProperties & Record<`--${string}`, string | number>;

/** Grid line of a stage's cell: stages sit on odd lines, connectors between them on even ones. */
function cellLine(index: number): number {
  return 2 * index + 1;
}

function connectorCell(edge: PlacedEdge): {row: number; col: number} {
  const {from, direction} = edge;
  if (direction === 'down') {
    return {row: cellLine(from.row) + 1, col: cellLine(from.col)};
  }
  return {row: cellLine(from.row), col: direction === 'right' ? cellLine(from.col) + 1 : cellLine(from.col) - 1};
}

function gridStyle(layout: PipelineLayout): GridStyle {
  return {
    '--wide-columns': gridTracks(layout.cols, 'minmax(0, 1fr)', 'var(--connector-size)'),
    '--wide-rows': gridTracks(layout.rows, 'auto', 'var(--connector-size)'),
    '--narrow-columns': gridTracks(layout.rows, 'minmax(0, 1fr)', 'var(--connector-size)'),
    '--narrow-rows': gridTracks(layout.cols, 'auto', 'var(--connector-size)'),
  };
}

function placeAt(row: number, col: number): GridStyle {
  return {'--row': row, '--col': col};
}

function Arrow({direction}: {direction: PlacedEdge['direction']}): ReactNode {
  return (
    <svg className={styles.arrow} data-direction={direction} viewBox="0 0 24 24" focusable="false">
      <path d="M3 12h16M13 6l6 6-6 6" />
    </svg>
  );
}

function layoutOrThrow(props: PipelineDiagramProps): PipelineLayout {
  try {
    return layoutPipeline(props.stages, props.edges);
  } catch (error) {
    if (error instanceof PipelineLayoutError) {
      throw new ComponentPropsError('PipelineDiagram', props.title ?? '', error.problems);
    }
    throw error;
  }
}

export default function PipelineDiagram(props: PipelineDiagramProps): ReactNode {
  const {title} = props;
  const captionId = useId();
  if (typeof title !== 'string' || title.trim() === '') {
    throw new ComponentPropsError('PipelineDiagram', '', ['title: give the diagram a title; it names the figure']);
  }
  const layout = layoutOrThrow(props);
  return (
    <figure className={styles.diagram} aria-labelledby={captionId}>
      <figcaption id={captionId} className={styles.caption}>
        {title}
      </figcaption>
      <div className={styles.grid} style={gridStyle(layout)} aria-hidden="true">
        {layout.stages.map((stage) => (
          <div key={stage.id} className={styles.stage} style={placeAt(cellLine(stage.row), cellLine(stage.col))}>
            <span className={styles.label}>{stage.label}</span>
            {stage.note && <span className={styles.note}>{stage.note}</span>}
          </div>
        ))}
        {layout.edges.map((edge) => {
          const cell = connectorCell(edge);
          return (
            <div
              key={`${edge.from.id}->${edge.to.id}`}
              className={styles.connector}
              style={placeAt(cell.row, cell.col)}>
              <Arrow direction={edge.direction} />
            </div>
          );
        })}
      </div>
      <ul className={styles.textAlternative}>
        {describePipeline(layout).map(({stage, next}) => (
          <li key={stage.id}>
            {stage.label}
            {stage.note ? ` (${stage.note})` : ''}
            {next.length > 0 ? `, leads to ${next.map((target) => target.label).join(' and ')}` : ''}.
          </li>
        ))}
      </ul>
    </figure>
  );
}
