/**
 * en-US number text without Intl: `groupedDecimal(x, max, min)` writes what
 * `new Intl.NumberFormat('en-US', {maximumFractionDigits: max, minimumFractionDigits: min}).format(x)`
 * writes for a finite x (tested against it), except that minus zero is written "0". The first
 * Intl.NumberFormat a page makes loads the browser's locale data: about 20 ms of main thread on a
 * laptop, 80 ms on a throttled phone, inside a calculator's hydration. This is string arithmetic.
 *
 * Like Intl, it starts from the shortest decimal that reads back as the same double (what String(x)
 * gives), rounds half away from zero, and groups the integer part in threes.
 */

/** The digits and the position of the decimal point of |x|'s shortest representation: 0.0081 → {digits: '81', point: -2}. */
export function decimalDigits(x: number): {digits: string; point: number} {
  const [mantissa, exponentText] = Math.abs(x).toString().split('e');
  const [whole, fraction = ''] = mantissa.split('.');
  const all = whole + fraction;
  const leadingZeros = all.length - all.replace(/^0+/, '').length;
  const digits = all.slice(leadingZeros).replace(/0+$/, '');
  return {digits, point: whole.length + Number(exponentText ?? 0) - leadingZeros};
}

/** Adds one to a string of decimal digits: '199' → '200', '99' → '100'. */
function increment(digits: string): string {
  const out = digits.split('');
  for (let index = out.length - 1; index >= 0; index -= 1) {
    if (out[index] !== '9') {
      out[index] = String(Number(out[index]) + 1);
      return out.join('');
    }
    out[index] = '0';
  }
  return `1${out.join('')}`;
}

/** |x| rounded half away from zero to `decimals` fraction digits, as integer and fraction digit strings. */
export function roundedParts(x: number, decimals: number): {whole: string; fraction: string} {
  const {digits, point} = decimalDigits(x);
  if (digits === '') return {whole: '0', fraction: ''.padEnd(decimals, '0')};
  // All digits up to the rounding position, padded with zeros: the number times 10^decimals, as a string.
  const keep = point + decimals;
  let scaled: string;
  if (keep <= 0) {
    scaled = keep === 0 && Number(digits[0]) >= 5 ? '1' : '0';
  } else {
    scaled = digits.slice(0, keep).padEnd(keep, '0');
    if (digits.length > keep && Number(digits[keep]) >= 5) scaled = increment(scaled);
  }
  scaled = scaled.padStart(decimals + 1, '0');
  const whole = scaled.slice(0, scaled.length - decimals).replace(/^0+(?=\d)/, '');
  return {whole, fraction: scaled.slice(scaled.length - decimals)};
}

/** x as en-US text with grouping and between `minimumFractionDigits` and `maximumFractionDigits` decimals. */
export function groupedDecimal(x: number, maximumFractionDigits: number, minimumFractionDigits = 0): string {
  if (!Number.isFinite(x)) return String(x);
  const {whole, fraction} = roundedParts(x, maximumFractionDigits);
  let kept = fraction;
  while (kept.length > minimumFractionDigits && kept.endsWith('0')) kept = kept.slice(0, -1);
  const isZero = /^0*$/.test(whole + kept);
  const sign = x < 0 && !isZero ? '-' : '';
  return `${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${kept ? `.${kept}` : ''}`;
}
