import React, {type ReactNode} from 'react';
import {snippetParts} from '@site/src/lib/search/snippet';

/** A quoted passage with the words that match the search marked (as text: never parsed as HTML). */
export default function Snippet({text, terms, className}: {text: string; terms: readonly string[]; className?: string}): ReactNode {
  return (
    <p className={className}>
      {snippetParts(text, terms).map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <React.Fragment key={index}>{part.text}</React.Fragment>))}
    </p>
  );
}
