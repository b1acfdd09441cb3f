import React, {type ComponentProps, type ReactNode} from 'react';
import styles from './styles.module.css';

/**
 * Markdown tables wider than the screen scroll sideways. The scrolling box is focusable so keyboard
 * users can scroll it too (WCAG 2.1.1); it has no landmark role, since a page can hold dozens of
 * tables and landmarks must be few and uniquely named.
 */
export default function ScrollableTable(props: ComponentProps<'table'>): ReactNode {
  return (
    <div className={styles.scroll} tabIndex={0}>
      <table {...props} />
    </div>
  );
}
