/** @jest-environment node */
import {componentFolder} from '.';

test('a component module names its folder, on POSIX and Windows paths alike', () => {
  const folder = componentFolder('@site/src/components/lesson/calculators/CapacityCalculator');
  expect(folder.test('/site/src/components/lesson/calculators/CapacityCalculator/index.tsx')).toBe(true);
  expect(folder.test('C:\\site\\src\\components\\lesson\\calculators\\CapacityCalculator\\Calculator.tsx')).toBe(true);
  expect(folder.test('/site/src/components/lesson/calculators/CapacityCalculatorExtra/index.tsx')).toBe(false);
  expect(folder.test('/site/src/components/lesson/calculators/shared/useCalculator.ts')).toBe(false);
  expect(componentFolder('@site/src/components/lesson/SelfCheck').test('/site/src/components/lesson/SelfCheck/SelfCheckCard.tsx')).toBe(true);
});
