import React, {type ReactNode} from 'react';
import type {SelfCheckMark} from '../../../lib/selfCheck';
import {assertValidProps, isNonEmptyString} from '../../propErrors';
import styles from './styles.module.css';

/**
 * A self-check question whose worked answer (the children) stays hidden until the reader opens it.
 * With `onMark`, the revealed answer ends with "Knew it" / "Review again" toggles showing `mark`;
 * pressing the pressed one clears it. `anchor` is the id other pages link to.
 */
export type SelfCheckCardProps = {
  question: string;
  anchor: string;
  mark?: SelfCheckMark | null;
  onMark?: (mark: SelfCheckMark | null) => void;
  /** Why the last mark was not saved, if it was not. */
  message?: string;
  children: ReactNode;
};

const MARKS: readonly {value: SelfCheckMark; label: string}[] = [
  {value: 'knew', label: 'Knew it'},
  {value: 'review', label: 'Review again'},
];

export default function SelfCheckCard({question, anchor, mark = null, onMark, message, children}: SelfCheckCardProps): ReactNode {
  assertValidProps('SelfCheck', '', [
    ...(isNonEmptyString(question) ? [] : ['question: give the question as a non-empty string']),
    ...(children ? [] : [`the question "${question}" needs a worked answer between the tags`]),
  ]);
  return (
    <details className={styles.selfCheck} id={anchor}>
      <summary className={styles.question}>{question}</summary>
      <div className={styles.answer}>
        {children}
        {onMark && (
          <div className={styles.marks} role="group" aria-label="How did you do?">
            {MARKS.map(({value, label}) => (
              <button
                key={value}
                type="button"
                className={styles.markButton}
                data-mark={value}
                aria-pressed={mark === value}
                onClick={() => onMark(mark === value ? null : value)}>
                {label}
              </button>
            ))}
            {message && (
              <span role="alert" className={styles.markMessage}>
                {message}
              </span>
            )}
          </div>
        )}
      </div>
    </details>
  );
}
