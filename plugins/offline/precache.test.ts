/** @jest-environment node */
import {
  cacheNameFor,
  contentHashOf,
  isPrecached,
  LATE_FILES,
  offlineManifest,
  renderServiceWorker,
  routeOfPage,
  type BuiltFile,
} from './precache';

const built = (path: string, content = path): BuiltFile => ({path, contentHash: contentHashOf(content)});

const BUILD: BuiltFile[] = [
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
    const kept = BUILD.map((file) => file.path).filter(isPrecached);
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

  test('the manifest lists pages and files relative to the base URL, plus the search files written later', () => {
    const manifest = offlineManifest('/guide/', BUILD);
    expect(manifest.base).toBe('/guide/');
    expect(manifest.pages).toEqual(['', '404', 'case-studies', 'lessons', 'ml-system-design/metrics']);
    expect(manifest.notFoundPage).toBe('404');
    expect(manifest.assets).toEqual([
      'assets/css/styles.5678.css',
      'assets/fonts/inter.woff2',
      'assets/images/diagram-9f8e.png',
      'assets/js/main.1234abcd.js',
      'img/favicon.svg',
      ...LATE_FILES,
    ]);
    expect(manifest.cacheName.startsWith(manifest.cachePrefix)).toBe(true);
    expect(manifest.cachePrefix).toBe('offline:/guide/:');
  });

  test('a build without a 404 page is refused, since unknown paths need it offline', () => {
    expect(() => offlineManifest('/', BUILD.filter((file) => file.path !== '404.html'))).toThrow(/404\.html/);
  });
});

describe('the cache name (one per build)', () => {
  const nameOf = (files: BuiltFile[], base = '/') => offlineManifest(base, files).cacheName;

  test('is the same for the same files in any order', () => {
    expect(nameOf([...BUILD].reverse())).toBe(nameOf(BUILD));
    expect(cacheNameFor('/', BUILD)).toBe(cacheNameFor('/', [...BUILD].reverse()));
  });

  test('changes when a page changes, when a file is added or removed, and with the base URL', () => {
    const changedPage = BUILD.map((file) =>
      file.path === 'ml-system-design/metrics.html' ? built(file.path, 'new text') : file,
    );
    const names = [
      nameOf(BUILD),
      nameOf(changedPage),
      nameOf([...BUILD, built('ml-system-design/serving.html')]),
      nameOf(BUILD.filter((file) => file.path !== 'lessons.html')),
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

test('sw.js starts with the manifest, then the worker code', () => {
  const manifest = offlineManifest('/', BUILD);
  const text = renderServiceWorker(manifest, '/* worker */');
  const [first, second] = text.split('\n');
  expect(JSON.parse(first.replace(/^const OFFLINE = /, '').replace(/;$/, ''))).toEqual(manifest);
  expect(second).toBe('/* worker */');
});
