import React, {type ReactNode} from 'react';
import styles from './styles.module.css';

/**
 * Every fenced code block of the site: plain text (most lesson blocks are worked calculations), or
 * tokens that plugins/shiki-highlight coloured when the site was built. Either way the page needs no
 * highlighter. Focusable, so keyboard users can scroll a wide block.
 */
export default function StaticCodeBlock({children, className}: {children?: ReactNode; className?: string}): ReactNode {
  const parts = React.Children.toArray(children);
  const text = parts.every((part) => typeof part === 'string') ? parts.join('').replace(/\n$/, '') : children;
  return (
    <pre className={styles.block} tabIndex={0}>
      <code className={className}>{text}</code>
    </pre>
  );
}
