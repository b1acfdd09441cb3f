import React, {type ReactNode} from 'react';
import type {AnswerBlock, AnswerInline} from '../../../lib/answerText';

function Inline({parts}: {parts: AnswerInline[]}): ReactNode {
  return parts.map((part, i) => {
    switch (part.kind) {
      case 'code':
        return <code key={i}>{part.text}</code>;
      case 'strong':
        return <strong key={i}>{part.text}</strong>;
      case 'em':
        return <em key={i}>{part.text}</em>;
      default:
        return <React.Fragment key={i}>{part.text}</React.Fragment>;
    }
  });
}

/** A worked answer read from its lesson at build time (src/lib/answerText.ts), as React elements. */
export default function AnswerView({blocks}: {blocks: AnswerBlock[]}): ReactNode {
  return blocks.map((block, i) => {
    if (block.kind === 'pre') return <pre key={i}>{block.text}</pre>;
    if (block.kind === 'p') {
      return (
        <p key={i}>
          <Inline parts={block.inline} />
        </p>
      );
    }
    const List = block.kind;
    return (
      <List key={i}>
        {block.items.map((item, j) => (
          <li key={j}>
            <Inline parts={item} />
          </li>
        ))}
      </List>
    );
  });
}
