import {decimalDigits, groupedDecimal, roundedParts} from './decimal';

const formats = new Map<string, Intl.NumberFormat>();
const intl = (x: number, max: number, min = 0) => {
  const key = `${max}:${min}`;
  if (!formats.has(key)) formats.set(key, new Intl.NumberFormat('en-US', {maximumFractionDigits: max, minimumFractionDigits: min}));
  return formats.get(key)!.format(x);
};

test('the shortest digits and the decimal point', () => {
  expect(decimalDigits(0.0081)).toEqual({digits: '81', point: -2});
  expect(decimalDigits(752699.7)).toEqual({digits: '7526997', point: 6});
  expect(decimalDigits(1e-7)).toEqual({digits: '1', point: -6});
  expect(decimalDigits(4.34e21)).toEqual({digits: '434', point: 22});
  expect(decimalDigits(0).digits).toBe('');
});

test('rounds half away from zero on the shortest decimal, as Intl does', () => {
  expect(roundedParts(1.005, 2)).toEqual({whole: '1', fraction: '01'});
  expect(roundedParts(0.125, 2)).toEqual({whole: '0', fraction: '13'});
  expect(roundedParts(999.96, 1)).toEqual({whole: '1000', fraction: '0'});
  expect(roundedParts(0.004, 2)).toEqual({whole: '0', fraction: '00'});
  expect(roundedParts(0.005, 2)).toEqual({whole: '0', fraction: '01'});
  expect(roundedParts(0.5, 0)).toEqual({whole: '1', fraction: ''});
});

test('the numbers the lessons print', () => {
  expect(groupedDecimal(23148, 0)).toBe('23,148');
  expect(groupedDecimal(338720, 0)).toBe('338,720');
  expect(groupedDecimal(1.34, 20)).toBe('1.34');
  expect(groupedDecimal(0.467, 3, 3)).toBe('0.467');
  expect(groupedDecimal(0.01, 3, 3)).toBe('0.010');
  expect(groupedDecimal(-1234.5, 1)).toBe('-1,234.5');
  expect(groupedDecimal(-0.0001, 2)).toBe('0');
  expect(groupedDecimal(-0, 0)).toBe('0');
});

test('writes what Intl.NumberFormat en-US writes, over 20,000 numbers of every size', () => {
  let seed = 7;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return (seed - 1) / 2147483646;
  };
  const settings: [number, number][] = [[0, 0], [1, 0], [2, 2], [3, 3], [10, 0], [12, 0], [20, 0]];
  const mismatches: string[] = [];
  for (let index = 0; index < 20000; index += 1) {
    const magnitude = 10 ** Math.floor(random() * 30 - 15);
    const raw = (random() - 0.3) * magnitude;
    // Also numbers with few digits, where ties (…5) are common.
    const x = index % 3 === 0 ? Number(raw.toPrecision(1 + Math.floor(random() * 4))) : raw;
    for (const [max, min] of settings) {
      const expected = intl(x, max, min).replace(/^-(?=0(\.0*)?$)/, '');
      if (groupedDecimal(x, max, min) !== expected) mismatches.push(`${x} (${max}, ${min}): ${groupedDecimal(x, max, min)} vs ${expected}`);
    }
  }
  expect(mismatches.slice(0, 10)).toEqual([]);
});

test('non-finite numbers are left to the callers, which write them as a dash', () => {
  expect(groupedDecimal(Number.NaN, 2)).toBe('NaN');
});
