import {createHash} from 'crypto';

/**
 * What the service worker precaches, worked out from Workbox's manifest of a finished build
 * (workbox-build's getManifest: every file with a hash of its content). Pure: the plugin asks
 * Workbox for the files, these functions decide.
 */

/** A file of the build as Workbox's getManifest lists it: path relative to the build folder, content hash. */
export type ManifestFile = {url: string; revision: string | null};

/** A Workbox precache entry: a URL path under base, and a revision unless the URL is versioned. */
export type PrecacheEntry = {url: string; revision: string | null};

/** The service worker's configuration, written into sw.js as `const OFFLINE = {...}`. */
export type OfflineConfig = {
  /** Changes whenever the list or any listed file changes, so a new build gets a new cache. */
  cacheName: string;
  /** Caches whose name starts with this belong to this site; the activate step deletes the old ones. */
  cachePrefix: string;
  /** The site's base URL, e.g. "/" or "/guide/". */
  base: string;
  /** The URL of the page shown for unknown paths when offline. */
  notFoundPage: string;
  /** Every page (at its route, as the browser asks for it) and every file the pages load. */
  precache: PrecacheEntry[];
};

// Not needed to read any page: link-preview images (only chat apps and crawlers fetch them), the
// worker itself, source maps, the sitemap and host configuration files.
const LEFT_OUT = [
  /^img\/og\//,
  /^sw\.js$/,
  /\.map$/,
  /\.LICENSE\.txt$/,
  /^sitemap\.xml$/,
  /^robots\.txt$/,
  /^CNAME$/,
  /(^|\/)\./,
];

export const NOT_FOUND_FILE = '404.html';

/** Files whose names carry a content hash (the bundler's output): Workbox need not add a revision. */
const VERSIONED = /^assets\//;

/** Whether a built file belongs in the precache. */
export function isPrecached(file: string): boolean {
  return !LEFT_OUT.some((pattern) => pattern.test(file));
}

/**
 * The route a page file is served at with trailingSlash: false: "a/b.html" -> "a/b",
 * "index.html" -> "", "a/index.html" -> "a". Percent-encoded as a browser sends it.
 */
export function routeOfPage(file: string): string {
  const route = file.replace(/\.html$/, '').replace(/(^|\/)index$/, '');
  return encodeURI(route);
}

/** Hex SHA-256 of some text. */
function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Several sites can share an origin (GitHub project pages), so caches are named per base URL. */
export function cachePrefixFor(base: string): string {
  return `offline:${base}:`;
}

/** Names the cache after the base URL and every precached path with its revision. */
export function cacheNameFor(base: string, files: readonly ManifestFile[]): string {
  const listing = [...files]
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))
    .map((file) => `${file.url} ${file.revision}`)
    .join('\n');
  return `${cachePrefixFor(base)}${hashOf(listing).slice(0, 16)}`;
}

/**
 * Files that other plugins write in their postBuild, which runs at the same time as this plugin's:
 * they are precached by name, with the build's hash as revision, and left out of that hash, which
 * already covers them through the pages they are made from (the search index is built from the pages).
 */
export const LATE_FILES = ['search-index.json', 'search-text.json'];

/**
 * The service worker's configuration for a build's files (all of them: the left-out ones are dropped,
 * and LATE_FILES are added whether or not they were written yet).
 */
export function offlineConfig(base: string, manifestFiles: readonly ManifestFile[]): OfflineConfig {
  const files = manifestFiles.filter((file) => isPrecached(file.url) && !LATE_FILES.includes(file.url));
  if (!files.some((file) => file.url === NOT_FOUND_FILE)) {
    throw new Error(`offline: the build has no ${NOT_FOUND_FILE}, the page shown offline for unknown paths`);
  }
  const cacheName = cacheNameFor(base, files);
  const buildHash = cacheName.slice(cachePrefixFor(base).length);
  const entries = new Map<string, string | null>();
  for (const file of files) {
    if (file.url.endsWith('.html')) entries.set(base + routeOfPage(file.url), file.revision);
    else entries.set(base + encodeURI(file.url), VERSIONED.test(file.url) ? null : file.revision);
  }
  for (const file of LATE_FILES) entries.set(base + encodeURI(file), buildHash);
  return {
    cacheName,
    cachePrefix: cachePrefixFor(base),
    base,
    notFoundPage: base + routeOfPage(NOT_FOUND_FILE),
    precache: [...entries]
      .map(([url, revision]) => ({url, revision}))
      .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)),
  };
}

/** The text of sw.js: the configuration, then the bundled worker. */
export function renderServiceWorker(config: OfflineConfig, bundledWorker: string): string {
  return `const OFFLINE = ${JSON.stringify(config)};\n${bundledWorker}`;
}
