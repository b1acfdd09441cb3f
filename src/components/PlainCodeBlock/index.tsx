import React, {type ReactNode} from 'react';
import styles from './styles.module.css';

/** The code block props that decide whether syntax highlighting has anything to do. */
export type CodeBlockLike = {
  className?: string;
  language?: string;
  metastring?: string;
  title?: ReactNode;
  showLineNumbers?: boolean | number;
  children?: ReactNode;
};

const PLAIN_LANGUAGES = new Set(['', 'text', 'txt', 'plain', 'plaintext']);

function languageOf({className, language}: CodeBlockLike): string {
  if (language) {
    return language;
  }
  return /(?:^|\s)language-([\w-]+)/.exec(className ?? '')?.[1] ?? '';
}

/**
 * True when a block is plain text with no title, line numbers or highlighted lines: it needs no
 * syntax highlighter, so the page does not have to load one.
 */
export function isPlainText(props: CodeBlockLike): boolean {
  return (
    PLAIN_LANGUAGES.has(languageOf(props).toLowerCase()) &&
    !props.title &&
    !props.showLineNumbers &&
    !(props.metastring ?? '').trim() &&
    (typeof props.children === 'string' || Array.isArray(props.children))
  );
}

/** A preformatted block with Infima's code styling; focusable so keyboard users can scroll it. */
export default function PlainCodeBlock({children}: {children?: ReactNode}): ReactNode {
  const text = Array.isArray(children) ? children.join('') : children;
  return (
    <pre className={styles.plain} tabIndex={0}>
      <code>{typeof text === 'string' ? text.replace(/\n$/, '') : text}</code>
    </pre>
  );
}
