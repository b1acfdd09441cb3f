import React, {type ReactNode} from 'react';
import styles from './styles.module.css';

/** A sidebar lesson's label, with a check mark and "(completed)" for screen readers when it is done. */
export function LessonLabel({label, done}: {label: string; done: boolean}): ReactNode {
  if (!done) return label;
  return (
    <>
      {label}
      <span className={styles.doneMark} aria-hidden="true">
        ✓
      </span>
      <span className="visually-hidden"> (completed)</span>
    </>
  );
}

/** A sidebar section's label with "3/17" done; screen readers hear "(3 of 17 lessons completed)". */
export function SectionLabel({label, done, total}: {label: string; done: number; total: number}): ReactNode {
  return (
    <>
      {label}
      <span className={styles.count} aria-hidden="true">
        {done}/{total}
      </span>
      <span className="visually-hidden">
        {' '}
        ({done} of {total} lessons completed)
      </span>
    </>
  );
}
