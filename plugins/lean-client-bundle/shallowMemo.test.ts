import {readFileSync} from 'fs';
import path from 'path';
import {renderHook} from '@testing-library/react';
import {REACT_UTILS, reactUtilsTarget} from '.';
import {byKey, useShallowMemoObject} from './shallowMemoObject';

const exportedNames = (source: string): string[] =>
  [...source.matchAll(/^export (?:async )?(?:function|class|const|let) (\w+)/gm)].map((match) => match[1]);

test('the replacement exports every name the original does (a new one in a Docusaurus update fails here)', () => {
  const original = exportedNames(readFileSync(REACT_UTILS, 'utf8')).sort();
  const wrapper = readFileSync(path.join(__dirname, 'shallowMemo.ts'), 'utf8');
  const reexported = [...wrapper.matchAll(/^export \{([^}]+)\} from/gm)].flatMap((match) => match[1].split(',').map((name) => name.trim()));
  expect(original).toContain('useShallowMemoObject');
  expect(reexported.sort()).toEqual(original);
});

test('theme-common gets the replacement; the replacement itself gets the original', () => {
  expect(reactUtilsTarget('/x/node_modules/@docusaurus/theme-common/lib/contexts/navbarSecondaryMenu/content.js')).toBe(path.join(__dirname, 'shallowMemo.ts'));
  expect(reactUtilsTarget(path.join(__dirname, 'shallowMemo.ts'))).toBeUndefined();
});

test('keys sort in code-unit order without locale data', () => {
  const spy = jest.spyOn(String.prototype, 'localeCompare');
  const pairs: [string, unknown][] = [['props', 1], ['component', 2], ['Z', 3], ['a', 4]];
  expect(pairs.sort(byKey).map(([key]) => key)).toEqual(['Z', 'a', 'component', 'props']);
  expect(byKey(['a', 1], ['a', 2])).toBe(0);
  expect(spy).not.toHaveBeenCalled();
  spy.mockRestore();
});

test('the memoised object stays the same while its keys and values do, in any key order, and changes with a value', () => {
  const value = {};
  const {result, rerender} = renderHook((obj: object) => useShallowMemoObject(obj), {initialProps: {a: 1, b: value}});
  const first = result.current;
  rerender({b: value, a: 1});
  expect(result.current).toBe(first);
  rerender({a: 2, b: value});
  expect(result.current).not.toBe(first);
  expect(result.current).toEqual({a: 2, b: value});
});
