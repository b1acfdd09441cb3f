/** @jest-environment node */
import {parseEstimatedTime, toIsoDuration} from './estimatedTime';

describe('parseEstimatedTime', () => {
  test.each([
    ['20 minutes', 20],
    ['1 minute', 1],
    ['45 min', 45],
    ['1 hour', 60],
    ['2 hours', 120],
    ['1 hour 30 minutes', 90],
    ['  25 Minutes ', 25],
  ])('%s is %d minutes', (text, minutes) => {
    expect(parseEstimatedTime(text)).toBe(minutes);
  });

  test.each(['soon', '', '20', 'twenty minutes', '0 minutes', '601 minutes', '20 minutes or so', '-5 minutes'])(
    '%j is rejected',
    (text) => {
      expect(parseEstimatedTime(text)).toBeNull();
    },
  );
});

describe('toIsoDuration', () => {
  test.each([
    [20, 'PT20M'],
    [60, 'PT1H'],
    [90, 'PT1H30M'],
  ])('%d minutes is %s', (minutes, iso) => {
    expect(toIsoDuration(minutes)).toBe(iso);
  });
});
