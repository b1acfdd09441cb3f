import React, {type ReactNode, type Ref} from 'react';
import {phaseKinds, rubricLevels} from './guidance';
import {MAX_NOTE_CHARS, type InterviewDraft, type Score} from './sessions';
import {formatClock} from './timer';
import styles from './styles.module.css';

export type RubricProps = {
  draft: InterviewDraft;
  /** Time spent in each phase (ms). */
  durations: readonly number[];
  onScore: (phaseIndex: number, score: Score) => void;
  onNotes: (phaseIndex: number, notes: string) => void;
  onSummary: (summary: string) => void;
  onSave: () => void;
  onDiscard: () => void;
  headingRef?: Ref<HTMLHeadingElement>;
};

/** The scoring form after an interview: per phase a 1–4 score with descriptors and notes, then a summary. */
export default function Rubric({draft, durations, onScore, onNotes, onSummary, onSave, onDiscard, headingRef}: RubricProps): ReactNode {
  return (
    <section aria-labelledby="rubric-heading" className={styles.panel}>
      <h2 id="rubric-heading" ref={headingRef} tabIndex={-1}>
        Score the interview
      </h2>
      <p>
        Score each phase from 1 to 4 and add notes; the notes typed during the interview are already here. Then
        save the interview to keep it in this browser.
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSave();
        }}>
        {draft.phases.map((phase, index) => {
          const levels = rubricLevels(phaseKinds(phase.name));
          const describedBy = `rubric-${index}-time`;
          return (
            <fieldset key={phase.name} className={styles.rubricPhase} aria-describedby={describedBy}>
              <legend className={styles.legend}>
                {index + 1}. {phase.name}
              </legend>
              <p id={describedBy} className={styles.rubricTime}>
                Planned {phase.minutes} min, spent {formatClock(durations[index] ?? 0)}.
              </p>
              <div className={styles.levels}>
                {levels.map((level) => (
                  <label key={level.score} className={styles.level}>
                    <input
                      type="radio"
                      name={`score-${index}`}
                      value={level.score}
                      checked={draft.scores[index] === level.score}
                      onChange={() => onScore(index, level.score)}
                    />
                    <span>
                      <strong>
                        {level.score} {level.label}
                      </strong>
                      : {level.descriptor}
                    </span>
                  </label>
                ))}
              </div>
              <label className={styles.noteLabel} htmlFor={`rubric-notes-${index}`}>
                Notes on {phase.name}
              </label>
              <textarea
                id={`rubric-notes-${index}`}
                className={styles.textarea}
                rows={3}
                maxLength={MAX_NOTE_CHARS}
                value={draft.notes[index] ?? ''}
                onChange={(event) => onNotes(index, event.target.value)}
              />
            </fieldset>
          );
        })}
        <label className={styles.noteLabel} htmlFor="rubric-summary">
          Overall summary
        </label>
        <textarea
          id="rubric-summary"
          className={styles.textarea}
          rows={4}
          maxLength={MAX_NOTE_CHARS}
          value={draft.summary}
          onChange={(event) => onSummary(event.target.value)}
        />
        <div className={styles.controls}>
          <button type="submit" className="button button--primary">
            Save interview
          </button>
          <button type="button" className="button button--secondary" onClick={onDiscard}>
            Discard interview
          </button>
        </div>
      </form>
    </section>
  );
}
