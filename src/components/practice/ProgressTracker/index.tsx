import React, {useId, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {ProgressPageData} from '../../../../plugins/progress/practiceData';
import type {Progress} from '../../../lib/progress';
import {answeredCount, type SelfCheckMarks} from '../../../lib/selfCheck';
import {summarizeProgress} from '../../../lib/progressSummary';
import type {SharedProgress} from '../../../lib/shareCode';
import ProgressSummary from '../ProgressSummary';
import styles from './styles.module.css';

/** An outcome to announce, in the section it belongs to. */
export type Notice = {kind: 'ok' | 'error'; text: string; area: 'share' | 'file'};

function Status({notice, area}: {notice?: Notice; area: Notice['area']}): ReactNode {
  const shown = notice?.area === area ? notice : undefined;
  return (
    <p className={styles.status} role="status" aria-live="polite" data-kind={shown?.kind}>
      {shown?.text}
    </p>
  );
}

/**
 * The progress page's content. Plain data in: the site's lessons (`data`), the reader's own
 * progress (`mine`), a progress shared by link (`shared`, shown read-only beside the reader's), the
 * share link for the reader's own progress, and the export/import callbacks with their outcome.
 */
export type ProgressTrackerProps = {
  data: ProgressPageData;
  mine: Progress;
  /** The reader's self-check marks: each lesson's row shows how many of its questions are answered. */
  marks: SelfCheckMarks;
  shared: SharedProgress;
  shareName: string;
  onShareNameChange: (name: string) => void;
  shareUrl: string;
  onCopyShareUrl: () => void;
  onExport: () => void;
  onImport: (file: File) => void;
  /** The outcome of the last copy, export or import, announced in a live region. */
  notice?: Notice;
  /** False until the page can read and save (before hydration): the controls are disabled. */
  ready: boolean;
};

function SharedNotice({shared}: {shared: SharedProgress}): ReactNode {
  if (shared.kind === 'none') return null;
  if (shared.kind === 'error') {
    return (
      <div className={styles.notice} data-kind="error" role="alert">
        <strong>This progress link could not be read.</strong> {shared.message} Showing your own progress only.
      </div>
    );
  }
  return (
    <div className={styles.notice} data-kind="info">
      <p>
        Showing <strong>{shared.name}</strong>’s progress from the link they shared, beside yours. It is read-only: nothing
        of theirs is saved in this browser.
      </p>
      {shared.unknownCount > 0 && (
        <p>
          Their link also lists {shared.unknownCount} lesson{shared.unknownCount === 1 ? '' : 's'} this version of the
          guide does not have; {shared.unknownCount === 1 ? 'it is' : 'they are'} not counted.
        </p>
      )}
    </div>
  );
}

export default function ProgressTracker({
  data,
  mine,
  marks,
  shared,
  shareName,
  onShareNameChange,
  shareUrl,
  onCopyShareUrl,
  onExport,
  onImport,
  notice,
  ready,
}: ProgressTrackerProps): ReactNode {
  const nameId = useId();
  const linkId = useId();
  const fileId = useId();
  const theirs = shared.kind === 'shared' ? new Set(shared.lessonIds) : undefined;
  const sectionLabel = new Map(data.sections.map((section) => [section.id, section.label]));
  const mySummary = summarizeProgress(data.lessons, data.sections, (id) => mine.completed[id] !== undefined);
  return (
    <div className={styles.tracker}>
      <SharedNotice shared={shared} />
      <div className={styles.summaries}>
        <ProgressSummary summary={mySummary} title="Your progress" />
        {theirs && shared.kind === 'shared' && (
          <ProgressSummary
            summary={summarizeProgress(data.lessons, data.sections, (id) => theirs.has(id))}
            title={`${shared.name}’s progress (shared, read-only)`}
          />
        )}
      </div>

      <section aria-labelledby="progress-lessons">
        <h2 id="progress-lessons">Lessons</h2>
        <div className={styles.tableWrap}>
          <table className={`${styles.table} ${styles.cards}`}>
            <thead>
              <tr>
                <th scope="col">Lesson</th>
                <th scope="col">Section</th>
                <th scope="col">You</th>
                {theirs && shared.kind === 'shared' && <th scope="col">{shared.name}</th>}
                <th scope="col">Your self-checks answered</th>
              </tr>
            </thead>
            <tbody>
              {data.lessons.map((lesson) => {
                const day = mine.completed[lesson.id];
                return (
                  <tr key={lesson.id} data-lesson={lesson.id}>
                    <th scope="row">
                      <Link to={lesson.permalink}>{lesson.title}</Link>
                    </th>
                    <td data-label="Section">{sectionLabel.get(lesson.section) ?? lesson.section}</td>
                    <td data-label="You" data-done={day !== undefined || undefined}>
                      {day === undefined ? 'Not yet' : `Completed ${day}`}
                    </td>
                    {theirs && shared.kind === 'shared' && (
                      <td data-label={shared.name} data-done={theirs.has(lesson.id) || undefined}>
                        {theirs.has(lesson.id) ? 'Completed' : 'Not yet'}
                      </td>
                    )}
                    <td data-label="Self-checks answered" data-self-checks>
                      {lesson.selfCheckIds.length === 0
                        ? 'none in this lesson'
                        : `${answeredCount(lesson.selfCheckIds, marks)} of ${lesson.selfCheckIds.length}`}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="progress-share" className={styles.panel}>
        <h2 id="progress-share">Share your progress</h2>
        <p>
          Anyone who opens this link sees your completed lessons beside their own. The link holds the list itself: nothing
          is uploaded, and it does not change when you complete more lessons, so share a new one then.
        </p>
        <div className={styles.fields}>
          <label htmlFor={nameId}>Your name, as the link shows it (optional)</label>
          <input
            id={nameId}
            className={styles.input}
            type="text"
            maxLength={40}
            autoComplete="nickname"
            value={shareName}
            disabled={!ready}
            onChange={(event) => onShareNameChange(event.target.value)}
          />
          <label htmlFor={linkId}>Link to your progress ({shareUrl.length} characters)</label>
          <div className={styles.row}>
            <input
              id={linkId}
              className={styles.input}
              type="text"
              readOnly
              value={shareUrl}
              onFocus={(event) => event.currentTarget.select()}
            />
            <button type="button" className="button button--primary" disabled={!ready} onClick={onCopyShareUrl}>
              Copy link
            </button>
          </div>
        </div>
        <Status notice={notice} area="share" />
      </section>

      <section aria-labelledby="progress-backup" className={styles.panel}>
        <h2 id="progress-backup">Export and import</h2>
        <p>
          Your progress is kept in this browser only. Export it to a file (completed lessons, self-check marks and the drill
          schedule) to keep a copy or move it to another browser; importing a file adds what it holds to what is here
          (nothing is removed, a lesson completed in both keeps the earlier day, and a question marked here keeps its mark).
        </p>
        <div className={styles.row}>
          <button type="button" className="button button--secondary" disabled={!ready} onClick={onExport}>
            Export progress
          </button>
          <label htmlFor={fileId} className={styles.fileLabel}>
            Import a progress file
          </label>
          <input
            id={fileId}
            type="file"
            accept=".json,application/json"
            disabled={!ready}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) onImport(file);
              event.currentTarget.value = '';
            }}
          />
        </div>
        <Status notice={notice} area="file" />
      </section>
    </div>
  );
}
