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

/**
 * Defines one stored value. `name` and `version` make the key; bump the version when the shape
 * changes incompatibly, and old data is then ignored rather than misread.
 */
export function defineStoredState<T>(name: string, version: number, parse: Parse<T>, fallback: T): StoredState<T> {
  const key = `${KEY_PREFIX}:${name}:v${version}`;
  const listeners = new Set<() => void>();
  // useSyncExternalStore needs the same object back while the stored text has not changed.
  let cachedText: string | null = null;
  let cachedValue: T = fallback;

  const read = (): T => {
    let text: string | null = null;
    try {
      text = browserStorage()?.getItem(key) ?? null;
    } catch {
      text = null;
    }
    if (text !== cachedText) {
      cachedText = text;
      cachedValue = parseStoredText(text, parse, fallback);
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
      if (event.key === key || event.key === null) {
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
