import {nextColorMode, type ColorModeChoice} from './nextColorMode';

const cycle = (systemIsDark: boolean): ColorModeChoice[] => {
  const seen: ColorModeChoice[] = [null];
  for (let step = 0; step < 3; step += 1) seen.push(nextColorMode(seen[seen.length - 1], systemIsDark));
  return seen;
};

test('on a light system the first click turns the page dark, then light, then back to the system', () => {
  expect(cycle(false)).toEqual([null, 'dark', 'light', null]);
});

test('on a dark system the first click turns the page light, then dark, then back to the system', () => {
  expect(cycle(true)).toEqual([null, 'light', 'dark', null]);
});

test('every first click from the system setting changes what the reader sees', () => {
  for (const systemIsDark of [false, true]) {
    const shown = (choice: ColorModeChoice) => choice ?? (systemIsDark ? 'dark' : 'light');
    expect(shown(nextColorMode(null, systemIsDark))).not.toBe(shown(null));
  }
});
