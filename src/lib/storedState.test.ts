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
});
