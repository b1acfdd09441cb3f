import React, {useId, useRef, useState, type ReactNode} from 'react';
import {downloadFile} from '../../../lib/downloadFile';
import styles from './styles.module.css';

/**
 * "Copy link" and "Download .ics" for one plan. The link and the file are made when the reader asks
 * (a ready plan starts on the day it is copied). When the clipboard is unavailable or refused, the
 * link appears in a selected read-only field to copy by hand. `planName` tells the buttons apart for
 * screen readers; `alwaysShowLink` shows the field from the start (the builder does).
 */
export type PlanActionsProps = {
  planName: string;
  getLink: () => string;
  /** The calendar file and its name; without them there is no download button (the group board). */
  getIcs?: () => string;
  fileName?: string;
  alwaysShowLink?: boolean;
  /** What the link field is called ("Link to this plan"). */
  linkLabel?: string;
  /** Writes text to the clipboard; resolves false when it could not. */
  writeClipboard?: (text: string) => Promise<boolean>;
  /** Offers a file for download. */
  saveFile?: (fileName: string, text: string, type: string) => void;
};

export async function clipboardWrite(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) {
      return false;
    }
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export default function PlanActions({
  planName,
  getLink,
  getIcs,
  fileName,
  alwaysShowLink = false,
  linkLabel = 'Link to this plan',
  writeClipboard = clipboardWrite,
  saveFile = downloadFile,
}: PlanActionsProps): ReactNode {
  const [message, setMessage] = useState('');
  const [fallbackLink, setFallbackLink] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const fieldId = useId();
  const shownLink = alwaysShowLink ? getLink() : fallbackLink;

  const copy = async (): Promise<void> => {
    const link = getLink();
    if (await writeClipboard(link)) {
      setFallbackLink(null);
      setMessage(`Link copied (${link.length} characters).`);
      return;
    }
    setFallbackLink(link);
    setMessage('Could not copy automatically: the link is selected below, press Ctrl+C (⌘C on a Mac) to copy it.');
    // Wait for the field to render, then select it for a manual copy.
    requestAnimationFrame(() => {
      field.current?.focus();
      field.current?.select();
    });
  };

  const download = (): void => {
    if (!getIcs || !fileName) return;
    saveFile(fileName, getIcs(), 'text/calendar;charset=utf-8');
    setMessage(`Calendar file ${fileName} downloaded.`);
  };

  return (
    <div className={styles.actions}>
      <div className={styles.buttons}>
        <button type="button" className="button button--primary button--sm" onClick={copy}>
          Copy link<span className="visually-hidden"> to {planName}</span>
        </button>
        {getIcs && fileName && (
          <button type="button" className="button button--secondary button--sm" onClick={download}>
            Download .ics<span className="visually-hidden"> calendar for {planName}</span>
          </button>
        )}
      </div>
      {shownLink !== null && (
        <div className={styles.linkField}>
          <label htmlFor={fieldId}>
            {linkLabel} ({shownLink.length} characters)
          </label>
          <input
            id={fieldId}
            ref={field}
            className={styles.link}
            type="text"
            readOnly
            value={shownLink}
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
      )}
      <p className={styles.message} role="status" aria-live="polite">
        {message}
      </p>
    </div>
  );
}
