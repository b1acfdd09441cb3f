import {stemmer} from 'stemmer';

/**
 * Words too common in interview questions to say what a reader is looking for ("how do I design
 * a system for ..."). Dropped from queries and from the index alike.
 */
const STOP_WORDS = new Set(
  ('a an and are as at be by can do does for from how i in is it its of on or should the this to ' +
    'vs versus what when which why with we you my our your design').split(' '),
);

/** Splits text into words: letters and digits, so "A/B", "top-k" and "LLM-as-judge" become words. */
export function tokenize(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The form a word is indexed and searched under (lower case, Porter stem), or null for a stop word. */
export function normalizeTerm(word: string): string | null {
  const lower = word.toLowerCase();
  if (STOP_WORDS.has(lower)) return null;
  return /^\p{L}+$/u.test(lower) ? stemmer(lower) : lower;
}

/**
 * Other names readers type for what a lesson calls something else: each phrase in the query adds
 * the words of its expansions. Small on purpose, kept beside the query set that measures it.
 */
export const SYNONYMS: Readonly<Record<string, string>> = {
  typeahead: 'autocomplete',
  'napkin math': 'back-of-the-envelope estimation',
  'right to be forgotten': 'right to erasure deletion',
  'more like this': 'similar item-to-item',
  'split testing': 'A/B testing',
  'ab testing': 'A/B testing',
  bandits: 'multi-armed bandit',
  'adapter fine-tuning': 'LoRA PEFT',
  evals: 'evaluation',
  'vector search': 'approximate nearest neighbor vector index',
  'nearest neighbor search': 'approximate nearest neighbor',
  lookalike: 'lookalike cold start',
  ann: 'approximate nearest neighbor',
  midjourney: 'text-to-image',
};

/** The query with the expansions of every synonym phrase it contains appended. */
export function expandSynonyms(query: string): string {
  const words = ` ${tokenize(query.toLowerCase()).join(' ')} `;
  const additions = Object.entries(SYNONYMS)
    .filter(([phrase]) => words.includes(` ${tokenize(phrase).join(' ')} `))
    .map(([, expansion]) => expansion);
  return [query, ...additions].join(' ');
}
