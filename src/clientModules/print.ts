/**
 * Printing a lesson: every self-check answer is printed open and the page prints in the light theme
 * (dark mode's light text would vanish on white paper). The print stylesheet does what CSS can;
 * this covers browsers that cannot show a closed <details> in print, and restores the page after.
 */

type PrintState = {opened: HTMLDetailsElement[]; theme: string | null};

/** Opens every closed <details> and switches to the light theme; returns what to restore. */
export function prepareForPrint(root: Document): PrintState {
  const opened = [...root.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
  opened.forEach((details) => {
    details.open = true;
  });
  const html = root.documentElement;
  const theme = html.getAttribute('data-theme');
  html.setAttribute('data-theme', 'light');
  return {opened, theme};
}

export function restoreAfterPrint(root: Document, state: PrintState): void {
  state.opened.forEach((details) => {
    details.open = false;
  });
  if (state.theme === null) {
    root.documentElement.removeAttribute('data-theme');
  } else {
    root.documentElement.setAttribute('data-theme', state.theme);
  }
}

if (typeof window !== 'undefined') {
  let state: PrintState | undefined;
  window.addEventListener('beforeprint', () => {
    state ??= prepareForPrint(document);
  });
  window.addEventListener('afterprint', () => {
    if (state) restoreAfterPrint(document, state);
    state = undefined;
  });
}
