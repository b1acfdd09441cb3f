import React, {useEffect, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {announce, copyText, sectionUrl} from './copy';
import styles from './styles.module.css';

/**
 * A small button beside a heading that copies the section's canonical link. Hidden until the
 * heading is hovered or the button has keyboard focus; says "Link copied" to screen readers.
 */
export type CopySectionLinkProps = {anchor: string};

export default function CopySectionLink({anchor}: CopySectionLinkProps): ReactNode {
  const [copied, setCopied] = useState(false);
  const reset = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(reset.current), []);
  const copy = async (): Promise<void> => {
    const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
    const url = sectionUrl(canonical, window.location.href, anchor);
    const ok = await copyText(url);
    if (!ok) {
      // Put the link where the reader can copy it by hand.
      window.history.replaceState(window.history.state, '', `#${anchor}`);
    }
    announce(ok ? 'Link copied' : 'Could not copy; the link is in the address bar');
    setCopied(ok);
    clearTimeout(reset.current);
    reset.current = setTimeout(() => setCopied(false), 2000);
  };
  return (
    <button
      type="button"
      className={clsx('copy-section-link', styles.button)}
      aria-label="Copy link to this section"
      title={copied ? 'Link copied' : 'Copy link to this section'}
      data-copied={copied ? 'true' : undefined}
      onClick={copy}>
      <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        {copied ? (
          <path d="M5 12.5l4.5 4.5L19 7.5" />
        ) : (
          <path d="M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1 1M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1-1" />
        )}
      </svg>
    </button>
  );
}
