/** @jest-environment node */
import vm from 'vm';
import {rspack} from '@rspack/core';
import type {CurrentBundler} from '@docusaurus/types';
import {bundleWorker} from './index';
import {cachedPageFor, isOldCache, routeOf} from './offlineRoutes';
import {offlineConfig, renderServiceWorker, type OfflineConfig} from './precache';

const ORIGIN = 'https://example.org';
/** A stand-in for the revision Workbox gives a file (a hash of its content). */
const revisionOf = (content: string) => Buffer.from(content).toString('hex').slice(0, 32);
let bundledWorker = '';

beforeAll(async () => {
  // sw.js as the build writes it: this file bundled with Workbox by the site's bundler.
  bundledWorker = await bundleWorker(rspack as unknown as CurrentBundler['instance']);
}, 30_000);

/** A build's configuration under base; `version` stands for a content change in one lesson. */
function configFor(base: string, version = 'v1'): OfflineConfig {
  const files = ['index.html', '404.html', 'lessons.html', 'ml-system-design/metrics.html', 'assets/js/main.1a2b.js', 'img/favicon.svg'];
  return offlineConfig(
    base,
    files.map((file) => ({url: file, revision: revisionOf(file === 'ml-system-design/metrics.html' ? version : file)})),
  );
}

const urls = (config: OfflineConfig) => config.precache.map((entry) => entry.url);

describe('mapping a navigation to its cached page', () => {
  const config = configFor('/guide/');
  const precached = new Set(urls(config));
  const isPrecached = (url: string) => precached.has(url);

  test('a navigation path gives the route it asks for, with trailingSlash: false', () => {
    expect(routeOf('/guide/', '/guide/')).toBe('');
    expect(routeOf('/guide', '/guide/')).toBe('');
    expect(routeOf('/guide/index.html', '/guide/')).toBe('');
    expect(routeOf('/guide/ml-system-design/metrics', '/guide/')).toBe('ml-system-design/metrics');
    expect(routeOf('/guide/ml-system-design/metrics/', '/guide/')).toBe('ml-system-design/metrics');
    expect(routeOf('/guide/ml-system-design/metrics.html', '/guide/')).toBe('ml-system-design/metrics');
    expect(routeOf('/other/page', '/guide/')).toBeNull();
    expect(routeOf('/guidebook', '/guide/')).toBeNull();
    expect(routeOf('/a/b', '/')).toBe('a/b');
    expect(routeOf('/', '/')).toBe('');
  });

  test('a known page maps to its own URL, an unknown one to the 404 page, another site to nothing', () => {
    expect(cachedPageFor('/guide/lessons', config, isPrecached)).toBe('/guide/lessons');
    expect(cachedPageFor('/guide/', config, isPrecached)).toBe('/guide/');
    expect(cachedPageFor('/guide/ml-system-design/metrics/', config, isPrecached)).toBe('/guide/ml-system-design/metrics');
    expect(cachedPageFor('/guide/no/such/lesson', config, isPrecached)).toBe('/guide/404');
    expect(cachedPageFor('/guide/%ZZ', config, isPrecached)).toBe('/guide/404');
    expect(cachedPageFor('/elsewhere', config, isPrecached)).toBeNull();
  });

  test('old caches are this site\'s other caches, not the current one nor another site\'s', () => {
    expect(isOldCache('offline:/guide:0123', config)).toBe(false);
    expect(isOldCache('offline:/guide/:0123', config)).toBe(true);
    expect(isOldCache(config.cacheName, config)).toBe(false);
    expect(isOldCache('offline:/other/:0123', config)).toBe(false);
    expect(isOldCache('workbox-precache-v2-https://example.org/guide/', config)).toBe(false);
  });
});

/** Request keys the fake Cache Storage compares, as a browser's does: the URL, optionally without its query. */
const keyOf = (request: string | {url: string}, ignoreSearch = false) => {
  const url = new URL(typeof request === 'string' ? request : request.url, ORIGIN);
  if (ignoreSearch) url.search = '';
  return url.href;
};

/** The browser around a service worker: Cache Storage, a server that can be cut off, and the events. */
class FakeBrowser {
  caches = new Map<string, Map<string, {request: Request; response: Response}>>();
  online = true;
  fetched: {url: string; cache?: string}[] = [];
  claimed = 0;
  skippedWaiting = 0;
  /** What the server answers, by path; anything else is its 404 page. */
  site = new Map<string, {status?: number; body: string; redirected?: boolean}>();
  private handlers = new Map<string, (event: unknown) => void>();

