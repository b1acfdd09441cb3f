import React, {lazy, Suspense, type ReactNode} from 'react';
import type {Props} from '@theme/CodeBlock';
import PlainCodeBlock, {isPlainText} from '@site/src/components/PlainCodeBlock';

// The highlighter (Prism and its grammars, ~110 KB minified) loads only with a block that needs it.
const HighlightedCodeBlock = lazy(() => import('@theme-original/CodeBlock'));

/**
 * Most lesson code blocks are plain-text worked calculations: render those without a highlighter.
 * Others render the theme's block, server-side as usual and hydrated once its chunk arrives.
 */
export default function CodeBlock(props: Props): ReactNode {
  if (isPlainText(props)) {
    return <PlainCodeBlock>{props.children}</PlainCodeBlock>;
  }
  return (
    <Suspense fallback={<PlainCodeBlock>{props.children}</PlainCodeBlock>}>
      <HighlightedCodeBlock {...props} />
    </Suspense>
  );
}
