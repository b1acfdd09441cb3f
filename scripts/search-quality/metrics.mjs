// Recall@k and mean reciprocal rank of a search engine over the project's query set
// (queries.json: each query a candidate would type, with the lesson URLs that teach it).

/** 1-based rank of the first expected lesson in the ranked lesson URLs, or 0 when absent. */
export function firstRelevantRank(ranked, expected) {
  const index = ranked.findIndex((url) => expected.includes(url));
  return index === -1 ? 0 : index + 1;
}

/**
 * Scores ranked results: recall@k is the share of queries with a teaching lesson in the first k
 * lessons; MRR averages 1/rank of the first one (0 when it is not offered at all).
 * @param {{query: string, lessons: string[]}[]} queries
 * @param {string[][]} rankings the lesson URLs each query returned, best first
 */
export function scoreRankings(queries, rankings, k = 3) {
  if (queries.length !== rankings.length) throw new Error('one ranking per query');
  const ranks = queries.map((query, index) => firstRelevantRank(rankings[index], query.lessons));
  const hits = ranks.filter((rank) => rank > 0 && rank <= k).length;
  const reciprocal = ranks.reduce((sum, rank) => sum + (rank > 0 ? 1 / rank : 0), 0);
  return {
    count: queries.length,
    recallAtK: queries.length === 0 ? 0 : hits / queries.length,
    mrr: queries.length === 0 ? 0 : reciprocal / queries.length,
    misses: queries
      .map((query, index) => ({query: query.query, expected: query.lessons, rank: ranks[index], got: rankings[index].slice(0, k)}))
      .filter(({rank}) => rank === 0 || rank > k),
  };
}

/** Page URL of a result: the path without its section anchor or query. */
export function lessonUrl(url) {
  return url.replace(/[#?].*$/, '');
}

/** Lesson URLs in the order results first name them (a lesson's sections count once). */
export function rankLessons(resultUrls) {
  return [...new Set(resultUrls.map(lessonUrl))];
}
