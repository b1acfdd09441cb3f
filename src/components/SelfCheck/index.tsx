import React, {type ReactNode} from 'react';
import {assertValidProps, isNonEmptyString} from '../propErrors';
import styles from './styles.module.css';

/** A self-check question whose worked answer (the children) stays hidden until the reader opens it. */
export type SelfCheckProps = {
  question: string;
  children: ReactNode;
};

export default function SelfCheck({question, children}: SelfCheckProps): ReactNode {
  assertValidProps('SelfCheck', '', [
    ...(isNonEmptyString(question) ? [] : ['question: give the question as a non-empty string']),
    ...(children ? [] : [`the question "${question}" needs a worked answer between the tags`]),
  ]);
  return (
    <details className={styles.selfCheck}>
      <summary className={styles.question}>{question}</summary>
      <div className={styles.answer}>{children}</div>
    </details>
  );
}
