import fs from 'fs/promises';
import path from 'path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {contentHashOf, offlineManifest, renderServiceWorker, type BuiltFile} from './precache';

export const SERVICE_WORKER_FILE = 'sw.js';

/** Every file under dir, relative to it with "/" separators. */
async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await fs.readdir(path.join(dir, prefix), {withFileTypes: true})) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await listFiles(dir, relative)));
    else if (entry.isFile()) files.push(relative);
  }
  return files;
}

/** Lists and hashes a build folder, then writes its service worker into it. Returns the manifest. */
export async function writeServiceWorker(outDir: string, baseUrl: string) {
  const files: BuiltFile[] = [];
  for (const file of await listFiles(outDir)) {
    files.push({path: file, contentHash: contentHashOf(await fs.readFile(path.join(outDir, file)))});
  }
  const manifest = offlineManifest(baseUrl, files);
  const workerSource = await fs.readFile(path.join(__dirname, 'serviceWorker.js'), 'utf8');
  await fs.writeFile(path.join(outDir, SERVICE_WORKER_FILE), renderServiceWorker(manifest, workerSource));
  return manifest;
}

/**
 * Offline reading: after the build, writes sw.js, a service worker that precaches every page and the
 * files they load (see serviceWorker.js), and registers it from a tiny client module once a page has
 * loaded and the browser is idle. Production builds only: `docusaurus start` gets neither.
 */
export default function offlinePlugin(context: LoadContext): Plugin {
  return {
    name: 'offline',
    getClientModules() {
      return process.env.NODE_ENV === 'production' ? [path.join(__dirname, 'registerServiceWorker.ts')] : [];
    },
    async postBuild({outDir}) {
      const manifest = await writeServiceWorker(outDir, context.baseUrl);
      console.log(
        `[offline] ${SERVICE_WORKER_FILE}: ${manifest.pages.length} pages and ${manifest.assets.length} files precached (${manifest.cacheName})`,
      );
    },
  };
}
