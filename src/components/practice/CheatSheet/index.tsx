import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import ComparisonTable from '../../lesson/ComparisonTable';
import FrameworkTimeline from '../../lesson/FrameworkTimeline';
import MathFormula from '../../lesson/MathFormula';
import PipelineDiagram, {type PipelineEdge, type PipelineStage} from '../../lesson/PipelineDiagram';
import ScrollableTable from '../../lesson/ScrollableTable';
import type {CheatSheetData, LessonLink} from '../../../../plugins/cheat-sheet/cheatSheet';
import styles from './styles.module.css';

/** The one-page summary: each block drawn with the lessons' own components and linked to its lesson. */
export type CheatSheetProps = {sheet: CheatSheetData};

function Source({from}: {from: LessonLink}): ReactNode {
  return (
    <p className={styles.source}>
      From <Link to={from.permalink}>{from.title}</Link>
    </p>
  );
}

function Block({id, title, from, children}: {id: string; title: string; from: LessonLink; children: ReactNode}): ReactNode {
  return (
    <section className={styles.block} aria-labelledby={id} data-block={id}>
      <h2 id={id} className={styles.blockTitle}>
        {title}
      </h2>
      <Source from={from} />
      {children}
    </section>
  );
}

/** A table read from a lesson: a header row, then rows whose first cell names the quantity. */
function NumbersTable({table}: {table: {header: string[]; rows: string[][]}}): ReactNode {
  return (
    <ScrollableTable className={styles.numbers}>
      <thead>
        <tr>
          {table.header.map((cell) => (
            <th key={cell} scope="col">
              {cell}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr key={row[0]}>
            {row.map((cell, index) =>
              index === 0 ? (
                <th key={index} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={index}>{cell}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}

export default function CheatSheet({sheet}: CheatSheetProps): ReactNode {
  const {framework, pipelines, metrics, numbers, llmNumbers} = sheet;
  return (
    <div className={styles.sheet}>
      <Block id="framework" title="The interview framework" from={framework.from}>
        <FrameworkTimeline title={framework.title} phases={framework.phases} />
      </Block>
      <Block id="pipelines" title="The pipelines" from={pipelines.from}>
        <div className={styles.pipelines}>
          {pipelines.diagrams.map((diagram) => (
            <PipelineDiagram
              key={diagram.title}
              title={diagram.title}
              stages={diagram.stages as PipelineStage[]}
              edges={diagram.edges as PipelineEdge[]}
            />
          ))}
        </div>
      </Block>
      <Block id="metrics" title="Metrics" from={metrics.from}>
        <ComparisonTable {...metrics.byTask} />
        <div className={styles.columns}>
          <div>
            <h3 className={styles.subTitle}>Offline formulas</h3>
            <dl className={styles.formulas}>
              {metrics.formulas.map((item) => (
                <div key={item.name}>
                  <dt>{item.name}</dt>
                  <dd>
                    <MathFormula math={item.math} />
                  </dd>
                </div>
              ))}
            </dl>
          </div>
          <div>
            <h3 className={styles.subTitle}>Online metrics</h3>
            <dl className={styles.formulas}>
              {metrics.online.map((item) => (
                <div key={item.name}>
                  <dt>{item.name}</dt>
                  <dd>{item.formula}</dd>
                </div>
              ))}
            </dl>
          </div>
        </div>
      </Block>
      <Block id="numbers" title="Numbers worth remembering" from={numbers.from}>
        <NumbersTable table={numbers} />
      </Block>
      <Block id="llm-numbers" title="LLM numbers worth remembering" from={llmNumbers.from}>
        <NumbersTable table={llmNumbers} />
      </Block>
    </div>
  );
}