  private openCache(name: string) {
    if (!this.caches.has(name)) this.caches.set(name, new Map());
    const entries = this.caches.get(name)!;
    return {
      put: async (request: Request | string, response: Response) => {
        const stored = typeof request === 'string' ? new Request(keyOf(request)) : request;
        entries.set(keyOf(stored), {request: stored, response: response.clone()});
      },
      match: async (request: Request | string, options?: {ignoreSearch?: boolean}) => {
        const key = keyOf(request, options?.ignoreSearch);
        for (const entry of entries.values()) {
          if (keyOf(entry.request, options?.ignoreSearch) === key) return entry.response.clone();
        }
        return undefined;
      },
      keys: async () => [...entries.values()].map((entry) => entry.request),
      delete: async (request: Request | string) => entries.delete(keyOf(request)),
    };
  }

  cacheStorage = {
    open: async (name: string) => this.openCache(name),
    keys: async () => [...this.caches.keys()],
    delete: async (name: string) => this.caches.delete(name),
    has: async (name: string) => this.caches.has(name),
    match: async (request: Request | string, options: {cacheName: string; ignoreSearch?: boolean}) =>
      this.caches.has(options.cacheName) ? this.openCache(options.cacheName).match(request, options) : undefined,
  };

  fetch = async (input: string | Request, init?: {cache?: string}) => {
    const request = typeof input === 'string' ? new Request(new URL(input, ORIGIN), init as RequestInit) : input;
    const url = new URL(request.url);
    this.fetched.push({url: url.pathname, cache: request.cache});
    if (!this.online) throw new TypeError('Failed to fetch');
    const page = this.site.get(url.pathname);
    const response = new Response(page?.body ?? 'server 404', {status: page?.status ?? (page ? 200 : 404)});
    Object.defineProperty(response, 'url', {value: url.href});
    if (page?.redirected) Object.defineProperty(response, 'redirected', {value: true});
    return response;
  };

  scope = {
    location: new URL('/sw.js', ORIGIN),
    caches: this.cacheStorage,
    clients: {claim: async () => void (this.claimed += 1)},
    skipWaiting: async () => void (this.skippedWaiting += 1),
    addEventListener: (type: string, handler: (event: unknown) => void) => this.handlers.set(type, handler),
  };

  /** Serves a build: every precached URL answers with a body naming the URL and the build's version. */
  deploy(config: OfflineConfig, version: string) {
    this.site.clear();
    for (const url of urls(config)) this.site.set(url, {body: `${version} ${url}`});
  }

  /** Runs sw.js as the build writes it, in a fresh global scope like a browser's worker. */
  startWorker(config: OfflineConfig) {
    this.handlers.clear();
    vm.runInNewContext(renderServiceWorker(config, bundledWorker), {
      self: this.scope,
      location: this.scope.location,
      caches: this.cacheStorage,
      fetch: this.fetch,
      Request,
      Response,
      Headers,
      URL,
      FetchEvent: class FetchEvent {},
      setTimeout,
      console,
    });
  }

  /** Dispatches an event with waitUntil, and waits for everything it was given. */
  private async dispatch(type: string, fields: object = {}) {
    const waits: Promise<unknown>[] = [];
    const event = {type, ...fields, waitUntil: (promise: Promise<unknown>) => void waits.push(promise)};
    this.handlers.get(type)!(event);
    return {event, settled: async () => void (await Promise.all(waits))};
  }

  async lifecycle(type: 'install' | 'activate') {
    await (await this.dispatch(type)).settled();
  }

  /** Dispatches a fetch event; undefined when the worker leaves the request to the browser. */
  async request(url: string, {mode = 'no-cors', method = 'GET'} = {}) {
    const request = new Request(new URL(url, ORIGIN), {method});
    if (mode === 'navigate') Object.defineProperty(request, 'mode', {value: 'navigate'});
    let responded: Promise<Response> | undefined;
    await this.dispatch('fetch', {request, respondWith: (promise: Promise<Response>) => (responded = promise)});
    return responded && (await responded);
  }

  /** The precached body for a URL in a cache, whatever revision Workbox added to its key. */
  async cached(cacheName: string, url: string) {
    return this.caches.has(cacheName) ? this.openCache(cacheName).match(url, {ignoreSearch: true}) : undefined;
  }
}

