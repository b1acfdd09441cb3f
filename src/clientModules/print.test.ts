import {prepareForPrint, restoreAfterPrint} from './print';

describe('print preparation', () => {
  beforeEach(() => {
    document.documentElement.setAttribute('data-theme', 'dark');
    document.body.innerHTML = `
      <details id="closed"><summary>Q1</summary><p>A1</p></details>
      <details id="open" open><summary>Q2</summary><p>A2</p></details>`;
  });

  test('opens closed answers and prints light, then puts everything back', () => {
    const closed = document.getElementById('closed') as HTMLDetailsElement;
    const open = document.getElementById('open') as HTMLDetailsElement;
    const state = prepareForPrint(document);
    expect(closed.open).toBe(true);
    expect(document.documentElement.getAttribute('data-theme')).toBe('light');
    restoreAfterPrint(document, state);
    expect(closed.open).toBe(false);
    expect(open.open).toBe(true);
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
  });

  test('the events drive it', () => {
    window.dispatchEvent(new Event('beforeprint'));
    expect((document.getElementById('closed') as HTMLDetailsElement).open).toBe(true);
    window.dispatchEvent(new Event('afterprint'));
    expect((document.getElementById('closed') as HTMLDetailsElement).open).toBe(false);
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
  });
});
