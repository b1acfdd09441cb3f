import {readFields, readNumber, textOf, valueProblems, type Field} from './fields';

const positive = {min: 0, minInclusive: false, max: 1e10};

describe('readNumber', () => {
  test.each([
    ['100000000', 1e8],
    ['100,000,000', 1e8],
    ['100 000 000', 1e8],
    ['1_000', 1000],
    ['1e8', 1e8],
    ['  2.5 ', 2.5],
    ['.5', 0.5],
    ['$3', 3],
    ['60%', 60],
    ['+7', 7],
  ])('reads %j as %d', (text, value) => {
    expect(readNumber(text, positive)).toEqual({ok: true, value});
  });

  test.each([
    ['', 'Enter a number.'],
    ['   ', 'Enter a number.'],
    ['abc', 'Not a number: type digits, like 1,500 or 1.5e3.'],
    ['0x10', 'Not a number: type digits, like 1,500 or 1.5e3.'],
    ['NaN', 'Not a number: type digits, like 1,500 or 1.5e3.'],
    ['Infinity', 'Not a number: type digits, like 1,500 or 1.5e3.'],
    ['1,5', 'Use commas only between thousands, and a point for decimals (1,500.5).'],
    ['-3', 'Must be more than 0.'],
    ['0', 'Must be more than 0.'],
    ['1e309', 'Too large: at most 10,000,000,000.'],
    ['20000000000', 'Too large: at most 10,000,000,000.'],
    ['9'.repeat(41), 'Too long to be a number.'],
    ['<script>', 'Not a number: type digits, like 1,500 or 1.5e3.'],
  ])('refuses %j with a short message', (text, message) => {
    expect(readNumber(text, positive)).toEqual({ok: false, message});
  });

  test('inclusive and exclusive bounds, and whole numbers', () => {
    expect(readNumber('0', {min: 0, max: 5})).toEqual({ok: true, value: 0});
    expect(readNumber('-1', {min: 0, max: 5})).toEqual({ok: false, message: 'Cannot be negative.'});
    expect(readNumber('0.5', {min: 1, max: 5})).toEqual({ok: false, message: 'At least 1.'});
    expect(readNumber('100', {min: 0, max: 100, maxInclusive: false})).toEqual({ok: false, message: 'Must be less than 100.'});
    expect(readNumber('2.5', {min: 0, max: 5, integer: true})).toEqual({ok: false, message: 'Must be a whole number.'});
  });
});

const fields: Field[] = [
  {kind: 'number', key: 'users', label: 'Users', rule: {...positive, integer: true}},
  {kind: 'choice', key: 'gain', label: 'Gain', options: [{value: 'exponential', label: 'exponential'}, {value: 'linear', label: 'linear'}]},
];

test('readFields gives the values only when every field is good, and a message per bad field', () => {
  expect(readFields(fields, {users: '1,000', gain: 'linear'})).toEqual({values: {users: 1000, gain: 'linear'}, errors: {}});
  expect(readFields(fields, {users: '-1', gain: 'cubic'})).toEqual({
    errors: {users: 'Must be more than 0.', gain: 'Choose one of: exponential, linear.'},
  });
});

test('textOf groups large whole numbers and leaves the rest as typed', () => {
  expect(textOf(fields[0], 100_000_000)).toBe('100,000,000');
  expect(textOf(fields[0], 3072)).toBe('3072');
  expect(textOf(fields[0], 0.05)).toBe('0.05');
  expect(textOf(fields[1], 'linear')).toBe('linear');
});

test('valueProblems names each bad prop and what it must be', () => {
  expect(valueProblems(fields, {users: 10, gain: 'linear'})).toEqual([]);
  expect(valueProblems(fields, {users: '10', gain: 'cubic'})).toEqual([
    'users: is "10", must be a number',
    'gain: is "cubic", must be one of "exponential", "linear"',
  ]);
  expect(valueProblems(fields, {users: -5})).toEqual(['users: is -5; Must be more than 0.', 'gain: is undefined, must be one of "exponential", "linear"']);
  expect(valueProblems(fields, {users: Number.NaN, gain: 'linear'})).toEqual(['users: is NaN; Not a number: type digits, like 1,500 or 1.5e3.']);
});
