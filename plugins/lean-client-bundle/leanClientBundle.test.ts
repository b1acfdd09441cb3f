/** @jest-environment node */
import {componentFolder} from '.';
import {savingData, shouldPreload} from './preloadPolicy';

test('a component module names its folder, on POSIX and Windows paths alike', () => {
  const folder = componentFolder('@site/src/components/lesson/calculators/CapacityCalculator');
  expect(folder.test('/site/src/components/lesson/calculators/CapacityCalculator/index.tsx')).toBe(true);
  expect(folder.test('C:\\site\\src\\components\\lesson\\calculators\\CapacityCalculator\\Calculator.tsx')).toBe(true);
  expect(folder.test('/site/src/components/lesson/calculators/CapacityCalculatorExtra/index.tsx')).toBe(false);
  expect(folder.test('/site/src/components/lesson/calculators/shared/useCalculator.ts')).toBe(false);
  expect(componentFolder('@site/src/components/lesson/SelfCheck').test('/site/src/components/lesson/SelfCheck/SelfCheckCard.tsx')).toBe(true);
});

test('a linked page is preloaded once, and not when the reader saves data', () => {
  expect(shouldPreload('/a', new Set(), false)).toBe(true);
  expect(shouldPreload('/a', new Set(['/a']), false)).toBe(false);
  expect(shouldPreload('/a', new Set(), true)).toBe(false);
});

test('Save-Data and 2G connections save data; others and unknown ones do not', () => {
  expect(savingData({saveData: true})).toBe(true);
  expect(savingData({effectiveType: 'slow-2g'})).toBe(true);
  expect(savingData({effectiveType: '4g', saveData: false})).toBe(false);
  expect(savingData(undefined)).toBe(false);
});
