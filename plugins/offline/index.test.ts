/** @jest-environment node */
import fs from 'fs/promises';
import os from 'os';
import path from 'path';
import {rspack} from '@rspack/core';
import type {CurrentBundler} from '@docusaurus/types';
import {writeServiceWorker} from './index';

// The bundler Docusaurus builds this site with (@docusaurus/faster).
const bundler = rspack as unknown as CurrentBundler['instance'];

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

test('writes sw.js into the build: every nested page and file, then Workbox bundled in, nothing from elsewhere', async () => {
  const dir = await fakeBuild(SITE);
  try {
    const config = await writeServiceWorker(dir, '/guide/', bundler);
    expect(config.precache.map((entry) => entry.url)).toEqual([
      '/guide/',
      '/guide/404',
      '/guide/assets/css/styles.ef56.css',
      '/guide/assets/js/main.abcd1234.js',
      '/guide/ml-system-design/metrics',
      '/guide/search-index.json',
      '/guide/search-text.json',
    ]);
    const text = await fs.readFile(path.join(dir, 'sw.js'), 'utf8');
    expect(text.startsWith(`const OFFLINE = ${JSON.stringify(config)};\n`)).toBe(true);
    const worker = text.slice(text.indexOf('\n') + 1);
    expect(worker).toMatch(/bad-precaching-response|PrecacheController|workbox/);
    // Workbox's runtime is in the file: no importScripts (its default loads it from Google's CDN).
    expect(worker).not.toContain('importScripts');
    expect(worker).not.toMatch(/googleapis|cdn/i);
    expect(worker).not.toMatch(/^\s*(import|export)\s/m);
  } finally {
    await fs.rm(dir, {recursive: true, force: true});
  }
}, 30_000);

test('a second build with changed content gets a new cache name; an identical one keeps it', async () => {
  const first = await fakeBuild(SITE);
  const same = await fakeBuild(SITE);
  const changed = await fakeBuild({...SITE, 'ml-system-design/metrics.html': '<h1>Metrics, revised</h1>'});
  try {
    const [a, b, c] = await Promise.all([first, same, changed].map((dir) => writeServiceWorker(dir, '/', bundler)));
    expect(b.cacheName).toBe(a.cacheName);
    expect(c.cacheName).not.toBe(a.cacheName);
  } finally {
    await Promise.all([first, same, changed].map((dir) => fs.rm(dir, {recursive: true, force: true})));
  }
}, 30_000);
