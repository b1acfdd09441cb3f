import {formatCount, formatFixed, formatGigabytes, formatMilliseconds, formatMoney, formatNumber, formatPercent, formatRatio, plural} from './format';

test('numbers read like the lessons write them', () => {
  expect(formatNumber(23_148.148)).toBe('23,148');
  expect(formatNumber(138.888)).toBe('139');
  expect(formatNumber(70.6)).toBe('70.6');
  expect(formatNumber(0.21918)).toBe('0.219');
  expect(formatNumber(4.3377e14)).toBe('4.34 × 10^14');
  expect(formatNumber(0)).toBe('0');
  expect(formatCount(752_699.7)).toBe('752,700');
  expect(formatFixed(12.7803, 3)).toBe('12.780');
  expect(formatRatio(0.46667)).toBe('0.467');
  expect(formatRatio(0.00808)).toBe('0.0081');
  expect(formatMoney(338_720)).toBe('$338,720');
  expect(formatMoney(1.523)).toBe('$1.52');
  expect(formatMoney(0.005568)).toBe('$0.0056');
  expect(formatMoney(0)).toBe('$0.00');
  expect(formatGigabytes(70.6e9)).toBe('70.6 GB');
  expect(formatGigabytes(1_342_177_280)).toBe('1.34 GB');
  expect(formatPercent(0.6)).toBe('60%');
  expect(formatMilliseconds(0.0335882)).toBe('33.6 ms');
  expect(plural(1, 'day')).toBe('1 day');
  expect(plural(51, 'day')).toBe('51 days');
});

test('a value that is not finite is written as a dash, never NaN or Infinity', () => {
  for (const format of [formatNumber, formatCount, formatRatio, formatMoney, formatPercent, formatGigabytes, formatMilliseconds]) {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(format(value)).not.toMatch(/NaN|Infinity/);
    }
  }
});
