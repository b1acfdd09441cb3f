/* Which cached page answers a navigation: pure, shared by the service worker (serviceWorker.js,
 * bundled into sw.js) and its tests. Plain JavaScript so that either bundler can take it as is. */
'use strict';

/**
 * The route a navigation asks for, relative to base, with trailingSlash: false:
 * "/guide/a/b" and "/guide/a/b/" and "/guide/a/b.html" -> "a/b", "/guide" -> "". Null outside base.
 */
export function routeOf(pathname, base) {
  if (pathname === base.replace(/\/$/, '')) return '';
  if (!pathname.startsWith(base)) return null;
  return pathname
    .slice(base.length)
    .replace(/\/+$/, '')
    .replace(/\.html$/, '')
    .replace(/(^|\/)index$/, '');
}

/**
 * The precached URL of the page to show for a navigation when the network fails: the page itself if
 * it is precached, else the 404 page. Null outside base.
 */
export function cachedPageFor(pathname, config, isPrecached) {
  const route = routeOf(pathname, config.base);
  if (route === null) return null;
  const page = config.base + route;
  return isPrecached(page) ? page : config.notFoundPage;
}

/** This site's caches from earlier builds (and the hand-written worker's, which were named alike). */
export function isOldCache(name, config) {
  return name.startsWith(config.cachePrefix) && name !== config.cacheName;
}
