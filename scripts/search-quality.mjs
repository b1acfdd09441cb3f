// Measures the built site's search on the project's query set (scripts/search-quality/queries.json):
// prints recall@3 and MRR for the tuning queries and the held-out ones, lists the misses, and exits
// non-zero when recall@3 of all queries, or of the held-out ones, is below 95%.
//   node scripts/search-quality.mjs [--build build] [--verbose]
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {scoreRankings, rankLessons} from './search-quality/metrics.mjs';
import {createRequire} from 'node:module';

export const RECALL_AT_3_FLOOR = 0.95;

const {values} = parseArgs({options: {build: {type: 'string', default: 'build'}, verbose: {type: 'boolean', default: false}}});
const buildDir = path.resolve(values.build);
const queries = JSON.parse(await readFile(new URL('./search-quality/queries.json', import.meta.url), 'utf8'));
// The engine the browser runs (src/lib/search/engine.ts, TypeScript loaded with jiti as Docusaurus
// loads its config) on the index the build wrote.
const jiti = createRequire(import.meta.url)('jiti')(import.meta.filename ?? new URL(import.meta.url).pathname);
const {loadIndex, searchLessons} = jiti('../src/lib/search/engine.ts');
const search = loadIndex(JSON.parse(await readFile(path.join(buildDir, 'search-index.json'), 'utf8')));

const rankings = queries.map((query) => rankLessons(searchLessons(search, query.query).map((hit) => hit.lesson.url)));
const percent = (share) => `${(share * 100).toFixed(1)}%`;
const report = (label, pick) => {
  const picked = queries.map((query, index) => [query, rankings[index]]).filter(([query]) => pick(query));
  const score = scoreRankings(picked.map(([query]) => query), picked.map(([, ranking]) => ranking));
  console.log(`${label.padEnd(10)} ${String(score.count).padStart(4)} queries  recall@3 ${percent(score.recallAtK).padStart(6)}  MRR ${score.mrr.toFixed(3)}`);
  return score;
};
console.log('Search quality (lessons in the order results name them):');
const all = report('all', () => true);
report('tuning', (query) => !query.heldOut);
const heldOut = report('held-out', (query) => query.heldOut);
for (const kind of [...new Set(queries.map((query) => query.kind))]) report(`  ${kind}`, (query) => query.kind === kind);
const shown = values.verbose ? all.misses : all.misses.slice(0, 40);
if (shown.length > 0) console.log(`\nNot in the first 3 (${all.misses.length}):`);
for (const miss of shown) {
  const held = queries.find((query) => query.query === miss.query).heldOut ? ' [held-out]' : '';
  console.log(`  "${miss.query}"${held}: ${miss.rank === 0 ? 'not offered' : `rank ${miss.rank}`}; want ${miss.expected.join(' or ')}; got ${miss.got.join(', ')}`);
}
const failed = all.recallAtK < RECALL_AT_3_FLOOR || heldOut.recallAtK < RECALL_AT_3_FLOOR;
console.log(`\n${failed ? 'FAIL' : 'PASS'}: recall@3 must be at least ${percent(RECALL_AT_3_FLOOR)} over all queries and over the held-out ones.`);
process.exitCode = failed ? 1 : 0;
