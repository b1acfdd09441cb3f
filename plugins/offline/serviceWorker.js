/* The offline service worker, on Workbox. The plugin bundles this file with the site's bundler
 * (Workbox's runtime included, nothing imported from another origin) and writes it into the build as
 * sw.js, after one line that defines OFFLINE (see OfflineConfig in precache.ts).
 *
 * - install: Workbox precaches every page and every file the pages load into a cache named after the
 *   build's content, then the worker takes over at once;
 * - activate: delete this site's caches from earlier builds;
 * - fetch (same-origin GET only): page navigations go to the network first, so a new build is seen
 *   as soon as it is deployed, and to the precache when the network fails (unknown paths get the 404
 *   page with status 404); precached files (their names carry content hashes) come from the
 *   precache first.
 */
import {PrecacheController, PrecacheRoute} from 'workbox-precaching';
import {Route, Router} from 'workbox-routing';
import {NetworkOnly} from 'workbox-strategies';
import {cachedPageFor, isOldCache, routeOf} from './offlineRoutes.js';

/** Wires the install, activate and fetch handlers of the worker global scope `scope`. */
export function startOfflineWorker(scope, config) {
  const notFound = new URL(config.notFoundPage, scope.location.href).href;
  const precache = new PrecacheController({
    cacheName: config.cacheName,
    plugins: [
      {
        // Workbox caches only 2xx answers; a host may also answer the 404 page itself with status 404.
        cacheWillUpdate: async ({request, response}) =>
          response.ok || (request.url === notFound && response.status === 404) ? response : null,
      },
    ],
  });
  precache.addToCacheList(config.precache);
  const isPrecached = (url) => precache.getCacheKeyForURL(url) !== undefined;

  /** When the network fails: the precached page, or the 404 page with status 404. */
  async function cachedPage({request}) {
    const key = cachedPageFor(new URL(request.url).pathname, config, isPrecached);
    const cached = key === null ? undefined : await precache.matchPrecache(key);
    if (!cached || key !== config.notFoundPage) return cached;
    return new Response(cached.body, {status: 404, statusText: 'Not Found', headers: cached.headers});
  }

  const router = new Router();
  router.registerRoute(
    new Route(
      ({request, sameOrigin, url}) => sameOrigin && request.mode === 'navigate' && routeOf(url.pathname, config.base) !== null,
      new NetworkOnly({plugins: [{handlerDidError: cachedPage}]}),
    ),
  );
  // Cache first for precached files, whatever the query (the search index is asked for as ?_=hash).
  router.registerRoute(new PrecacheRoute(precache, {ignoreURLParametersMatching: [/./], cleanURLs: false, directoryIndex: ''}));

  scope.addEventListener('install', (event) => {
    event.waitUntil(precache.install(event).then(() => scope.skipWaiting()));
  });

  scope.addEventListener('activate', (event) => {
    const deleteOldCaches = async () => {
      const names = await scope.caches.keys();
      await Promise.all(names.filter((name) => isOldCache(name, config)).map((name) => scope.caches.delete(name)));
    };
    event.waitUntil(Promise.all([precache.activate(event), deleteOldCaches()]).then(() => scope.clients.claim()));
  });

  scope.addEventListener('fetch', (event) => {
    if (event.request.method !== 'GET') return;
    const response = router.handleRequest({request: event.request, event});
    if (response) event.respondWith(response);
  });
}

startOfflineWorker(self, OFFLINE);
