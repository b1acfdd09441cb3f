// Types of offlineRoutes.js (plain JavaScript, bundled into sw.js).
import type {OfflineConfig} from './precache';

export function routeOf(pathname: string, base: string): string | null;
export function cachedPageFor(pathname: string, config: OfflineConfig, isPrecached: (url: string) => boolean): string | null;
export function isOldCache(name: string, config: OfflineConfig): boolean;
