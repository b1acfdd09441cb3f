import React from 'react';
import {act, fireEvent, render, screen} from '@testing-library/react';
import CopySectionLink from '.';
import {announce, copyText, sectionUrl} from './copy';

function mockClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', {value: {writeText: jest.fn(writeText)}, configurable: true});
  return navigator.clipboard.writeText as jest.Mock;
}

afterEach(() => {
  jest.useRealTimers();
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  Object.defineProperty(navigator, 'clipboard', {value: undefined, configurable: true});
});

describe('sectionUrl', () => {
  test('is the canonical URL with the anchor, without query or old anchor', () => {
    expect(sectionUrl('https://example.org/guide/metrics', 'http://127.0.0.1:3000/metrics?_highlight=ndcg#top', 'ndcgk')).toBe(
      'https://example.org/guide/metrics#ndcgk',
    );
  });

  test('falls back to the current address when the page has no canonical link', () => {
    expect(sectionUrl(null, 'http://127.0.0.1:3000/metrics?_highlight=ndcg#top', 'calibration')).toBe(
      'http://127.0.0.1:3000/metrics#calibration',
    );
  });
});

describe('copyText', () => {
  test('uses the Clipboard API when it is there', async () => {
    const writeText = mockClipboard(async () => {});
    await expect(copyText('https://example.org/a#b')).resolves.toBe(true);
    expect(writeText).toHaveBeenCalledWith('https://example.org/a#b');
  });

  test('falls back to the copy command when the Clipboard API refuses, and gives focus back', async () => {
    mockClipboard(async () => {
      throw new Error('denied');
    });
    document.execCommand = jest.fn(() => true);
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    await expect(copyText('x')).resolves.toBe(true);
    expect(document.execCommand).toHaveBeenCalledWith('copy');
    expect(document.querySelector('textarea')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  test('reports failure when nothing can copy', async () => {
    document.execCommand = jest.fn(() => false);
    await expect(copyText('x')).resolves.toBe(false);
  });
});

describe('announce', () => {
  test('says the message through one polite status region, again each time', () => {
    jest.useFakeTimers();
    announce('Link copied');
    jest.advanceTimersByTime(100);
    announce('Link copied');
    const regions = screen.getAllByRole('status');
    expect(regions).toHaveLength(1);
    expect(regions[0]).toHaveAttribute('aria-live', 'polite');
    expect(regions[0]).toBeEmptyDOMElement();
    jest.advanceTimersByTime(100);
    expect(regions[0]).toHaveTextContent('Link copied');
  });
});

describe('CopySectionLink', () => {
  test('copies the canonical link of the section and says so', async () => {
    jest.useFakeTimers();
    document.head.innerHTML = '<link rel="canonical" href="https://example.org/ml-system-design/metrics">';
    const writeText = mockClipboard(async () => {});
    render(<CopySectionLink anchor="ranking-metrics" />);
    const button = screen.getByRole('button', {name: 'Copy link to this section'});
    await act(async () => {
      fireEvent.click(button);
    });
    expect(writeText).toHaveBeenCalledWith('https://example.org/ml-system-design/metrics#ranking-metrics');
    expect(button).toHaveAttribute('title', 'Link copied');
    act(() => {
      jest.advanceTimersByTime(100);
    });
    expect(screen.getByRole('status')).toHaveTextContent('Link copied');
    act(() => {
      jest.advanceTimersByTime(2000);
    });
    expect(button).toHaveAttribute('title', 'Copy link to this section');
  });

  test('when copying fails, puts the anchor in the address bar and says where the link is', async () => {
    jest.useFakeTimers();
    document.execCommand = jest.fn(() => false);
    render(<CopySectionLink anchor="calibration" />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', {name: 'Copy link to this section'}));
    });
    expect(window.location.hash).toBe('#calibration');
    act(() => {
      jest.advanceTimersByTime(100);
    });
    expect(screen.getByRole('status')).toHaveTextContent('Could not copy; the link is in the address bar');
  });
});
