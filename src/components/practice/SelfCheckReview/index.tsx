import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {ReviewPageData, ReviewQuestion} from '../../../../plugins/progress/practiceData';
import type {SelfCheckMark, SelfCheckMarks} from '../../../lib/selfCheck';
import styles from './styles.module.css';

/**
 * The review page's content: the questions the reader marked "review again", grouped by lesson and
 * linked to their place in the lesson, then every question with its mark. `onMark` changes a mark
 * (here: "Knew it now" on a question under review).
 */
export type SelfCheckReviewProps = {
  data: ReviewPageData;
  marks: SelfCheckMarks;
  onMark: (questionId: string, mark: SelfCheckMark | null) => void;
  /** Why the last change was not saved, if it was not. */
  message?: string;
  ready: boolean;
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One line for the live region: what is marked, in numbers. */
export function reviewSummary(data: ReviewPageData, marks: SelfCheckMarks): string {
  const all = data.lessons.flatMap((lesson) => lesson.questions);
  const toReview = all.filter((question) => marks.marks[question.id] === 'review').length;
  const knew = all.filter((question) => marks.marks[question.id] === 'knew').length;
  const lessons = data.lessons.filter((lesson) => lesson.questions.some((q) => marks.marks[q.id] === 'review')).length;
  const review =
    toReview === 0
      ? 'No questions marked for review.'
      : `${plural(toReview, 'question')} to review in ${plural(lessons, 'lesson')}.`;
  return `${review} You knew ${knew} of ${all.length} questions.`;
}

function MarkLabel({mark}: {mark: SelfCheckMark | undefined}): ReactNode {
  if (!mark) return <span className={styles.mark}>not marked</span>;
  return (
    <span className={styles.mark} data-mark={mark}>
      {mark === 'knew' ? 'knew it' : 'review again'}
    </span>
  );
}

export default function SelfCheckReview({data, marks, onMark, message, ready}: SelfCheckReviewProps): ReactNode {
  const markOf = (question: ReviewQuestion) => marks.marks[question.id];
  const toReview = data.lessons
    .map((lesson) => ({...lesson, questions: lesson.questions.filter((question) => markOf(question) === 'review')}))
    .filter((lesson) => lesson.questions.length > 0);
  return (
    <div className={styles.review}>
      <p role="status" aria-live="polite" className={styles.summary}>
        {reviewSummary(data, marks)}
      </p>
      {message && (
        <p role="alert" className={styles.error}>
          {message}
        </p>
      )}
      <section aria-labelledby="to-review">
        <h2 id="to-review">To review</h2>
        {toReview.length === 0 ? (
          <p className={styles.empty}>
            Nothing to review yet. In any lesson, open a self-check question, read the answer and press{' '}
            <strong>Review again</strong>: the question is listed here until you mark it <strong>Knew it</strong>.
          </p>
        ) : (
          toReview.map((lesson) => (
            <div key={lesson.id} className={styles.lesson}>
              <h3 className={styles.lessonTitle}>
                <Link to={lesson.permalink}>{lesson.title}</Link>
              </h3>
              <ul className={styles.questions}>
                {lesson.questions.map((question) => (
                  <li key={question.id} className={styles.question}>
                    <Link to={question.href}>{question.question}</Link>
                    <button
                      type="button"
                      className={styles.knewButton}
                      disabled={!ready}
                      onClick={() => onMark(question.id, 'knew')}>
                      Knew it now<span className="visually-hidden">: {question.question}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))
        )}
      </section>
      <section aria-labelledby="every-question">
        <h2 id="every-question">Every question</h2>
        <p>All {data.lessons.reduce((sum, lesson) => sum + lesson.questions.length, 0)} self-check questions, by lesson, with your marks.</p>
        {data.lessons.map((lesson) => {
          const knew = lesson.questions.filter((question) => markOf(question) === 'knew').length;
          const review = lesson.questions.filter((question) => markOf(question) === 'review').length;
          return (
            <details key={lesson.id} className={styles.allLesson}>
              <summary>
                {lesson.title}{' '}
                <span className={styles.counts}>
                  ({plural(lesson.questions.length, 'question')}, {knew} knew it, {review} to review)
                </span>
              </summary>
              <ul className={styles.questions}>
                {lesson.questions.map((question) => (
                  <li key={question.id} className={styles.question}>
                    <Link to={question.href}>{question.question}</Link> <MarkLabel mark={markOf(question)} />
                  </li>
                ))}
              </ul>
            </details>
          );
        })}
      </section>
    </div>
  );
}
