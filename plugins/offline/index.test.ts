/** @jest-environment node */
import fs from 'fs/promises';
import os from 'os';
import path from 'path';
import {writeServiceWorker} from './index';

async function fakeBuild(files: Record<string, string>): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'offline-build-'));
  for (const [file, content] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(dir, file)), {recursive: true});
    await fs.writeFile(path.join(dir, file), content);
  }
  return dir;
}

const SITE = {
  'index.html': '<h1>Home</h1>',
  '404.html': '<h1>Not found</h1>',
  'ml-system-design/metrics.html': '<h1>Metrics</h1>',
  'assets/js/main.abcd1234.js': 'console.log(1)',
  'assets/css/styles.ef56.css': 'body{}',
  'img/og/ml-system-design/metrics.png': 'png',
  'sitemap.xml': '<urlset/>',
};

test('writes sw.js into the build with every nested page and file, and the worker code', async () => {
  const dir = await fakeBuild(SITE);
  try {
    const manifest = await writeServiceWorker(dir, '/guide/');
    expect(manifest.pages).toEqual(['', '404', 'ml-system-design/metrics']);
    expect(manifest.assets).toEqual(['assets/css/styles.ef56.css', 'assets/js/main.abcd1234.js', 'search-index.json', 'search-text.json']);
    const text = await fs.readFile(path.join(dir, 'sw.js'), 'utf8');
    expect(text.startsWith(`const OFFLINE = ${JSON.stringify(manifest)};\n`)).toBe(true);
    expect(text).toContain('function startOfflineWorker(scope, manifest)');
  } finally {
    await fs.rm(dir, {recursive: true, force: true});
  }
});

test('a second build with changed content gets a new cache name; an identical one keeps it', async () => {
  const first = await fakeBuild(SITE);
  const same = await fakeBuild(SITE);
  const changed = await fakeBuild({...SITE, 'ml-system-design/metrics.html': '<h1>Metrics, revised</h1>'});
  try {
    const [a, b, c] = await Promise.all([first, same, changed].map((dir) => writeServiceWorker(dir, '/')));
    expect(b.cacheName).toBe(a.cacheName);
    expect(c.cacheName).not.toBe(a.cacheName);
  } finally {
    await Promise.all([first, same, changed].map((dir) => fs.rm(dir, {recursive: true, force: true})));
  }
});
