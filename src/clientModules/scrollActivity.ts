/**
 * Marks the page as scrolling (`<html data-scrolling>`) while the reader scrolls and for a moment
 * after. On a phone the back-to-top button sits over the text column, so custom.css shows it only
 * then: it is there when the reader flicks upwards looking for the top, and gone while they read.
 */

export const SCROLL_IDLE_MS = 2000;

/** Starts watching scrolls on `win`; returns a function that stops it. */
export function watchScrollActivity(win: Window, idleMs = SCROLL_IDLE_MS): () => void {
  const root = win.document.documentElement;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onScroll = () => {
    root.setAttribute('data-scrolling', '');
    clearTimeout(timer);
    timer = setTimeout(() => root.removeAttribute('data-scrolling'), idleMs);
  };
  win.addEventListener('scroll', onScroll, {passive: true});
  return () => {
    win.removeEventListener('scroll', onScroll);
    clearTimeout(timer);
    root.removeAttribute('data-scrolling');
  };
}

let watching = false;

/** Docusaurus calls this after the first render and after each navigation; one watcher is enough. */
export function onRouteDidUpdate(): void {
  if (watching) return;
  watching = true;
  watchScrollActivity(window);
}
