import React, {useId, type ReactNode} from 'react';
import {describeCount, timeShare, type ProgressCount, type ProgressSummary as Summary} from '../../../lib/progressSummary';
import styles from './styles.module.css';

/**
 * Overall and per-section progress: counts, estimated time done and a native <progress> bar of the
 * time share. `title` heads the block; `compact` folds the sections away and lays them out in a row (the catalog).
 */
export type ProgressSummaryProps = {
  summary: Summary;
  title: string;
  compact?: boolean;
};

function Bar({label, count}: {label: string; count: ProgressCount}): ReactNode {
  return (
    <progress
      className={styles.bar}
      aria-label={`${label}: share of estimated time done`}
      max={Math.max(count.minutesTotal, 1)}
      value={count.minutesDone}>
      {timeShare(count)}%
    </progress>
  );
}

export default function ProgressSummary({summary, title, compact = false}: ProgressSummaryProps): ReactNode {
  const headingId = useId();
  const sectionList = (
      <ul className={styles.sections}>
        {summary.sections.map((section) => (
          <li key={section.id} className={styles.section}>
            <span className={styles.sectionName}>
              {section.label}: {section.done}/{section.total}
            </span>
            <Bar label={section.label} count={section} />
            <span className={styles.sectionDetail}>{timeShare(section)}% of the time</span>
          </li>
        ))}
      </ul>
  );
  return (
    <section className={styles.summary} aria-labelledby={headingId} data-compact={compact || undefined}>
      <h2 id={headingId} className={styles.title}>
        {title}
      </h2>
      <p className={styles.overall}>
        <span className={styles.overallText}>{describeCount(summary.overall)}</span>
        <Bar label="All lessons" count={summary.overall} />
      </p>
      {compact ? (
        // Folded where it sits above other content (the catalog), so it costs one line on a phone.
        <details>
          <summary>By section</summary>
          {sectionList}
        </details>
      ) : (
        sectionList
      )}
    </section>
  );
}
