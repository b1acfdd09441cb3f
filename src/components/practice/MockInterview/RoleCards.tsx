import React, {type ReactNode} from 'react';
import {GUIDANCE, phaseKinds} from './guidance';
import styles from './styles.module.css';

/**
 * What each side of the table does in one phase. The questions are the lesson's own (its
 * FrameworkTimeline); the rest is general guidance for that kind of phase, and says so.
 */
export default function RoleCards({
  phaseName,
  questions,
  lessonTitle,
}: {
  phaseName: string;
  questions: readonly string[];
  lessonTitle: string;
}): ReactNode {
  const guidance = phaseKinds(phaseName).map((kind) => GUIDANCE[kind]);
  const kindsText = guidance.map((g) => g.label.toLowerCase()).join(', ');
  return (
    <div className={styles.cards}>
      <section className={styles.card} aria-labelledby="interviewer-card">
        <h3 id="interviewer-card" className={styles.cardTitle}>
          Interviewer
        </h3>
        <p className={styles.source}>Ask (from the lesson’s timeline for {lessonTitle}):</p>
        {questions.length > 0 ? (
          <ul>
            {questions.map((question) => (
              <li key={question}>{question}</li>
            ))}
          </ul>
        ) : (
          <p>The lesson lists no questions for this phase.</p>
        )}
        <p className={styles.source}>Probe and hint (general guidance for {kindsText}):</p>
        <ul>
          {guidance.map((g) => (
            <li key={g.label}>
              <strong>Probe:</strong> {g.probe} <strong>Hint:</strong> {g.hint}
            </li>
          ))}
        </ul>
      </section>
      <section className={styles.card} aria-labelledby="candidate-card">
        <h3 id="candidate-card" className={styles.cardTitle}>
          Candidate
        </h3>
        <p className={styles.source}>Produce (general guidance for {kindsText}):</p>
        <ul>
          {guidance.map((g) => (
            <li key={g.label}>{g.produce}</li>
          ))}
        </ul>
        <p className={styles.source}>The phase ends with:</p>
        <ul>
          {guidance.map((g) => (
            <li key={g.label}>{g.doneWhen}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
