/** @jest-environment node */
import {agrees, numberIn, stated} from './lessonNumbers';

test('numbers as lessons write them', () => {
  expect(numberIn('23,148')).toBe(23_148);
  expect(numberIn('$1.52')).toBe(1.52);
  expect(numberIn('4.34 × 10^14')).toBeCloseTo(4.34e14, -10);
  expect(numberIn('69M')).toBe(69e6);
  expect(numberIn('60%')).toBe(60);
  expect(() => numberIn('many')).toThrow('"many" is not a number');
});

test('agreement at the precision the text gives', () => {
  expect(agrees('232', 232.4)).toBe(true);
  expect(agrees('232', 230.9)).toBe(false);
  expect(agrees('0.219', 0.21918)).toBe(true);
  expect(agrees('0.219', 0.2202)).toBe(false);
  expect(agrees('1,430', 1429.07)).toBe(true);
  expect(agrees('1,430', 1419)).toBe(false);
  expect(agrees('$339,000', 338_720)).toBe(true);
  expect(agrees('$339,000', 337_000)).toBe(false);
  expect(agrees('69M', 69_444_444)).toBe(true);
  expect(agrees('69M', 70_100_000)).toBe(false);
  expect(agrees('4.34 × 10^14', 4.3377e14)).toBe(true);
  // Worked on from rounded numbers: 135.0 ÷ 6.7 = 20.1 where the unrounded step is 20.15.
  expect(agrees('20.1', 20.153)).toBe(true);
  expect(agrees('0.716', 0.71655)).toBe(true);
});

test('a sentence the lesson no longer says fails, naming the pattern', () => {
  expect(stated('Peak QPS ≈ 69,444', /Peak QPS ≈ ([\d,]+)/)).toEqual(['69,444']);
  expect(() => stated('Peak QPS about 70k', /Peak QPS ≈ ([\d,]+)/)).toThrow('the lesson no longer states');
});
