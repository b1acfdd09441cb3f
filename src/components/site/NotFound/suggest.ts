import type {LessonLink} from '../../../../plugins/lesson-catalog/home';

/** Lower-case words of a path or id: "/ML-System-Design/metrcs.html" -> ["ml", "system", "design", "metrcs"]. */
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
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i += 1) {
    const pair = text.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** Dice similarity of the letter pairs of two strings, from 0 (nothing shared) to 1 (the same). */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const pairsA = bigrams(a);
  const pairsB = bigrams(b);
  let shared = 0;
  for (const [pair, count] of pairsA) shared += Math.min(count, pairsB.get(pair) ?? 0);
  const total = Math.max(a.length - 1, 0) + Math.max(b.length - 1, 0);
  return total === 0 ? 0 : (2 * shared) / total;
}

/** Below this a lesson is not shown as a match: unrelated slugs share a few letter pairs by chance. */
const MIN_SCORE = 0.35;

/**
 * The lessons whose URL is closest to a missing path, best first: each lesson scores the better of
 * its slug against the path's last part (a mistyped or renamed lesson) and its whole id against the
 * whole path (a lesson moved to another section). Lessons below MIN_SCORE are left out.
 */
export function suggestLessons(pathname: string, lessons: readonly LessonLink[], baseUrl = '/', limit = 5): LessonLink[] {
  const relative = pathname.startsWith(baseUrl) ? pathname.slice(baseUrl.length) : pathname;
  const words = wordsOf(relative);
  if (words.length === 0) return [];
  const whole = words.join('-');
  const lastPart = wordsOf(relative.split('/').filter(Boolean).at(-1) ?? '').join('-');
  return lessons
    .map((lesson, index) => {
      const slug = wordsOf(lesson.id.split('/').at(-1) ?? '').join('-');
      const score = Math.max(similarity(lastPart, slug), similarity(whole, wordsOf(lesson.id).join('-')));
      return {lesson, score, index};
    })
    .filter(({score}) => score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map(({lesson}) => lesson);
}
