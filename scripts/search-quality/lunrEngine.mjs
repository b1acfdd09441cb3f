// The current search (@easyops-cn/docusaurus-search-local, lunr) run in Node: the built site's
// search-index.json, queried by the plugin's own browser code (tokenize, smartQueries, result
// sorting), exactly as its web worker does for the results page.
import {readFile} from 'node:fs/promises';
import {register} from 'node:module';
import path from 'node:path';
import {pathToFileURL} from 'node:url';

const CLIENT = '@easyops-cn/docusaurus-search-local/dist/client/client';

/** The constants the build generated for the plugin's client (language, fuzzy distance, ...). */
async function generatedConstants(siteDir) {
  const file = path.join(siteDir, '.docusaurus/@easyops-cn/docusaurus-search-local/default/generated-constants.js');
  const source = await readFile(file, 'utf8');
  const pick = (name) => {
    const match = new RegExp(`export const ${name} = (.*?);`).exec(source);
    if (!match) throw new Error(`${file} has no ${name}`);
    return `export const ${name} = ${match[1]};`;
  };
  return ['language', 'removeDefaultStopWordFilter', 'fuzzyMatchingDistance'].map(pick).join('\n');
}

/** Returns search(query, limit) giving the result URLs in the order the results page lists them. */
export async function createLunrSearch({buildDir, siteDir}) {
  register(new URL('./lunrLoader.mjs', import.meta.url), {data: {constants: await generatedConstants(siteDir)}});
  const fromSite = (file) => import(pathToFileURL(path.join(siteDir, 'node_modules', CLIENT, file)).href);
  const [{default: lunr}, {tokenize}, {smartQueries}, {sortSearchResults}, {SearchDocumentType}] = await Promise.all([
    import(pathToFileURL(path.join(siteDir, 'node_modules/lunr/lunr.js')).href),
    fromSite('utils/tokenize.js'),
    fromSite('utils/smartQueries.js'),
    fromSite('utils/sortSearchResults.js'),
    fromSite('../shared/interfaces.js'),
  ]);
  const json = JSON.parse(await readFile(path.join(buildDir, 'search-index.json'), 'utf8'));
  const wrappedIndexes = json.map(({documents, index}, type) => ({type, documents, index: lunr.Index.load(index)}));

  // The body of the plugin's SearchWorker.search (theme/worker.js), without the worker.
  return function search(input, limit = 100) {
    const rawTokens = tokenize(input, ['en']);
    if (rawTokens.length === 0) return [];
    const results = [];
    search: for (const {term, tokens} of smartQueries(rawTokens, [])) {
      for (const {documents, index, type} of wrappedIndexes) {
        results.push(
          ...index
            .query((query) => {
              for (const item of term) {
                query.term(item.value, {
                  wildcard: item.wildcard,
                  presence: item.presence,
                  ...(item.editDistance ? {editDistance: item.editDistance} : null),
                });
              }
            })
            .slice(0, limit)
            .filter((result) => !results.some((item) => item.document.i.toString() === result.ref))
            .slice(0, limit - results.length)
            .map((result) => {
              const document = documents.find((doc) => doc.i.toString() === result.ref);
              return {
                document,
                type,
                page: type !== SearchDocumentType.Title && wrappedIndexes[0].documents.find((doc) => doc.i === document.p),
                tokens,
                score: result.score,
              };
            }),
        );
        if (results.length >= limit) break search;
      }
    }
    sortSearchResults(results);
    return results.map((result) => result.document.u);
  };
}
