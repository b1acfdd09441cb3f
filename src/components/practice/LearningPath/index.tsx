import React, {type CSSProperties, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {GraphLayout, LearningPathData, PathEntry} from '../../../../plugins/lesson-catalog/learningPath';
import {formatDuration} from '../LessonCatalog/filters';
import styles from './styles.module.css';

/** The learning path as laid out at build time: the prerequisite graph and the reading order. */
export type LearningPathProps = {path: LearningPathData};

const ARROW_ID = 'learning-path-arrow';

/**
 * The graph in layers, one row per step, drawn as SVG when the site is built. Each box is a link
 * to its lesson; arrows lead from a lesson to the lessons that build on it. Wide screens only: on
 * a phone the reading order below says the same in a list.
 */
export function PrerequisiteGraph({graph}: {graph: GraphLayout}): ReactNode {
  const {lineHeight, nodeWidth, nodeHeight} = graph;
  // Titles are centred in the space above the meta line.
  const titleTop = (lines: number): number => (nodeHeight - 28 - lines * lineHeight) / 2;
  return (
    <figure className={styles.figure} aria-labelledby="prerequisite-graph-caption">
      <figcaption id="prerequisite-graph-caption" className={styles.caption}>
        Prerequisite graph: one row per step, read from top to bottom. An arrow leads from a lesson to
        a lesson that builds on it.
      </figcaption>
      <div className={styles.scroller}>
        <svg
          className={styles.graph}
          viewBox={`0 0 ${graph.width} ${graph.height}`}
          width={graph.width}
          height={graph.height}
          style={{'--natural-width': `${graph.width}px`} as CSSProperties}
          data-edges={graph.edges.length}>
          <defs>
            <marker id={ARROW_ID} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path className={styles.arrowHead} d="M0 1L10 5L0 9z" />
            </marker>
          </defs>
          <g aria-hidden="true">
            {graph.rows.map((row) => (
              <text key={row.step} className={styles.stepLabel} x={4} y={row.y + graph.nodeHeight / 2 + 4}>
                Step {row.step}
              </text>
            ))}
            {graph.edges.map((edge) => (
              <path
                key={`${edge.from}->${edge.to}`}
                className={styles.edge}
                d={edge.path}
                markerEnd={`url(#${ARROW_ID})`}
                data-from={edge.from}
                data-to={edge.to}
              />
            ))}
          </g>
          {graph.nodes.map((node) => (
            <Link key={node.id} to={node.permalink} className={styles.node} data-lesson-id={node.id}>
              <rect x={node.x} y={node.y} width={nodeWidth} height={nodeHeight} rx={8} />
              <text className={styles.nodeTitle} x={node.x + nodeWidth / 2} y={node.y + titleTop(node.lines.length)}>
                {node.lines.map((line, index) => (
                  <tspan key={index} x={node.x + nodeWidth / 2} dy={lineHeight}>
                    {line}
                  </tspan>
                ))}
              </text>
              <text className={styles.nodeMeta} x={node.x + nodeWidth / 2} y={node.y + nodeHeight - 10}>
                {node.meta}
              </text>
            </Link>
          ))}
        </svg>
      </div>
    </figure>
  );
}

function Entry({entry}: {entry: PathEntry}): ReactNode {
  return (
    <li className={styles.entry} data-lesson-id={entry.id}>
      <Link to={entry.permalink} className={styles.entryTitle}>
        {entry.title}
      </Link>
      <span className={styles.entryMeta}>
        Step {entry.step} · {entry.difficulty} · {entry.minutes} min
      </span>
      {entry.prerequisites.length === 0 ? (
        <span className={styles.needs}>No prerequisites: start here.</span>
      ) : (
        <span className={styles.needs}>
          Read first:{' '}
          <ul className={styles.prerequisites}>
            {entry.prerequisites.map((prerequisite) => (
              <li key={prerequisite.id}>{prerequisite.title}</li>
            ))}
          </ul>
        </span>
      )}
    </li>
  );
}

/** The reading order, one list per run of lessons from the same section, numbered throughout. */
export function ReadingOrder({path}: LearningPathProps): ReactNode {
  return (
    <section aria-labelledby="reading-order">
      <h2 id="reading-order">Reading order</h2>
      {path.groups.map((group) => (
        <section key={`${group.section.id}-${group.entries[0].position}`} className={styles.group}>
          <h3 className={styles.groupTitle}>{group.section.label}</h3>
          <ol className={styles.entries} start={group.entries[0].position}>
            {group.entries.map((entry) => (
              <Entry key={entry.id} entry={entry} />
            ))}
          </ol>
        </section>
      ))}
    </section>
  );
}

export default function LearningPath({path}: LearningPathProps): ReactNode {
  return (
    <>
      <p className={styles.lead}>
        {path.lessonCount} lessons, {formatDuration(path.totalMinutes)} of reading in {path.stepCount} steps. Every
        lesson comes after the lessons it builds on, so reading from the top never sends you back.
      </p>
      <PrerequisiteGraph graph={path.graph} />
      <ReadingOrder path={path} />
    </>
  );
}
