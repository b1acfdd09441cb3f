/* The offline plugin writes this file into the build as sw.js, after one line that defines OFFLINE
 * (see OfflineManifest in precache.ts). Plain JavaScript, because the build does not bundle it.
 *
 * - install: fetch every page and every file the pages load into a cache named after the build's
 *   content, then take over at once;
 * - activate: delete this site's caches from earlier builds;
 * - fetch (same-origin GET only): page navigations go to the network first, so a new build is seen
 *   as soon as it is deployed, and to the cache when the network fails (unknown paths get the 404
 *   page); precached files (their names carry content hashes) come from the cache first.
 */
'use strict';

/** How many files the install step downloads at once. */
const PRECACHE_CONCURRENCY = 6;

/**
 * The route a navigation asks for, relative to base, with trailingSlash: false:
 * "/guide/a/b" and "/guide/a/b/" and "/guide/a/b.html" -> "a/b", "/guide" -> "". Null outside base.
 */
function routeOf(pathname, base) {
  if (pathname === base.replace(/\/$/, '')) return '';
  if (!pathname.startsWith(base)) return null;
  return pathname
    .slice(base.length)
    .replace(/\/+$/, '')
    .replace(/\.html$/, '')
    .replace(/(^|\/)index$/, '');
}

/** The cache key of the page to show for a navigation: the page itself, or the 404 page. Null outside base. */
function cachedPageFor(pathname, manifest, pages) {
  const route = routeOf(pathname, manifest.base);
  if (route === null) return null;
  return manifest.base + (pages.has(route) ? route : manifest.notFoundPage);
}

/** The cache key of a precached file (the query is ignored: the search index is asked for as ?_=hash). */
function cachedAssetFor(pathname, manifest, assets) {
  if (!pathname.startsWith(manifest.base)) return null;
  return assets.has(pathname.slice(manifest.base.length)) ? pathname : null;
}

/** Every URL path the install step fetches. */
function precacheUrls(manifest) {
  return [...manifest.pages, ...manifest.assets].map((path) => manifest.base + path);
}

/** Runs task on every item, at most `limit` at a time; rejects on the first failure. */
async function forEachLimited(items, limit, task) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next];
      next += 1;
      await task(item);
    }
  };
  await Promise.all(Array.from({length: Math.min(limit, items.length)}, worker));
}

/** Wires the install, activate and fetch handlers of the worker global scope `scope`. */
function startOfflineWorker(scope, manifest) {
  const pages = new Set(manifest.pages);
  const assets = new Set(manifest.assets);
  const notFoundUrl = manifest.base + manifest.notFoundPage;

  async function precache() {
    const cache = await scope.caches.open(manifest.cacheName);
    try {
      await forEachLimited(precacheUrls(manifest), PRECACHE_CONCURRENCY, async (url) => {
        const isPage = pages.has(url.slice(manifest.base.length));
        // Pages are revalidated; hashed files may come from the HTTP cache the first visit filled.
        let response = await scope.fetch(url, {cache: isPage ? 'no-cache' : 'default', credentials: 'same-origin'});
        if (!response.ok && !(url === notFoundUrl && response.status === 404)) {
          throw new Error(`offline: ${url} answered HTTP ${response.status}`);
        }
        if (response.redirected) {
          // A host that redirects "/a/b.html" to "/a/b" must not leave a redirected response in the
          // cache: browsers refuse to show one for a navigation.
          response = new Response(await response.blob(), {
            status: response.status,
            statusText: response.statusText,
            headers: response.headers,
          });
        }
        await cache.put(url, response);
      });
    } catch (error) {
      // A half-filled cache would pass for a complete one; the next visit installs again.
      await scope.caches.delete(manifest.cacheName);
      throw error;
    }
  }

  async function deleteOldCaches() {
    const names = await scope.caches.keys();
    await Promise.all(
      names
        .filter((name) => name.startsWith(manifest.cachePrefix) && name !== manifest.cacheName)
        .map((name) => scope.caches.delete(name)),
    );
  }

  async function fromCache(key) {
    const cache = await scope.caches.open(manifest.cacheName);
    return cache.match(key);
  }

  async function pageFromNetworkOrCache(request, key) {
    try {
      return await scope.fetch(request);
    } catch (networkError) {
      const cached = await fromCache(key);
      if (cached) {
        if (key !== notFoundUrl) return cached;
        return new Response(cached.body, {status: 404, statusText: 'Not Found', headers: cached.headers});
      }
      throw networkError;
    }
  }

  async function assetFromCacheOrNetwork(request, key) {
    return (await fromCache(key)) ?? scope.fetch(request);
  }

  scope.addEventListener('install', (event) => {
    event.waitUntil(precache().then(() => scope.skipWaiting()));
  });

  scope.addEventListener('activate', (event) => {
    event.waitUntil(deleteOldCaches().then(() => scope.clients.claim()));
  });

  scope.addEventListener('fetch', (event) => {
    const {request} = event;
    if (request.method !== 'GET') return;
    const url = new URL(request.url);
    if (url.origin !== scope.location.origin) return;
    if (request.mode === 'navigate') {
      const key = cachedPageFor(url.pathname, manifest, pages);
      if (key !== null) event.respondWith(pageFromNetworkOrCache(request, key));
      return;
    }
    const key = cachedAssetFor(url.pathname, manifest, assets);
    if (key !== null) event.respondWith(assetFromCacheOrNetwork(request, key));
  });
}

if (typeof module === 'object' && module.exports) {
  module.exports = {routeOf, cachedPageFor, cachedAssetFor, precacheUrls, startOfflineWorker};
} else {
  startOfflineWorker(self, OFFLINE);
}
