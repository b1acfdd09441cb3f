/**
 * A self-check answer as plain data, for the drill on /practice/review, which shows answers away
 * from their lesson. The build reads each answer's MDX source into these blocks; the page renders
 * them as React elements (never as HTML). Only what answers use is understood: paragraphs, fenced
 * code, bulleted and numbered lists, `code`, **bold**, *italic* and [links](…) (kept as their text).
 * Anything else stays as its literal text.
 */

export type AnswerInline = {kind: 'text' | 'code' | 'strong' | 'em'; text: string};

export type AnswerBlock =
  | {kind: 'p'; inline: AnswerInline[]}
  | {kind: 'pre'; text: string}
  | {kind: 'ul' | 'ol'; items: AnswerInline[][]};

const INLINE = /`([^`]+)`|\*\*([^*]+)\*\*|(?<![\w*])\*([^*\s][^*]*?)\*(?![\w*])|\[([^\]]+)\]\([^)\s]*\)/g;

/** Inline markdown of one paragraph or list item (lines already joined with spaces). */
export function parseInline(text: string): AnswerInline[] {
  const parts: AnswerInline[] = [];
  const pushText = (value: string) => {
    if (!value) return;
    const last = parts[parts.length - 1];
    if (last?.kind === 'text') last.text += value;
    else parts.push({kind: 'text', text: value});
  };
  let at = 0;
  for (const match of text.matchAll(INLINE)) {
    pushText(text.slice(at, match.index));
    const [, code, strong, em, link] = match;
    if (code !== undefined) parts.push({kind: 'code', text: code});
    else if (strong !== undefined) parts.push({kind: 'strong', text: strong});
    else if (em !== undefined) parts.push({kind: 'em', text: em});
    else pushText(link);
    at = match.index + match[0].length;
  }
  pushText(text.slice(at));
  return parts;
}

const BULLET = /^\s*[-*]\s+/;
const NUMBER = /^\s*\d+[.)]\s+/;

function listOrParagraph(lines: string[]): AnswerBlock {
  for (const [kind, marker] of [['ul', BULLET], ['ol', NUMBER]] as const) {
    if (marker.test(lines[0])) {
      const items: string[] = [];
      for (const line of lines) {
        if (marker.test(line)) items.push(line.replace(marker, ''));
        else items[items.length - 1] += ` ${line.trim()}`;
      }
      return {kind, items: items.map((item) => parseInline(item.trim()))};
    }
  }
  return {kind: 'p', inline: parseInline(lines.map((line) => line.trim()).join(' '))};
}

/** The blocks of an answer's MDX source. */
export function parseAnswer(source: string): AnswerBlock[] {
  const blocks: AnswerBlock[] = [];
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push(listOrParagraph(paragraph));
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i += 1) {
    const fence = /^\s*(```|~~~)/.exec(lines[i]);
    if (fence) {
      flush();
      const code: string[] = [];
      for (i += 1; i < lines.length && !lines[i].trim().startsWith(fence[1]); i += 1) code.push(lines[i]);
      blocks.push({kind: 'pre', text: code.join('\n')});
    } else if (lines[i].trim() === '') {
      flush();
    } else {
      paragraph.push(lines[i]);
    }
  }
  flush();
  return blocks;
}
