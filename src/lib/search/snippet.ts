import {normalizeTerm} from './text';

/** A run of snippet text; `match` marks a whole word that matches a search term. */
export type SnippetPart = {text: string; match: boolean};

const WORD = /[\p{L}\p{N}]+/gu;

/** Whether a word of the text matches a (normalised) search term: the whole word, never a part. */
function matches(word: string, terms: ReadonlySet<string>): boolean {
  const term = normalizeTerm(word);
  return term !== null && terms.has(term);
}

/**
 * The part of `text` around its first run of matching words, at most about `maxLength` characters,
 * cut at word boundaries with an ellipsis where text was left out, split into plain and matching parts.
 */
export function snippetParts(text: string, terms: readonly string[], maxLength = 180): SnippetPart[] {
  const wanted = new Set(terms);
  const words = [...text.matchAll(WORD)];
  const first = words.find((word) => matches(word[0], wanted));
  let start = 0;
  if (first && first.index! > maxLength / 3) {
    const from = first.index! - Math.floor(maxLength / 3);
    start = words.find((word) => word.index! >= from)?.index ?? 0;
  }
  let end = Math.min(text.length, start + maxLength);
  if (end < text.length) {
    const cut = text.lastIndexOf(' ', end);
    if (cut > start) end = cut;
  }
  const parts: SnippetPart[] = [];
  const push = (part: string, match: boolean) => {
    if (!part) return;
    const last = parts[parts.length - 1];
    if (last && last.match === match && !match) last.text += part;
    else parts.push({text: part, match});
  };
  if (start > 0) push('… ', false);
  let position = start;
  for (const word of words) {
    const at = word.index!;
    if (at < start || at + word[0].length > end) continue;
    if (matches(word[0], wanted)) {
      push(text.slice(position, at), false);
      push(word[0], true);
      position = at + word[0].length;
    }
  }
  push(text.slice(position, end), false);
  if (end < text.length) push(' …', false);
  return parts;
}

/**
 * The section that matches the most distinct terms, a heading's own matches breaking a tie (then the
 * first), or undefined when none matches.
 */
export function bestSection<T extends {text: string; heading: string}>(sections: readonly T[], terms: readonly string[]): T | undefined {
  const wanted = new Set(terms);
  const found = (text: string) => {
    const seen = new Set<string>();
    for (const [word] of text.matchAll(WORD)) {
      const term = normalizeTerm(word);
      if (term && wanted.has(term)) seen.add(term);
    }
    return seen;
  };
  let best: {section: T; count: number; inHeading: number} | undefined;
  for (const section of sections) {
    const inHeading = found(section.heading).size;
    const count = found(`${section.heading} ${section.text}`).size;
    if (count > 0 && (!best || count > best.count || (count === best.count && inHeading > best.inHeading))) {
      best = {section, count, inHeading};
    }
  }
  return best?.section;
}
