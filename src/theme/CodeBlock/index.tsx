import React, {type ReactNode} from 'react';
import type {Props} from '@theme/CodeBlock';
import StaticCodeBlock from '@site/src/components/lesson/StaticCodeBlock';

/**
 * Code blocks are highlighted when the site is built (plugins/shiki-highlight), so the theme's
 * Prism-based block, and Prism itself, never reach a reader's browser.
 */
export default function CodeBlock({children, className}: Props): ReactNode {
  return <StaticCodeBlock className={className}>{children}</StaticCodeBlock>;
}
