/** @jest-environment node */
import {createHash} from 'crypto';
import {cacheNameFor, isPrecached, offlineConfig, renderServiceWorker, routeOfPage, type ManifestFile} from './precache';

/** A file as Workbox's getManifest lists it: its path and a hash of its content as revision. */
const built = (url: string, content = url): ManifestFile => ({url, revision: createHash('md5').update(content).digest('hex')});

const BUILD: ManifestFile[] = [
  built('index.html'),
  built('404.html'),
  built('lessons.html'),
  built('ml-system-design/metrics.html'),
  built('case-studies/index.html'),
  built('assets/js/main.1234abcd.js'),
  built('assets/css/styles.5678.css'),
  built('assets/fonts/inter.woff2'),
  built('assets/images/diagram-9f8e.png'),
  built('img/favicon.svg'),
  built('img/og/ml-system-design/metrics.png'),
  built('sitemap.xml'),
  built('sw.js'),
  built('assets/js/main.1234abcd.js.LICENSE.txt'),
  built('assets/js/main.1234abcd.js.map'),
  built('.nojekyll'),
];

describe('what is precached', () => {
  test('pages, scripts, styles, fonts and lesson images are; preview images, the worker and the sitemap are not', () => {
    const kept = BUILD.map((file) => file.url).filter(isPrecached);
    expect(kept).toEqual([
      'index.html',
      '404.html',
      'lessons.html',
      'ml-system-design/metrics.html',
      'case-studies/index.html',
      'assets/js/main.1234abcd.js',
      'assets/css/styles.5678.css',
      'assets/fonts/inter.woff2',
      'assets/images/diagram-9f8e.png',
      'img/favicon.svg',
    ]);
  });

  test('page files become the routes a browser asks for (trailingSlash: false)', () => {
    expect(routeOfPage('index.html')).toBe('');
    expect(routeOfPage('lessons.html')).toBe('lessons');
    expect(routeOfPage('ml-system-design/metrics.html')).toBe('ml-system-design/metrics');
    expect(routeOfPage('case-studies/index.html')).toBe('case-studies');
    expect(routeOfPage('404.html')).toBe('404');
    expect(routeOfPage('notes/übung.html')).toBe('notes/%C3%BCbung');
  });

  test('Workbox\'s entries are the pages at their routes and the files under the base URL, plus the search index written later', () => {
    const config = offlineConfig('/guide/', BUILD);
    expect(config.base).toBe('/guide/');
    expect(config.notFoundPage).toBe('/guide/404');
    const revisionOf = (file: string) => BUILD.find((entry) => entry.url === file)!.revision;
    expect(config.precache).toEqual([
      {url: '/guide/', revision: revisionOf('index.html')},
      {url: '/guide/404', revision: revisionOf('404.html')},
      // Hashed file names are their own version: Workbox may take them from the HTTP cache.
      {url: '/guide/assets/css/styles.5678.css', revision: null},
      {url: '/guide/assets/fonts/inter.woff2', revision: null},
      {url: '/guide/assets/images/diagram-9f8e.png', revision: null},
      {url: '/guide/assets/js/main.1234abcd.js', revision: null},
      {url: '/guide/case-studies', revision: revisionOf('case-studies/index.html')},
      {url: '/guide/img/favicon.svg', revision: revisionOf('img/favicon.svg')},
      {url: '/guide/lessons', revision: revisionOf('lessons.html')},
      {url: '/guide/ml-system-design/metrics', revision: revisionOf('ml-system-design/metrics.html')},
      // Not written yet when this plugin runs: revised with the build's hash, so each build fetches it.
      {url: '/guide/search-index.json', revision: config.cacheName.slice('offline:/guide/:'.length)},
      {url: '/guide/search-text.json', revision: config.cacheName.slice('offline:/guide/:'.length)},
    ]);
    expect(config.cacheName).toMatch(/^offline:\/guide\/:[0-9a-f]{16}$/);
    expect(config.cachePrefix).toBe('offline:/guide/:');
  });

  test('a build without a 404 page is refused, since unknown paths need it offline', () => {
    expect(() => offlineConfig('/', BUILD.filter((file) => file.url !== '404.html'))).toThrow(/404\.html/);
  });
});

describe('the cache name (one per build)', () => {
  const nameOf = (files: ManifestFile[], base = '/') => offlineConfig(base, files).cacheName;

  test('is the same for the same files in any order', () => {
    expect(nameOf([...BUILD].reverse())).toBe(nameOf(BUILD));
    expect(cacheNameFor('/', BUILD)).toBe(cacheNameFor('/', [...BUILD].reverse()));
  });

  test('changes when a page changes, when a file is added or removed, and with the base URL', () => {
    const changedPage = BUILD.map((file) =>
      file.url === 'ml-system-design/metrics.html' ? built(file.url, 'new text') : file,
    );
    const names = [
      nameOf(BUILD),
      nameOf(changedPage),
      nameOf([...BUILD, built('ml-system-design/serving.html')]),
      nameOf(BUILD.filter((file) => file.url !== 'lessons.html')),
      nameOf(BUILD, '/guide/'),
    ];
    expect(new Set(names).size).toBe(names.length);
  });

  test('ignores what is not precached and the files written later, so identical builds agree', () => {
    const withoutLate = nameOf(BUILD);
    expect(nameOf([...BUILD, built('search-index.json', 'written before this plugin looked')])).toBe(withoutLate);
    expect(nameOf([...BUILD, built('img/og/new.png')])).toBe(withoutLate);
  });
});

test('sw.js starts with the configuration, then the bundled worker', () => {
  const config = offlineConfig('/', BUILD);
  const text = renderServiceWorker(config, '/* worker */');
  const [first, second] = text.split('\n');
  expect(JSON.parse(first.replace(/^const OFFLINE = /, '').replace(/;$/, ''))).toEqual(config);
  expect(second).toBe('/* worker */');
});
