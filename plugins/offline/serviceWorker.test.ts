/** @jest-environment node */
import fs from 'fs';
import path from 'path';
import vm from 'vm';
import {contentHashOf, offlineManifest, renderServiceWorker, type OfflineManifest} from './precache';
import {cachedAssetFor, cachedPageFor, precacheUrls, routeOf} from './serviceWorker';

const WORKER_SOURCE = fs.readFileSync(path.join(__dirname, 'serviceWorker.js'), 'utf8');
const ORIGIN = 'https://example.org';

/** A build's manifest under base; `version` stands for a content change in one lesson. */
function manifestFor(base: string, version = 'v1'): OfflineManifest {
  const files = ['index.html', '404.html', 'lessons.html', 'ml-system-design/metrics.html', 'assets/js/main.1a2b.js', 'img/favicon.svg'];
  return offlineManifest(
    base,
    files.map((file) => ({path: file, contentHash: contentHashOf(file === 'ml-system-design/metrics.html' ? version : file)})),
  );
}

describe('mapping a request to its cached copy', () => {
  const manifest = manifestFor('/guide/');
  const pages = new Set(manifest.pages);
  const assets = new Set(manifest.assets);

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

  test('a known page maps to its own key, an unknown one to the 404 page, another site to nothing', () => {
    expect(cachedPageFor('/guide/lessons', manifest, pages)).toBe('/guide/lessons');
    expect(cachedPageFor('/guide/', manifest, pages)).toBe('/guide/');
    expect(cachedPageFor('/guide/ml-system-design/metrics/', manifest, pages)).toBe('/guide/ml-system-design/metrics');
    expect(cachedPageFor('/guide/no/such/lesson', manifest, pages)).toBe('/guide/404');
    expect(cachedPageFor('/guide/%ZZ', manifest, pages)).toBe('/guide/404');
    expect(cachedPageFor('/elsewhere', manifest, pages)).toBeNull();
  });

  test('only precached files map to a key', () => {
    expect(cachedAssetFor('/guide/assets/js/main.1a2b.js', manifest, assets)).toBe('/guide/assets/js/main.1a2b.js');
    expect(cachedAssetFor('/guide/search-index.json', manifest, assets)).toBe('/guide/search-index.json');
    expect(cachedAssetFor('/guide/img/og/a.png', manifest, assets)).toBeNull();
    expect(cachedAssetFor('/assets/js/main.1a2b.js', manifest, assets)).toBeNull();
  });

  test('the install step fetches every page and file under the base URL', () => {
    expect(precacheUrls(manifest)).toEqual([
      '/guide/',
      '/guide/404',
      '/guide/lessons',
      '/guide/ml-system-design/metrics',
      '/guide/assets/js/main.1a2b.js',
      '/guide/img/favicon.svg',
      '/guide/search-index.json',
      '/guide/search-text.json',
    ]);
  });
});

/** The browser around a service worker: Cache Storage, a server that can be cut off, and the events. */
class FakeBrowser {
  caches = new Map<string, Map<string, Response>>();
  online = true;
  fetched: {url: string; cache?: string}[] = [];
  claimed = 0;
  skippedWaiting = 0;
  /** What the server answers, by path; anything else is its 404 page. */
  site = new Map<string, {status?: number; body: string; redirected?: boolean}>();
  private handlers = new Map<string, (event: unknown) => void>();

  scope = {
    location: {origin: ORIGIN},
    clients: {claim: async () => void (this.claimed += 1)},
    skipWaiting: async () => void (this.skippedWaiting += 1),
    addEventListener: (type: string, handler: (event: unknown) => void) => this.handlers.set(type, handler),
    fetch: async (input: string | {url: string}, init?: {cache?: string}) => {
      const url = new URL(typeof input === 'string' ? input : input.url, ORIGIN);
      this.fetched.push({url: url.pathname, cache: init?.cache});
      if (!this.online) throw new TypeError('Failed to fetch');
      const page = this.site.get(url.pathname);
      const response = new Response(page?.body ?? 'server 404', {status: page?.status ?? (page ? 200 : 404)});
      if (page?.redirected) Object.defineProperty(response, 'redirected', {value: true});
      return response;
    },
    caches: {
      open: async (name: string) => {
        if (!this.caches.has(name)) this.caches.set(name, new Map());
        const entries = this.caches.get(name)!;
        return {
          put: async (key: string, response: Response) => void entries.set(key, response.clone()),
          match: async (key: string) => entries.get(key)?.clone(),
        };
      },
      keys: async () => [...this.caches.keys()],
      delete: async (name: string) => this.caches.delete(name),
    },
  };

