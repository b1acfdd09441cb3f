import {createHash} from 'crypto';

/**
 * What the service worker precaches, worked out from the files of a finished build. Pure: the
 * plugin lists and hashes the build folder, these functions decide.
 */

/** A built file, relative to the build folder with "/" separators, and a hash of its bytes. */
export type BuiltFile = {path: string; contentHash: string};

/** The service worker's configuration, written into sw.js as `const OFFLINE = {...}`. */
export type OfflineManifest = {
  /** Changes whenever the list or any listed file changes, so a new build gets a new cache. */
  cacheName: string;
  /** Caches whose name starts with this belong to this site; the activate step deletes the old ones. */
  cachePrefix: string;
  /** The site's base URL, e.g. "/" or "/guide/". */
  base: string;
  /** Page routes relative to base, as the browser asks for them: "" (home), "lessons", "a/b". */
  pages: string[];
  /** The route shown for unknown paths when offline. */
  notFoundPage: string;
  /** Every other precached file relative to base: scripts, styles, fonts, images, the search index. */
  assets: string[];
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

/** Hex SHA-256 of some bytes; the plugin hashes each file with it. */
export function contentHashOf(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Names the cache after the base URL and a hash of every precached path and its content. */
export function cacheNameFor(base: string, files: readonly BuiltFile[]): string {
  const listing = [...files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((file) => `${file.path} ${file.contentHash}`)
    .join('\n');
  return `${cachePrefixFor(base)}${contentHashOf(listing).slice(0, 16)}`;
}

/** Several sites can share an origin (GitHub project pages), so caches are named per base URL. */
export function cachePrefixFor(base: string): string {
  return `offline:${base}:`;
}

/**
 * Files that other plugins write in their postBuild, which runs at the same time as this plugin's:
 * they are precached by name and left out of the cache name's hash, which already covers them
 * through the pages they are made from (the search index is built from the built pages).
 */
export const LATE_FILES = ['search-index.json', 'search-text.json'];

/**
 * The service worker's configuration for a build's files (all of them: the left-out ones are dropped,
 * and LATE_FILES are added whether or not they were written yet).
 */
export function offlineManifest(base: string, builtFiles: readonly BuiltFile[]): OfflineManifest {
  const files = builtFiles.filter((file) => isPrecached(file.path) && !LATE_FILES.includes(file.path));
  if (!files.some((file) => file.path === NOT_FOUND_FILE)) {
    throw new Error(`offline: the build has no ${NOT_FOUND_FILE}, the page shown offline for unknown paths`);
  }
  const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const pages = files.filter((file) => file.path.endsWith('.html')).map((file) => routeOfPage(file.path));
  const assets = [...files.filter((file) => !file.path.endsWith('.html')).map((file) => file.path), ...LATE_FILES].map(
    (file) => encodeURI(file),
  );
  return {
    cacheName: cacheNameFor(base, files),
    cachePrefix: cachePrefixFor(base),
    base,
    pages: [...new Set(pages)].sort(byPath),
    notFoundPage: routeOfPage(NOT_FOUND_FILE),
    assets: assets.sort(byPath),
  };
}

/** The text of sw.js: the manifest, then the worker's code. */
export function renderServiceWorker(manifest: OfflineManifest, workerSource: string): string {
  return `const OFFLINE = ${JSON.stringify(manifest)};\n${workerSource}`;
}
