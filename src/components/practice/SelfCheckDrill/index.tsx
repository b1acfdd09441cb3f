import React, {useEffect, useRef, useState, type KeyboardEvent, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {AnswerBlock} from '../../../lib/answerText';
import type {DrillAnswer} from '../../../lib/drills';
import AnswerView from './AnswerView';
import styles from './styles.module.css';

/** A question as the drill shows it: its text, its lesson, its place there and its worked answer. */
export type DrillQuestion = {id: string; question: string; href: string; lessonTitle: string; answer: AnswerBlock[]};

/**
 * The drill on /practice/review: the questions due today (`due`, in the order to ask them), one at a
 * time, the answer hidden until asked, then "Knew it" / "Review again" (`onAnswer`). Starting takes
 * a copy of `due`, so answering does not reshuffle the round. Keys while the drill has focus:
 * S shows the answer, K knew it, R review again. `reviewing` counts every question under review,
 * `nextDue` is the next day one comes back when none is due.
 */
export type SelfCheckDrillProps = {
  due: DrillQuestion[];
  reviewing: number;
  nextDue?: string;
  onAnswer: (questionId: string, answer: DrillAnswer) => void;
  /** Why the last answer was not saved, if it was not. */
  message?: string;
  /** False until the page can read and save (before hydration): the drill cannot start. */
  ready: boolean;
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One line for the live region: what is due, or when something will be. */
export function dueSummary(due: number, reviewing: number, nextDue?: string): string {
  if (reviewing === 0) return 'No questions under review, so nothing is due.';
  if (due > 0) return `${plural(due, 'question')} due today, of ${reviewing} under review.`;
  return `Nothing due today; ${plural(reviewing, 'question')} under review${nextDue ? `, the next due on ${nextDue}` : ''}.`;
}

type Round = {queue: DrillQuestion[]; index: number; revealed: boolean; knew: number; again: number};

export default function SelfCheckDrill({due, reviewing, nextDue, onAnswer, message, ready}: SelfCheckDrillProps): ReactNode {
  const [round, setRound] = useState<Round | undefined>();
  const focusTarget = useRef<HTMLElement | null>(null);
  const focusKey = round ? `${round.index}:${round.revealed}` : 'idle';
  useEffect(() => {
    if (round) focusTarget.current?.focus();
    // Focus follows the round: the new question, the revealed answer, or the summary at the end.
  }, [focusKey]);

  const current = round && round.index < round.queue.length ? round.queue[round.index] : undefined;
  const reveal = () => setRound((r) => r && {...r, revealed: true});
  const answer = (value: DrillAnswer) => {
    if (!round || !current || !round.revealed) return;
    onAnswer(current.id, value);
    setRound({
      ...round,
      index: round.index + 1,
      revealed: false,
      knew: round.knew + (value === 'knew' ? 1 : 0),
      again: round.again + (value === 'review' ? 1 : 0),
    });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!current || event.altKey || event.ctrlKey || event.metaKey) return;
    const key = event.key.toLowerCase();
    if (key === 's' && !round?.revealed) reveal();
    else if (key === 'k') answer('knew');
    else if (key === 'r') answer('review');
    else return;
    event.preventDefault();
  };

  return (
    <section aria-labelledby="drill" className={styles.drill} onKeyDown={onKeyDown}>
      <h2 id="drill">Drill</h2>
      <p role="status" aria-live="polite" className={styles.due}>
        {dueSummary(due.length, reviewing, nextDue)}
      </p>
      <p className={styles.how}>
        Questions you mark “Review again” come back the next day; each “Knew it” in a drill sends one further away (3, 7,
        then 14 days), and “Knew it” after 14 days takes it off the list. “Review again” starts it over.
      </p>
      {message && (
        <p role="alert" className={styles.error}>
          {message}
        </p>
      )}
      {!round && (
        <button
          type="button"
          className="button button--primary"
          disabled={!ready || due.length === 0}
          onClick={() => setRound({queue: due, index: 0, revealed: false, knew: 0, again: 0})}>
          Start drill{due.length > 0 ? ` (${plural(due.length, 'question')})` : ''}
        </button>
      )}
      {round && current && (
        <div className={styles.card} data-drill-card>
          <p className={styles.position}>
            Question {round.index + 1} of {round.queue.length} · from <Link to={current.href}>{current.lessonTitle}</Link>
          </p>
          <h3
            className={styles.question}
            tabIndex={-1}
            ref={(node) => {
              if (!round.revealed) focusTarget.current = node;
            }}>
            {current.question}
          </h3>
          {!round.revealed ? (
            <button type="button" className="button button--secondary" onClick={reveal} aria-keyshortcuts="S">
              Show answer
            </button>
          ) : (
            <>
              <div
                className={styles.answer}
                role="region"
                aria-label="Answer"
                tabIndex={-1}
                ref={(node) => {
                  focusTarget.current = node;
                }}>
                <AnswerView blocks={current.answer} />
              </div>
              <div className={styles.answers} role="group" aria-label="How did you do?">
                <button type="button" className="button button--primary" onClick={() => answer('knew')} aria-keyshortcuts="K">
                  Knew it
                </button>
                <button type="button" className="button button--secondary" onClick={() => answer('review')} aria-keyshortcuts="R">
                  Review again
                </button>
              </div>
            </>
          )}
          <p className={styles.keys}>
            Keys: <kbd>S</kbd> show the answer, <kbd>K</kbd> knew it, <kbd>R</kbd> review again.
          </p>
        </div>
      )}
      {round && !current && (
        <div className={styles.card}>
          <h3
            tabIndex={-1}
            ref={(node) => {
              focusTarget.current = node;
            }}>
            Drill done
          </h3>
          <p>
            {plural(round.queue.length, 'question')}: {round.knew} knew it, {round.again} to review again.
          </p>
          <button type="button" className="button button--secondary" onClick={() => setRound(undefined)}>
            Close the drill
          </button>
        </div>
      )}
    </section>
  );
}
