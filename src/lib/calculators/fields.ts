/**
 * The inputs of a calculator as data: what each field accepts, how the text a reader types becomes a
 * value (or a short message shown beside the field), and how a value is written back as text. The
 * same rules check a lesson's props at build time and the values in a shared link.
 */

import {grouped} from './format';

export type NumberRule = {
  /** Smallest value allowed. */
  min: number;
  /** False when the value must be above `min` (a count of users cannot be 0). Default true. */
  minInclusive?: boolean;
  /** Largest value allowed: anything above is a typo, and would overflow the arithmetic. */
  max: number;
  /** False when the value must be below `max` (a rate of 100% leaves no variance). Default true. */
  maxInclusive?: boolean;
  /** Only whole numbers (layers, users). */
  integer?: boolean;
};

export type NumberField = {
  kind: 'number';
  key: string;
  label: string;
  /** Written after the input: "%", "GB", "requests/s". */
  unit?: string;
  /** One short line under the label. */
  hint?: string;
  rule: NumberRule;
};

export type ChoiceField = {
  kind: 'choice';
  key: string;
  label: string;
  hint?: string;
  options: readonly {value: string; label: string}[];
};

export type Field = NumberField | ChoiceField;

/** Values by field key: a number for a number field, the option's value for a choice. */
export type Values = Record<string, number | string>;

export type FieldReading = {ok: true; value: number | string} | {ok: false; message: string};

/** Longest text read as a number; anything longer is not a number anyone typed. */
const MAX_TEXT_LENGTH = 40;

/** "1,500", "1500", "1.5e3", "-2", "0.5", with an optional leading "$" and trailing "%". */
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
/** Commas only as thousands separators, so "1,5" is not silently read as 15. */
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;

export function describeNumber(value: number): string {
  return grouped(value, 10);
}

/** Reads what a reader typed against a rule: the value, or one short message saying what to type. */
export function readNumber(text: string, rule: NumberRule): FieldReading {
  const trimmed = text.trim();
  if (trimmed === '') return {ok: false, message: 'Enter a number.'};
  if (trimmed.length > MAX_TEXT_LENGTH) return {ok: false, message: 'Too long to be a number.'};
  let plain = trimmed.replace(/^\$/, '').replace(/%$/, '').replace(/[\s_\u00a0\u202f]/g, '');
  if (plain.includes(',')) {
    if (!GROUPED.test(plain)) return {ok: false, message: 'Use commas only between thousands, and a point for decimals (1,500.5).'};
    plain = plain.replaceAll(',', '');
  }
  if (!NUMBER.test(plain)) return {ok: false, message: 'Not a number: type digits, like 1,500 or 1.5e3.'};
  const value = Number(plain);
  const {min, max, minInclusive = true, maxInclusive = true, integer = false} = rule;
  if (!Number.isFinite(value) || value > max) return {ok: false, message: `Too large: at most ${describeNumber(max)}.`};
  if (!maxInclusive && value === max) return {ok: false, message: `Must be less than ${describeNumber(max)}.`};
  if (value < min || (!minInclusive && value === min)) {
    if (min === 0) return {ok: false, message: minInclusive ? 'Cannot be negative.' : 'Must be more than 0.'};
    return {ok: false, message: `${minInclusive ? 'At least' : 'Must be more than'} ${describeNumber(min)}.`};
  }
  if (integer && !Number.isInteger(value)) return {ok: false, message: 'Must be a whole number.'};
  return {ok: true, value};
}

export function readField(field: Field, text: string): FieldReading {
  if (field.kind === 'number') return readNumber(text, field.rule);
  const option = field.options.find((candidate) => candidate.value === text);
  return option ? {ok: true, value: option.value} : {ok: false, message: `Choose one of: ${field.options.map((o) => o.label).join(', ')}.`};
}

/** The text an input starts with for a value: "100,000,000", "0.05", "fp8". */
export function textOf(field: Field, value: number | string): string {
  if (field.kind === 'choice' || typeof value === 'string') return String(value);
  return Math.abs(value) >= 10_000 && Number.isInteger(value) ? describeNumber(value) : String(value);
}

export type Reading = {values?: Values; errors: Record<string, string>};

/** Every field read from its text: the values when all are good, and a message per bad field. */
export function readFields(fields: readonly Field[], texts: Readonly<Record<string, string>>): Reading {
  const values: Values = {};
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const reading = readField(field, texts[field.key] ?? '');
    if (reading.ok) values[field.key] = reading.value;
    else errors[field.key] = reading.message;
  }
  return Object.keys(errors).length === 0 ? {values, errors} : {errors};
}

/**
 * What is wrong with values a lesson passes as props, one line per problem, naming the prop. A
 * number must be a number (not a string of digits) within its field's rule; a choice one of its options.
 */
export function valueProblems(fields: readonly Field[], props: Readonly<Record<string, unknown>>): string[] {
  return fields.flatMap((field) => {
    const value = props[field.key];
    if (field.kind === 'choice') {
      return typeof value === 'string' && field.options.some((option) => option.value === value)
        ? []
        : [`${field.key}: is ${JSON.stringify(value)}, must be one of ${field.options.map((option) => `"${option.value}"`).join(', ')}`];
    }
    if (typeof value !== 'number') return [`${field.key}: is ${JSON.stringify(value)}, must be a number`];
    const reading = readNumber(String(value), field.rule);
    return reading.ok ? [] : [`${field.key}: is ${value}; ${reading.message}`];
  });
}

/** The props' values for the fields, for a calculator whose props have passed `valueProblems`. */
export function valuesOf(fields: readonly Field[], props: Readonly<Record<string, unknown>>): Values {
  return Object.fromEntries(fields.map((field) => [field.key, props[field.key] as number | string]));
}
