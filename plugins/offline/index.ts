import fs from 'fs/promises';
import os from 'os';
import path from 'path';
import type {CurrentBundler, LoadContext, Plugin} from '@docusaurus/types';
import {getManifest} from 'workbox-build';
import {offlineConfig, renderServiceWorker} from './precache';

export const SERVICE_WORKER_FILE = 'sw.js';

/** The site's bundler (rspack or webpack), called as Docusaurus calls it. */
type Bundler = CurrentBundler['instance'];

/**
 * Bundles serviceWorker.js with the Workbox modules it imports into one classic script, so the
 * worker loads nothing else (Workbox's default, importScripts from Google's CDN, is another origin).
 */
export async function bundleWorker(bundler: Bundler): Promise<string> {
  const outDir = await fs.mkdtemp(path.join(os.tmpdir(), 'offline-worker-'));
  try {
    const compiler = bundler({
      mode: 'production',
      target: 'webworker',
      devtool: false,
      context: __dirname,
      entry: path.join(__dirname, 'serviceWorker.js'),
      output: {path: outDir, filename: 'worker.js', iife: true},
      performance: {hints: false},
    });
    const stats = await new Promise<{hasErrors(): boolean; toString(options: object): string}>((resolve, reject) =>
      compiler.run((error, result) => (error || !result ? reject(error) : resolve(result))),
    );
    await new Promise<void>((resolve) => compiler.close(() => resolve()));
    if (stats.hasErrors()) throw new Error(`offline: bundling the service worker failed:\n${stats.toString({all: false, errors: true})}`);
    return await fs.readFile(path.join(outDir, 'worker.js'), 'utf8');
  } finally {
    await fs.rm(outDir, {recursive: true, force: true});
  }
}

/** Lists and hashes a build folder with Workbox, then writes its service worker into it. Returns the configuration. */
export async function writeServiceWorker(outDir: string, baseUrl: string, bundler: Bundler) {
  const [{manifestEntries = []}, worker] = await Promise.all([
    getManifest({
      globDirectory: outDir,
      globPatterns: ['**/*'],
      // Not hashed at all: the preview images are most of the build's bytes (precache.ts decides the rest).
      globIgnores: ['img/og/**'],
      // Workbox leaves bigger files out with a warning; every file a page loads must be there.
      maximumFileSizeToCacheInBytes: Number.MAX_SAFE_INTEGER,
    }),
    bundleWorker(bundler),
  ]);
  const config = offlineConfig(baseUrl, manifestEntries);
  await fs.writeFile(path.join(outDir, SERVICE_WORKER_FILE), renderServiceWorker(config, worker));
  return config;
}

/**
 * Offline reading: after the build, writes sw.js, a Workbox service worker that precaches every page
 * and the files they load (see serviceWorker.js), and registers it from a tiny client module once a
 * page has loaded and the browser is idle. Production builds only: `docusaurus start` gets neither.
 */
export default function offlinePlugin(context: LoadContext): Plugin {
  return {
    name: 'offline',
    getClientModules() {
      return process.env.NODE_ENV === 'production' ? [path.join(__dirname, 'registerServiceWorker.ts')] : [];
    },
    async postBuild({outDir}) {
      const started = performance.now();
      const config = await writeServiceWorker(outDir, context.baseUrl, context.currentBundler.instance);
      const took = Math.round(performance.now() - started);
      console.log(`[offline] ${SERVICE_WORKER_FILE}: ${config.precache.length} pages and files precached (${config.cacheName}), written in ${took} ms`);
    },
  };
}
