import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {firstRelevantRank, rankLessons, scoreRankings} from './search-quality/metrics.mjs';

const queries = JSON.parse(readFileSync(new URL('./search-quality/queries.json', import.meta.url), 'utf8'));
const lessonUrls = readdirSync('docs').flatMap((section) =>
  readdirSync(`docs/${section}`)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => `/${section}/${file.replace(/\.mdx$/, '')}`),
);

test('the query set has at least 200 queries, about a fifth held out, each naming existing lessons', () => {
  assert.ok(queries.length >= 200, `${queries.length} queries`);
  const heldOut = queries.filter((query) => query.heldOut).length / queries.length;
  assert.ok(heldOut >= 0.18 && heldOut <= 0.25, `${(heldOut * 100).toFixed(0)}% held out`);
  const unknown = queries.flatMap((query) => query.lessons.filter((url) => !lessonUrls.includes(url)).map((url) => `${query.query}: ${url}`));
  assert.deepEqual(unknown, []);
  const duplicates = queries.map((query) => query.query.toLowerCase()).filter((query, index, all) => all.indexOf(query) !== index);
  assert.deepEqual(duplicates, []);
});

test('every lesson is the answer to at least one tuning query', () => {
  const answered = new Set(queries.filter((query) => !query.heldOut).flatMap((query) => query.lessons));
  assert.deepEqual(lessonUrls.filter((url) => !answered.has(url)), []);
});

test('every kind of query a candidate types is represented', () => {
  const kinds = new Set(queries.map((query) => query.kind));
  assert.deepEqual([...kinds].sort(), ['abbr', 'prompt', 'question', 'synonym', 'term']);
});

test('a lesson counts once, at the place results first name it', () => {
  assert.deepEqual(rankLessons(['/a#x', '/b', '/a', '/c?q=1#y', '/b#z']), ['/a', '/b', '/c']);
  assert.equal(firstRelevantRank(['/a', '/b', '/c'], ['/c', '/b']), 2);
  assert.equal(firstRelevantRank(['/a'], ['/z']), 0);
});

test('recall@3 counts a hit in the first three; MRR averages 1/rank, 0 when absent', () => {
  const score = scoreRankings(
    [{query: 'one', lessons: ['/a']}, {query: 'two', lessons: ['/b']}, {query: 'three', lessons: ['/c']}, {query: 'four', lessons: ['/d']}],
    [['/a'], ['/x', '/b'], ['/x', '/y', '/z', '/c'], []],
  );
  assert.equal(score.recallAtK, 2 / 4);
  assert.equal(score.mrr, (1 + 1 / 2 + 1 / 4 + 0) / 4);
  assert.deepEqual(score.misses.map((miss) => [miss.query, miss.rank]), [['three', 4], ['four', 0]]);
});
