// Types of the plain-JavaScript service worker (serviceWorker.js), for the plugin and its tests.
import type {OfflineManifest} from './precache';

/** The parts of a service worker's global scope the worker uses; tests pass a fake. */
export type WorkerScope = {
  location: {origin: string};
  caches: CacheStorage;
  clients: {claim(): Promise<void>};
  fetch(input: RequestInfo, init?: RequestInit): Promise<Response>;
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate' | 'fetch', listener: (event: never) => void): void;
};

export function routeOf(pathname: string, base: string): string | null;
export function cachedPageFor(pathname: string, manifest: OfflineManifest, pages: ReadonlySet<string>): string | null;
export function cachedAssetFor(pathname: string, manifest: OfflineManifest, assets: ReadonlySet<string>): string | null;
export function precacheUrls(manifest: OfflineManifest): string[];
export function startOfflineWorker(scope: WorkerScope, manifest: OfflineManifest): void;
