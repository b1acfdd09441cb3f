import React, {type ReactNode, type Ref} from 'react';
import {averageScore, localTime} from './report';
import type {SavedInterview} from './sessions';
import {spokenDuration} from './timer';
import styles from './styles.module.css';

export type SavedInterviewsProps = {
  saved: readonly SavedInterview[];
  /** False while an interview is running or being scored: reopening would replace it. */
  canOpen: boolean;
  onOpen: (id: string) => void;
  onDelete: (id: string) => void;
  onExport: (session: SavedInterview | null, format: 'md' | 'json') => void;
  headingRef?: Ref<HTMLHeadingElement>;
};

/** The interviews saved in this browser, newest first, each to reopen, export or delete. */
export default function SavedInterviews({saved, canOpen, onOpen, onDelete, onExport, headingRef}: SavedInterviewsProps): ReactNode {
  return (
    <section aria-labelledby="saved-heading" className={styles.panel}>
      <h2 id="saved-heading" ref={headingRef} tabIndex={-1}>
        Saved interviews
      </h2>
      {saved.length === 0 ? (
        <p>No saved interviews in this browser yet. Finish and save one, and it appears here.</p>
      ) : (
        <>
          <p>
            Kept in this browser only, newest first (at most 30).{' '}
            {!canOpen && 'Finish or discard the current interview to reopen a saved one.'}
          </p>
          <div className={styles.controls}>
            <button type="button" className="button button--secondary button--sm" onClick={() => onExport(null, 'md')}>
              Export all as Markdown
            </button>
            <button type="button" className="button button--secondary button--sm" onClick={() => onExport(null, 'json')}>
              Export all as JSON
            </button>
          </div>
          <ul className={styles.savedList}>
            {saved.map((session) => {
              const when = localTime(session.startedAt);
              const average = averageScore(session);
              const context = (
                <span className="visually-hidden">
                  {' '}
                  {session.caseTitle}, {when}
                </span>
              );
              return (
                <li key={session.id} className={styles.savedItem}>
                  <h3 className={styles.savedTitle}>{session.caseTitle}</h3>
                  <p className={styles.savedFacts}>
                    {when} · {spokenDuration(session.totalSeconds * 1000)} ·{' '}
                    {average === null ? 'not scored' : `average score ${average} of 4`}
                  </p>
                  <div className={styles.controls}>
                    <button
                      type="button"
                      className="button button--secondary button--sm"
                      aria-disabled={!canOpen || undefined}
                      onClick={() => canOpen && onOpen(session.id)}>
                      Reopen{context}
                    </button>
                    <button type="button" className="button button--secondary button--sm" onClick={() => onExport(session, 'md')}>
                      Markdown{context}
                    </button>
                    <button type="button" className="button button--secondary button--sm" onClick={() => onExport(session, 'json')}>
                      JSON{context}
                    </button>
                    <button type="button" className="button button--secondary button--sm" onClick={() => onDelete(session.id)}>
                      Delete{context}
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
