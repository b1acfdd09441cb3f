import {SCROLL_IDLE_MS, watchScrollActivity} from './scrollActivity';

describe('scroll activity', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test('marks the page while scrolling and clears the mark once the reader stops', () => {
    const root = document.documentElement;
    root.removeAttribute('data-scrolling');
    const stop = watchScrollActivity(window);
    expect(root.hasAttribute('data-scrolling')).toBe(false);
    window.dispatchEvent(new Event('scroll'));
    expect(root.hasAttribute('data-scrolling')).toBe(true);
    jest.advanceTimersByTime(SCROLL_IDLE_MS - 100);
    // Another scroll starts the wait again.
    window.dispatchEvent(new Event('scroll'));
    jest.advanceTimersByTime(SCROLL_IDLE_MS - 100);
    expect(root.hasAttribute('data-scrolling')).toBe(true);
    jest.advanceTimersByTime(200);
    expect(root.hasAttribute('data-scrolling')).toBe(false);
    stop();
    window.dispatchEvent(new Event('scroll'));
    expect(root.hasAttribute('data-scrolling')).toBe(false);
  });
});
