import {readField, textOf, type Field, type Values} from './fields';

/**
 * A calculator's inputs in the page address, so a study group can compare assumptions by sending
 * links: `?capacity.dailyUsers=200000000&capacity.peakFactor=5#calculator-capacity`. Each calculator
 * reads only the parameters under its own prefix, so several share one page. Every value is read by
 * the field's own rule; one that fails (junk, negative, too large) is replaced by the lesson's value,
 * and the reader is told which.
 */

/** Longer values are not something a calculator wrote; they are not even looked at. */
export const MAX_SHARED_VALUE_LENGTH = 40;

export type SharedInputs = {
  /** Whether the address names this calculator at all. */
  present: boolean;
  /** The text of every field: from the link where usable, else the lesson's value. */
  texts: Record<string, string>;
  /** One sentence per value that could not be used, for the reader. */
  notices: string[];
};

function shown(text: string): string {
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').trim();
  return clean.length > 24 ? `${clean.slice(0, 24)}…` : clean;
}

/** Reads the inputs of the calculator with `prefix` from a query string, falling back field by field. */
export function readSharedInputs(
  search: string,
  prefix: string,
  fields: readonly Field[],
  defaults: Readonly<Values>,
): SharedInputs {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const texts: Record<string, string> = {};
  const notices: string[] = [];
  let present = false;
  for (const field of fields) {
    const fallback = textOf(field, defaults[field.key]);
    const raw = params.get(`${prefix}.${field.key}`);
    if (raw === null) {
      texts[field.key] = fallback;
      continue;
    }
    present = true;
    const usable = raw.length <= MAX_SHARED_VALUE_LENGTH && readField(field, raw).ok;
    texts[field.key] = usable ? raw : fallback;
    if (!usable) {
      notices.push(`${field.label}: "${shown(raw)}" is not a usable value, so the lesson's ${fallback} is used.`);
    }
  }
  const known = new Set(fields.map((field) => `${prefix}.${field.key}`));
  const unknown = [...new Set([...params.keys()].filter((key) => key.startsWith(`${prefix}.`) && !known.has(key)))];
  if (unknown.length > 0) {
    present = true;
    notices.push(`The link names ${unknown.length === 1 ? 'an input' : 'inputs'} this calculator does not have (${unknown.map(shown).join(', ')}); ignored.`);
  }
  return {present, texts, notices};
}

/** The query string (without "?") that gives these inputs to the calculator with `prefix`. */
export function shareQuery(prefix: string, fields: readonly Field[], values: Readonly<Values>): string {
  const params = new URLSearchParams();
  for (const field of fields) {
    const value = values[field.key];
    params.set(`${prefix}.${field.key}`, typeof value === 'number' ? String(value) : value);
  }
  return params.toString();
}

/** The full address to share: the page (its canonical URL when known), the inputs, the calculator's anchor. */
export function shareUrl(pageHref: string, query: string, anchor: string): string {
  const url = new URL(pageHref);
  url.search = query;
  url.hash = anchor;
  return url.href;
}