  /** Serves a build: every precached URL answers with a body naming the URL and the build's version. */
  deploy(manifest: OfflineManifest, version: string) {
    this.site.clear();
    for (const url of precacheUrls(manifest)) this.site.set(url, {body: `${version} ${url}`});
  }

  /** Runs sw.js as the build writes it, in a fresh global scope like a browser's worker. */
  startWorker(manifest: OfflineManifest) {
    this.handlers.clear();
    vm.runInNewContext(renderServiceWorker(manifest, WORKER_SOURCE), {self: this.scope, URL, Response});
  }

  async lifecycle(type: 'install' | 'activate') {
    let done: Promise<unknown> = Promise.resolve();
    this.handlers.get(type)!({waitUntil: (promise: Promise<unknown>) => (done = promise)});
    await done;
  }

  /** Dispatches a fetch event; undefined when the worker leaves the request to the browser. */
  async request(url: string, {mode = 'no-cors', method = 'GET'} = {}) {
    let responded: Promise<Response> | undefined;
    this.handlers.get('fetch')!({
      request: {url: new URL(url, ORIGIN).href, mode, method},
      respondWith: (promise: Promise<Response>) => (responded = promise),
    });
    return responded && (await responded);
  }
}

describe('the service worker as the build writes it', () => {
  const manifest = manifestFor('/');

  async function installed(): Promise<FakeBrowser> {
    const browser = new FakeBrowser();
    browser.deploy(manifest, 'v1');
    browser.startWorker(manifest);
    await browser.lifecycle('install');
    await browser.lifecycle('activate');
    browser.fetched = [];
    return browser;
  }

  test('install precaches every page and file in a cache named after the build, then takes over', async () => {
    const browser = new FakeBrowser();
    browser.deploy(manifest, 'v1');
    browser.startWorker(manifest);
    await browser.lifecycle('install');
    const cache = browser.caches.get(manifest.cacheName)!;
    expect([...cache.keys()].sort()).toEqual(precacheUrls(manifest).sort());
    expect(await cache.get('/lessons')!.text()).toBe('v1 /lessons');
    expect(browser.fetched.find((entry) => entry.url === '/lessons')!.cache).toBe('no-cache');
    expect(browser.skippedWaiting).toBe(1);
    await browser.lifecycle('activate');
    expect(browser.claimed).toBe(1);
  });

  test('a file that fails to download fails the install and leaves no half-filled cache', async () => {
    const browser = new FakeBrowser();
    browser.deploy(manifest, 'v1');
    browser.site.set('/assets/js/main.1a2b.js', {status: 500, body: 'oops'});
    browser.startWorker(manifest);
    await expect(browser.lifecycle('install')).rejects.toThrow(/main\.1a2b\.js answered HTTP 500/);
    expect(browser.caches.has(manifest.cacheName)).toBe(false);
    expect(browser.skippedWaiting).toBe(0);
  });

  test('a host that answers the 404 page with status 404, or redirects, still gets it cached', async () => {
    const browser = new FakeBrowser();
    browser.deploy(manifest, 'v1');
    browser.site.set('/404', {status: 404, body: 'not found page'});
    browser.site.set('/lessons', {body: 'catalog', redirected: true});
    browser.startWorker(manifest);
    await browser.lifecycle('install');
    const cached = browser.caches.get(manifest.cacheName)!.get('/lessons')!;
    expect(cached.redirected).toBe(false);
    expect(await cached.text()).toBe('catalog');
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
    const next = manifestFor('/', 'v2');
    expect(next.cacheName).not.toBe(manifest.cacheName);
    browser.deploy(next, 'v2');
    browser.startWorker(next);
    await browser.lifecycle('install');
    expect(browser.caches.has(manifest.cacheName)).toBe(true);
    await browser.lifecycle('activate');
    expect([...browser.caches.keys()].sort()).toEqual(['offline:/other-project/:1234', next.cacheName, 'unrelated'].sort());
    browser.online = false;
    const response = await browser.request('/ml-system-design/metrics', {mode: 'navigate'});
    expect(await response!.text()).toBe('v2 /ml-system-design/metrics');
  });
});
