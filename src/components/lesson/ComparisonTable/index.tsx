import React, {type ReactNode} from 'react';
import {assertValidProps, isNonEmptyString} from '../../propErrors';
import styles from './styles.module.css';

export type ComparisonRow = {
  /** What is being compared, e.g. "Latency". */
  aspect: string;
  /** One value per option, in the order of `options`. */
  values: string[];
};

/** A comparison of two or more options across aspects; on narrow screens each row becomes a card. */
export type ComparisonTableProps = {
  caption?: string;
  /** Header of the first column; defaults to "Aspect". */
  aspectLabel?: string;
  options: string[];
  rows: ComparisonRow[];
};

export function comparisonTableProblems({options, rows}: ComparisonTableProps): string[] {
  const problems: string[] = [];
  if (!Array.isArray(options) || options.length < 2) {
    problems.push('options: give at least two options to compare');
  } else if (!options.every(isNonEmptyString)) {
    problems.push('options: every option needs a non-empty name');
  }
  if (!Array.isArray(rows) || rows.length === 0) {
    problems.push('rows: give at least one row');
    return problems;
  }
  rows.forEach((row, index) => {
    if (!isNonEmptyString(row?.aspect)) {
      problems.push(`rows[${index}]: the aspect needs a non-empty name`);
    }
    const count = Array.isArray(options) ? options.length : 0;
    if (!Array.isArray(row?.values) || row.values.length !== count) {
      problems.push(
        `rows[${index}] ("${row?.aspect}"): has ${Array.isArray(row?.values) ? row.values.length : 0} values, needs one per option (${count})`,
      );
    }
  });
  return problems;
}

export default function ComparisonTable(props: ComparisonTableProps): ReactNode {
  const {caption, aspectLabel = 'Aspect', options, rows} = props;
  assertValidProps('ComparisonTable', caption ?? '', comparisonTableProblems(props));
  // No explicit ARIA table roles: Chromium keeps the table's semantics in the card layout without
  // them (measured in e2e/comparison-table.test.mjs), and the HTML checker rejects them as redundant.
  return (
    <div className={styles.container}>
      <table className={styles.table}>
        {caption && <caption className={styles.caption}>{caption}</caption>}
        <thead>
          <tr>
            <th scope="col">{aspectLabel}</th>
            {options.map((option) => (
              <th key={option} scope="col">
                {option}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.aspect}>
              <th scope="row">{row.aspect}</th>
              {row.values.map((value, index) => (
                <td key={options[index]} data-label={options[index]}>
                  {value}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
