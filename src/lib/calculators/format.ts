/**
 * How the calculators write numbers: grouped like the lessons ("23,148", "$338,720", "1.34 GB"),
 * rounded to what the inputs can justify, and never "NaN" or "Infinity" (a value that is not a
 * finite number is written as "—", so a bug can never print one to the reader).
 */

import {groupedDecimal} from './decimal';

const NOT_A_NUMBER = '—';

/**
 * `value.toLocaleString('en-US', {maximumFractionDigits, minimumFractionDigits})` without Intl (see
 * decimal.ts: the first Intl.NumberFormat a page makes costs a throttled phone about 80 ms).
 */
export function grouped(value: number, maximumFractionDigits: number, minimumFractionDigits = 0): string {
  return groupedDecimal(value, maximumFractionDigits, minimumFractionDigits);
}

/**
 * A plain number: whole numbers from 100 up ("23,148"), three significant figures below
 * ("70.6", "0.467", "0.0081"), and "4.34 × 10^14" from 10^12 up, where digits stop being readable.
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  const size = Math.abs(value);
  if (size >= 1e12) {
    const exponent = Math.floor(Math.log10(size));
    const mantissa = value / 10 ** exponent;
    return `${Number(mantissa.toPrecision(3))} × 10^${exponent}`;
  }
  if (size >= 100 || size === 0) return grouped(Math.round(value), 0);
  return grouped(Number(value.toPrecision(3)), 20);
}

/** A count of whole things, exact ("752,700"). */
export function formatCount(value: number): string {
  return Number.isFinite(value) ? grouped(Math.round(value), 0) : NOT_A_NUMBER;
}

/** Fixed decimals ("0.467", "5.02"). */
export function formatFixed(value: number, decimals: number): string {
  return Number.isFinite(value) ? grouped(value, decimals, decimals) : NOT_A_NUMBER;
}

/** A ratio between 0 and 1: three decimals ("0.467", "0.010"), two significant figures below 0.01 ("0.0081"). */
export function formatRatio(value: number): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  if (value !== 0 && Math.abs(value) < 0.00995) return grouped(Number(value.toPrecision(2)), 20);
  return formatFixed(value, 3);
}

/** Dollars: whole dollars from $100, cents from $1, two significant figures below ("$0.0056"). */
export function formatMoney(value: number): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  const size = Math.abs(value);
  const sign = value < 0 ? '−' : '';
  if (size >= 100) return `${sign}$${grouped(Math.round(size), 0)}`;
  if (size >= 1 || size === 0) return `${sign}$${formatFixed(size, 2)}`;
  return `${sign}$${grouped(Number(size.toPrecision(2)), 20)}`;
}

/** Bytes in decimal gigabytes, as the lessons and spec sheets count them ("70.6 GB", "1.34 GB"). */
export function formatGigabytes(bytes: number): string {
  return `${formatNumber(bytes / 1e9)} GB`;
}

/** A share as a percentage ("60%", "2.5%"). */
export function formatPercent(fraction: number): string {
  return Number.isFinite(fraction) ? `${formatNumber(fraction * 100)}%` : NOT_A_NUMBER;
}

/** Milliseconds from seconds ("33.6 ms"). */
export function formatMilliseconds(seconds: number): string {
  return `${formatNumber(seconds * 1000)} ms`;
}

/** "1 day", "6 days". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
}
