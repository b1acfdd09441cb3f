import {useMemo} from 'react';

/** Orders [key, value] pairs by key in code-unit order (no locale data needed). */
export function byKey(a: [string, unknown], b: [string, unknown]): number {
  if (a[0] === b[0]) return 0;
  return a[0] < b[0] ? -1 : 1;
}

/**
 * The same object as on the last render while its own keys and values are unchanged (compared with
 * Object.is, as useMemo does), whatever order the keys come in.
 */
export function useShallowMemoObject<O extends object>(obj: O): O {
  const deps = Object.entries(obj).sort(byKey);
  // The dependency list is the object's sorted keys and values, as in the original.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => obj, deps.flat());
}
