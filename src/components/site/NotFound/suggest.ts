import leven from 'leven';
import type {LessonLink} from '../../../../plugins/lesson-catalog/home';

/**
 * A typed address longer than this (after decoding) is not a mistyped lesson: it is not compared.
 * The longest lesson slug is under 40 characters.
 */
export const MAX_TYPED_LENGTH = 80;

/**
 * Lower-case words of a path part or id, digits apart from letters: "Metrcs.html" -> ["metrcs"],
 * "ad_clik-Prediction" -> ["ad", "clik", "prediction"], "text2image" -> ["text", "2", "image"].
 */
export function wordsOf(text: string): string[] {
  let decoded = text;
  try {
    decoded = decodeURIComponent(text);
  } catch {
    // A malformed escape in a typed address: compare it as it is.
  }
  return decoded
    .toLowerCase()
    .replace(/\.html?$/, '')
    .match(/[a-z]+|[0-9]+/g) ?? [];
}

/**
 * The words of the last part of a missing path, the slug the reader mistyped; [] when there is none
 * or it is too long to be one. "/guide/case-studies/Ad-Clik-Prediction/" -> ["ad", "clik", "prediction"].
 */
export function typedSlug(pathname: string, baseUrl = '/'): string[] {
  const relative = pathname.startsWith(baseUrl) ? pathname.slice(baseUrl.length) : pathname;
  const last = relative.split('/').filter(Boolean).at(-1) ?? '';
  if (last.length > MAX_TYPED_LENGTH * 3) return [];
  const words = wordsOf(last);
  return words.join('-').length > MAX_TYPED_LENGTH ? [] : words;
}

/** 1 for the same text, falling by the share of characters to change (Levenshtein), 0 for nothing alike. */
export function closeness(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 0 : 1 - leven(a, b) / longest;
}

/** A typed word counts as a slug's word from this closeness on: one typo in five letters ("clik" for "click"). */
const WORD_MATCH = 0.8;

/** Words of this many letters or more also match as the start of a longer one: "store", "experiments". */
const MIN_PREFIX = 4;

/**
 * The closeness of two words, or of the shorter to the start of the longer when that is closer:
 * "store" is 1 to "stores", "experiments" 0.91 to "experimentation".
 */
export function wordCloseness(a: string, b: string): number {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  const asStart = shorter.length >= MIN_PREFIX ? closeness(shorter, longer.slice(0, shorter.length)) : 0;
  return Math.max(closeness(a, b), asStart);
}

/**
 * The whole slugs count as alike from this closeness on: a typo or two ("autocompelte", "text2image").
 * Below it, slugs of the same length alike only by chance ("-ation", "-ing") would look close.
 */
const WHOLE_MATCH = 0.7;

/**
 * How close a typed slug is to a lesson's, from 0 to 1: the better of the whole slugs compared
 * letter by letter (a typo anywhere; 0 below WHOLE_MATCH) and their words matched one by one (words
 * left out or added: "monitoring" for "monitoring-and-drift", "rag-pipeline" for "rag"). For the
 * words, each typed word takes its closest lesson word if close enough; the score is the mean of the
 * share of the typed letters and the share of the lesson's letters so matched.
 */
export function slugCloseness(typed: readonly string[], lesson: readonly string[]): number {
  const whole = closeness(typed.join('-'), lesson.join('-'));
  const letters = (words: readonly string[]) => words.reduce((sum, word) => sum + word.length, 0);
  let matched = 0;
  for (const word of typed) {
    // The closest lesson word; a match counts the letters of the shorter of the two words.
    let best = {score: 0, letters: 0};
    for (const candidate of lesson) {
      const score = wordCloseness(word, candidate);
      if (score > best.score) best = {score, letters: Math.min(word.length, candidate.length)};
    }
    if (best.score >= WORD_MATCH) matched += best.letters * best.score;
  }
  // Capped: typed words repeated ("ranking-ranking") can match one lesson word more than once.
  const share = (words: readonly string[]) => (letters(words) === 0 ? 0 : Math.min(1, matched / letters(words)));
  const byWords = (share(typed) + share(lesson)) / 2;
  return Math.max(whole >= WHOLE_MATCH ? whole : 0, byWords);
}

/** Below this a lesson is not close: unrelated slugs share a short word or a few letters by chance. */
export const MIN_CLOSENESS = 0.5;

/**
 * The lessons whose slug is closest to the last part of a missing path, best first, at most `limit`;
 * none when no slug is close. The section in the path is ignored: a lesson typed under the wrong
 * section is still found, and a mistyped slug is not drowned by every lesson of its section.
 */
export function suggestLessons(pathname: string, lessons: readonly LessonLink[], baseUrl = '/', limit = 5): LessonLink[] {
  const typed = typedSlug(pathname, baseUrl);
  if (typed.length === 0) return [];
  return lessons
    .map((lesson, index) => ({lesson, index, score: slugCloseness(typed, wordsOf(lesson.id.split('/').at(-1) ?? ''))}))
    .filter(({score}) => score >= MIN_CLOSENESS)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map(({lesson}) => lesson);
}
