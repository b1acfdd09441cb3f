import {assertValidProps, checksProps, ComponentPropsError} from './propErrors';

test('props are checked while building and in tests, but not by the production bundle in a browser', () => {
  expect(checksProps({production: true, browser: false})).toBe(true);
  expect(checksProps({production: false, browser: true})).toBe(true);
  expect(checksProps({production: true, browser: true})).toBe(false);
});

test('problems fail with the component, its label and each problem', () => {
  expect(() => assertValidProps('Calc', 'My calc', ['gpus: is 3; allowed: 1, 2, 4, 8'])).toThrow(
    new ComponentPropsError('Calc', 'My calc', ['gpus: is 3; allowed: 1, 2, 4, 8']),
  );
  expect(() => assertValidProps('Calc', 'My calc', () => ['x: missing'], true)).toThrow('Calc "My calc" has invalid props:\n  - x: missing');
  expect(() => assertValidProps('Calc', 'My calc', [])).not.toThrow();
});

test('a deferred check is not run where props are not checked, and a list always is', () => {
  const check = jest.fn(() => ['x: missing']);
  expect(() => assertValidProps('Calc', '', check, false)).not.toThrow();
  expect(check).not.toHaveBeenCalled();
  expect(() => assertValidProps('Calc', '', ['x: missing'], false)).toThrow(ComponentPropsError);
});
