import {ceilWhole, floorWhole, normalQuantile, precise} from './math';

test('normal quantiles match the values statistics libraries give', () => {
  expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
  expect(normalQuantile(0.8)).toBeCloseTo(0.841621, 6);
  expect(normalQuantile(0.995)).toBeCloseTo(2.575829, 6);
  expect(normalQuantile(0.01)).toBeCloseTo(-2.326348, 6);
  expect(normalQuantile(0.5)).toBe(0);
  expect(normalQuantile(0)).toBeNaN();
  expect(normalQuantile(1)).toBeNaN();
});

test('rounding ignores floating-point dust but not real fractions', () => {
  expect(ceilWhole(231.99999999999997)).toBe(232);
  expect(ceilWhole(232.00000000000003)).toBe(232);
  expect(ceilWhole(752_699.7)).toBe(752_700);
  expect(ceilWhole(5.02)).toBe(6);
  expect(floorWhole(54.69)).toBe(54);
  expect(floorWhole(53.99999999999999)).toBe(54);
  expect(precise(0.0958990000001)).toBe('0.095899');
  expect(precise(752_699.718, 7)).toBe('752,699.7');
});