describe('the service worker as the build writes it (Workbox bundled in)', () => {
  const config = configFor('/');

  async function installed(): Promise<FakeBrowser> {
    const browser = new FakeBrowser();
    browser.deploy(config, 'v1');
    browser.startWorker(config);
    await browser.lifecycle('install');
    await browser.lifecycle('activate');
    browser.fetched = [];
    return browser;
  }

  test('install precaches every page and file in a cache named after the build, then takes over', async () => {
    const browser = new FakeBrowser();
    browser.deploy(config, 'v1');
    browser.startWorker(config);
    await browser.lifecycle('install');
    const cache = browser.caches.get(config.cacheName)!;
    expect([...cache.keys()].map((key) => new URL(key).pathname).sort()).toEqual(urls(config).sort());
    expect(await (await browser.cached(config.cacheName, '/lessons'))!.text()).toBe('v1 /lessons');
    // Pages are revalidated; hashed files may come from the HTTP cache the first visit filled.
    expect(browser.fetched.find((entry) => entry.url === '/lessons')!.cache).toBe('reload');
    expect(browser.fetched.find((entry) => entry.url === '/assets/js/main.1a2b.js')!.cache).toBe('default');
    expect(browser.skippedWaiting).toBe(1);
    await browser.lifecycle('activate');
    expect(browser.claimed).toBe(1);
  });

  test('a file that fails to download fails the install, and the worker does not take over', async () => {
    const browser = new FakeBrowser();
    browser.deploy(config, 'v1');
    browser.site.set('/assets/js/main.1a2b.js', {status: 500, body: 'oops'});
    browser.startWorker(config);
    await expect(browser.lifecycle('install')).rejects.toThrow(/bad-precaching-response/);
    expect(await browser.cached(config.cacheName, '/assets/js/main.1a2b.js')).toBeUndefined();
    expect(browser.skippedWaiting).toBe(0);
  });

  test('a host that answers the 404 page with status 404, or redirects, still gets it cached', async () => {
    const browser = new FakeBrowser();
    browser.deploy(config, 'v1');
    browser.site.set('/404', {status: 404, body: 'not found page'});
    browser.site.set('/lessons', {body: 'catalog', redirected: true});
    browser.startWorker(config);
    await browser.lifecycle('install');
    const cached = (await browser.cached(config.cacheName, '/lessons'))!;
    expect(cached.redirected).toBe(false);
    expect(await cached.text()).toBe('catalog');
    expect(await (await browser.cached(config.cacheName, '/404'))!.text()).toBe('not found page');
  });

  test('online, a page comes from the network, so a new deployment is seen', async () => {
    const browser = await installed();
    browser.site.set('/lessons', {body: 'v2 /lessons'});
    const response = await browser.request('/lessons', {mode: 'navigate'});
    expect(await response!.text()).toBe('v2 /lessons');
  });

  test('offline, every page comes from the cache, with or without a trailing slash or .html', async () => {
    const browser = await installed();
    browser.online = false;
    for (const [url, expected] of [
      ['/', 'v1 /'],
      ['/lessons', 'v1 /lessons'],
      ['/ml-system-design/metrics/', 'v1 /ml-system-design/metrics'],
      ['/ml-system-design/metrics.html?x=1#top', 'v1 /ml-system-design/metrics'],
    ]) {
      const response = await browser.request(url, {mode: 'navigate'});
      expect(response!.status).toBe(200);
      expect(await response!.text()).toBe(expected);
    }
  });

  test('offline, an unknown path shows the cached 404 page with status 404', async () => {
    const browser = await installed();
    browser.online = false;
    const response = await browser.request('/no/such/lesson', {mode: 'navigate'});
    expect(response!.status).toBe(404);
    expect(await response!.text()).toBe('v1 /404');
  });

  test('precached files come from the cache even online, the search index whatever its query', async () => {
    const browser = await installed();
    const script = await browser.request('/assets/js/main.1a2b.js');
    expect(await script!.text()).toBe('v1 /assets/js/main.1a2b.js');
    const index = await browser.request('/search-index.json?_=6857182f');
    expect(await index!.text()).toBe('v1 /search-index.json');
    expect(browser.fetched).toEqual([]);
  });

  test('other requests are left to the browser: other origins, other methods, files not precached', async () => {
    const browser = await installed();
    expect(await browser.request('https://elsewhere.example/assets/js/main.1a2b.js')).toBeUndefined();
    expect(await browser.request('https://elsewhere.example/lessons', {mode: 'navigate'})).toBeUndefined();
    expect(await browser.request('/assets/js/main.1a2b.js', {method: 'POST'})).toBeUndefined();
    expect(await browser.request('/img/og/ml-system-design/metrics.png')).toBeUndefined();
    expect(await browser.request('/sitemap.xml')).toBeUndefined();
  });

  test('the next build gets a new cache, and activating it deletes the old one but no other site\'s', async () => {
    const browser = await installed();
    browser.caches.set('offline:/other-project/:1234', new Map());
    browser.caches.set('unrelated', new Map());
    const next = configFor('/', 'v2');
    expect(next.cacheName).not.toBe(config.cacheName);
    browser.deploy(next, 'v2');
    browser.startWorker(next);
    await browser.lifecycle('install');
    expect(browser.caches.has(config.cacheName)).toBe(true);
    await browser.lifecycle('activate');
    expect([...browser.caches.keys()].sort()).toEqual(['offline:/other-project/:1234', next.cacheName, 'unrelated'].sort());
    browser.online = false;
    const response = await browser.request('/ml-system-design/metrics', {mode: 'navigate'});
    expect(await response!.text()).toBe('v2 /ml-system-design/metrics');
  });
});
