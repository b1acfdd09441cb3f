import type {Field} from './fields';
import {MAX_SHARED_VALUE_LENGTH, readSharedInputs, shareQuery, shareUrl} from './shareLink';

const fields: Field[] = [
  {kind: 'number', key: 'dailyUsers', label: 'Daily active users', rule: {min: 0, minInclusive: false, max: 1e10, integer: true}},
  {kind: 'number', key: 'peakFactor', label: 'Peak factor', rule: {min: 1, max: 1000}},
  {kind: 'choice', key: 'gain', label: 'Gain', options: [{value: 'exponential', label: 'exponential'}, {value: 'linear', label: 'linear'}]},
];
const defaults = {dailyUsers: 100_000_000, peakFactor: 3, gain: 'exponential'};

test('a link with no parameters for this calculator leaves the lesson values and says nothing', () => {
  expect(readSharedInputs('?other.dailyUsers=5&q=x', 'capacity', fields, defaults)).toEqual({
    present: false,
    texts: {dailyUsers: '100,000,000', peakFactor: '3', gain: 'exponential'},
    notices: [],
  });
});

test('inputs round-trip through the link', () => {
  const query = shareQuery('capacity', fields, {dailyUsers: 250_000_000, peakFactor: 4.5, gain: 'linear'});
  expect(query).toBe('capacity.dailyUsers=250000000&capacity.peakFactor=4.5&capacity.gain=linear');
  expect(readSharedInputs(`?${query}`, 'capacity', fields, defaults)).toEqual({
    present: true,
    texts: {dailyUsers: '250000000', peakFactor: '4.5', gain: 'linear'},
    notices: [],
  });
});

test('junk falls back to the lesson value, field by field, and says so', () => {
  const junk = new URLSearchParams({
    'capacity.dailyUsers': '-5',
    'capacity.peakFactor': '<img src=x onerror=alert(1)>',
    'capacity.gain': 'linear',
    'capacity.colour': 'red',
  });
  const shared = readSharedInputs(junk.toString(), 'capacity', fields, defaults);
  expect(shared.texts).toEqual({dailyUsers: '100,000,000', peakFactor: '3', gain: 'linear'});
  expect(shared.notices).toEqual([
    `Daily active users: "-5" is not a usable value, so the lesson's 100,000,000 is used.`,
    `Peak factor: "<img src=x onerror=alert…" is not a usable value, so the lesson's 3 is used.`,
    'The link names an input this calculator does not have (capacity.colour); ignored.',
  ]);
});

test('over-long, non-finite and malformed values are refused', () => {
  for (const value of ['9'.repeat(MAX_SHARED_VALUE_LENGTH + 1), '1e309', 'Infinity', 'NaN', '%E0%A4%A', '']) {
    const shared = readSharedInputs(`capacity.peakFactor=${value}`, 'capacity', fields, defaults);
    expect(shared.texts.peakFactor).toBe('3');
    expect(shared.notices).toHaveLength(1);
  }
});

test('the share address keeps the page and replaces its query and hash', () => {
  expect(shareUrl('https://example.org/foundations/estimation?x=1#old', 'capacity.peakFactor=5', 'calculator-capacity')).toBe(
    'https://example.org/foundations/estimation?capacity.peakFactor=5#calculator-capacity',
  );
});
