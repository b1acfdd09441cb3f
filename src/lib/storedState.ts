import {useCallback, useSyncExternalStore} from 'react';

/**
 * Reader data kept in the browser (progress, self-check marks, saved mock interviews). Every value
 * lives under one versioned key and is parsed on the way in: anything missing, corrupt, foreign,
 * from another version or larger than MAX_STORED_CHARS reads as the store's fallback, so saved data
 * can never crash a page. There is no server: this is the only place reader data is kept.
 */

/** Values longer than this (in UTF-16 characters) are ignored on read and refused on write. */
export const MAX_STORED_CHARS = 200_000;

const KEY_PREFIX = 'mlsd-guide';

/** Turns unknown JSON into a valid value, or undefined when it cannot be trusted. */
export type Parse<T> = (raw: unknown) => T | undefined;

export type WriteResult = {ok: true} | {ok: false; reason: string};

export type StoredState<T> = {
  /** The localStorage key, e.g. "mlsd-guide:progress:v1". */
  key: string;
  fallback: T;
  read: () => T;
  write: (value: T) => WriteResult;
  subscribe: (onChange: () => void) => () => void;
};

/** The storage the browser offers, or undefined while rendering on the server or when it is blocked. */
function browserStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    // Some privacy settings make merely touching localStorage throw.
    return undefined;
  }
}

/** Parses a stored string; exported for tests and for imports from files, which obey the same rules. */
export function parseStoredText<T>(text: string | null, parse: Parse<T>, fallback: T): T {
  if (text === null || text.length > MAX_STORED_CHARS) {
    return fallback;
  }
  try {
    return parse(JSON.parse(text)) ?? fallback;
  } catch {
    return fallback;
  }
}

/** An older version of a stored value, and how to read its data as the current shape. */
export type Migration<T> = {version: number; upgrade: Parse<T>};

function readItem(key: string): string | null {
  try {
    return browserStorage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/**
 * Defines one stored value. `name` and `version` make the key; bump the version when the shape
 * changes, and old data is then ignored rather than misread, unless `migrations` says how to read
 * an older version: while nothing is saved under the current key, the newest older key that holds
 * anything is read through its `upgrade`, and the first write saves the result under the current
 * key. The older key is left as it was, so nothing a reader saved is deleted.
 */
export function defineStoredState<T>(
  name: string,
  version: number,
  parse: Parse<T>,
  fallback: T,
  migrations: readonly Migration<T>[] = [],
): StoredState<T> {
  const keyOf = (v: number) => `${KEY_PREFIX}:${name}:v${v}`;
  const key = keyOf(version);
  const older = [...migrations].sort((a, b) => b.version - a.version).map((m) => ({key: keyOf(m.version), upgrade: m.upgrade}));
  const keys = [key, ...older.map((m) => m.key)];
  const listeners = new Set<() => void>();
  // useSyncExternalStore needs the same object back while the stored text has not changed.
  let cachedSource: string | null = null;
  let cachedValue: T = fallback;

  const read = (): T => {
    let source: {key: string; text: string | null; parse: Parse<T>} = {key, text: readItem(key), parse};
    for (const migration of older) {
      if (source.text !== null) break;
      source = {key: migration.key, text: readItem(migration.key), parse: migration.upgrade};
    }
    const cacheKey = source.text === null ? null : `${source.key}\n${source.text}`;
    if (cacheKey !== cachedSource) {
      cachedSource = cacheKey;
      cachedValue = parseStoredText(source.text, source.parse, fallback);
    }
    return cachedValue;
  };

  const write = (value: T): WriteResult => {
    const storage = browserStorage();
    if (!storage) {
      return {ok: false, reason: 'This browser does not allow the site to save data.'};
    }
    const text = JSON.stringify(value);
    if (text.length > MAX_STORED_CHARS) {
      return {ok: false, reason: `The data is too large to save (over ${MAX_STORED_CHARS.toLocaleString('en-US')} characters).`};
    }
    try {
      storage.setItem(key, text);
    } catch {
      return {ok: false, reason: 'The browser refused to save: its storage for this site is full.'};
    }
    listeners.forEach((listener) => listener());
    return {ok: true};
  };

  const subscribe = (onChange: () => void): (() => void) => {
    listeners.add(onChange);
    // Another tab saving the same key keeps this tab in step.
    const onStorage = (event: StorageEvent) => {
      if (event.key === null || keys.includes(event.key)) {
        onChange();
      }
    };
    window.addEventListener('storage', onStorage);
    return () => {
      listeners.delete(onChange);
      window.removeEventListener('storage', onStorage);
    };
  };

  return {key, fallback, read, write, subscribe};
}

/**
 * The stored value and a setter. The server render and the first client render both use the
 * fallback, so hydration never mismatches; the saved value appears right after.
 */
export function useStoredState<T>(state: StoredState<T>): [T, (value: T) => WriteResult] {
  const value = useSyncExternalStore(state.subscribe, state.read, () => state.fallback);
  const set = useCallback((next: T) => state.write(next), [state]);
  return [value, set];
}

/** True for a plain object (not null, not an array): the usual first check in a Parse function. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
