import {act, renderHook} from '@testing-library/react';
import {defineStoredState, isRecord, MAX_STORED_CHARS, parseStoredText, useStoredState} from './storedState';

const parseCount = (raw: unknown) =>
  isRecord(raw) && typeof raw.count === 'number' && Number.isFinite(raw.count) ? {count: raw.count} : undefined;

describe('stored state', () => {
  beforeEach(() => window.localStorage.clear());

  test('the key carries the name and version', () => {
    expect(defineStoredState('counter', 3, parseCount, {count: 0}).key).toBe('mlsd-guide:counter:v3');
  });

  test.each([
    ['missing', null],
    ['not JSON', '{"count": '],
    ['foreign shape', '{"total": 4}'],
    ['wrong type', '{"count": "4"}'],
    ['an array', '[1,2]'],
    ['oversized', JSON.stringify({count: 1, pad: 'x'.repeat(MAX_STORED_CHARS)})],
  ])('%s data reads as the fallback', (_, text) => {
    expect(parseStoredText(text, parseCount, {count: 0})).toEqual({count: 0});
  });

  test('a written value reads back, and the same object is returned while unchanged', () => {
    const state = defineStoredState('counter', 1, parseCount, {count: 0});
    expect(state.write({count: 2})).toEqual({ok: true});
    const first = state.read();
    expect(first).toEqual({count: 2});
    expect(state.read()).toBe(first);
  });

  test('corrupt data already in storage reads as the fallback', () => {
    const state = defineStoredState('counter', 1, parseCount, {count: 0});
    window.localStorage.setItem(state.key, '\u0000garbage');
    expect(state.read()).toEqual({count: 0});
  });

  test('a value too large to save is refused with a reason', () => {
    const state = defineStoredState<{count: number; pad?: string}>('counter', 1, parseCount, {count: 0});
    const result = state.write({count: 1, pad: 'x'.repeat(MAX_STORED_CHARS)});
    expect(result.ok).toBe(false);
    expect(window.localStorage.getItem(state.key)).toBeNull();
  });

  test('a full storage is reported, not thrown', () => {
    const state = defineStoredState('counter', 1, parseCount, {count: 0});
    const spy = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(state.write({count: 1})).toEqual({ok: false, reason: expect.stringMatching(/full/)});
    spy.mockRestore();
  });

  test('the hook re-renders on write and when another tab changes the key', () => {
    const state = defineStoredState('counter', 1, parseCount, {count: 0});
    const {result} = renderHook(() => useStoredState(state));
    expect(result.current[0]).toEqual({count: 0});
    act(() => {
      result.current[1]({count: 5});
    });
    expect(result.current[0]).toEqual({count: 5});
    act(() => {
      window.localStorage.setItem(state.key, JSON.stringify({count: 9}));
      window.dispatchEvent(new StorageEvent('storage', {key: state.key}));
    });
    expect(result.current[0]).toEqual({count: 9});
  });

  describe('migrations from an older version', () => {
    const parseTotal = (raw: unknown) =>
      isRecord(raw) && typeof raw.total === 'number' ? {count: raw.total} : undefined;
    const parseV1 = (raw: unknown) => (isRecord(raw) && typeof raw.n === 'number' ? {count: raw.n * 10} : undefined);
    const define = () =>
      defineStoredState('counter', 3, parseCount, {count: 0}, [
        {version: 1, upgrade: parseV1},
        {version: 2, upgrade: parseTotal},
      ]);

    test('with nothing under the current key, the newest older key is read through its upgrade', () => {
      window.localStorage.setItem('mlsd-guide:counter:v1', JSON.stringify({n: 4}));
      expect(define().read()).toEqual({count: 40});
      window.localStorage.setItem('mlsd-guide:counter:v2', JSON.stringify({total: 7}));
      expect(define().read()).toEqual({count: 7});
    });

    test('the first write saves under the current key, which then wins; the old key is kept', () => {
      window.localStorage.setItem('mlsd-guide:counter:v2', JSON.stringify({total: 7}));
      const state = define();
      expect(state.read()).toEqual({count: 7});
      expect(state.write({count: 8})).toEqual({ok: true});
      expect(window.localStorage.getItem('mlsd-guide:counter:v3')).toBe(JSON.stringify({count: 8}));
      expect(window.localStorage.getItem('mlsd-guide:counter:v2')).toBe(JSON.stringify({total: 7}));
      expect(state.read()).toEqual({count: 8});
    });

    test('corrupt old data reads as the fallback, and the same text under two keys is not confused', () => {
      window.localStorage.setItem('mlsd-guide:counter:v2', 'not json');
      expect(define().read()).toEqual({count: 0});
      const state = define();
      window.localStorage.setItem('mlsd-guide:counter:v2', JSON.stringify({count: 5, total: 1}));
      expect(state.read()).toEqual({count: 1});
      window.localStorage.setItem('mlsd-guide:counter:v3', JSON.stringify({count: 5, total: 1}));
      expect(state.read()).toEqual({count: 5});
    });
  });
});
