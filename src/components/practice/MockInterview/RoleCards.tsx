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
  solo = false,
}: {
  phaseName: string;
  /** Practising alone: the candidate's card comes first and the interviewer's is revealed on demand. */
  solo?: boolean;
  questions: readonly string[];
  lessonTitle: string;
}): ReactNode {
  const guidance = phaseKinds(phaseName).map((kind) => GUIDANCE[kind]);
  const kindsText = guidance.map((g) => g.label.toLowerCase()).join(', ');
  const interviewer = (
    <>
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
    </>
  );
  const candidate = (
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
  );
  if (solo) {
    return (
      <div className={styles.cards}>
        {candidate}
        {/* Keyed by phase: each new phase starts with the interviewer's card hidden again. */}
        <details key={phaseName} className={styles.card}>
          <summary>Reveal the interviewer’s card for {phaseName} (questions and hints)</summary>
          <section aria-labelledby="interviewer-card">{interviewer}</section>
        </details>
      </div>
    );
  }
  return (
    <div className={styles.cards}>
      <section className={styles.card} aria-labelledby="interviewer-card">
        {interviewer}
      </section>
      {candidate}
    </div>
  );
}
