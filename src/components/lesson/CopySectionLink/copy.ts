/**
 * The shareable address of a section: the page's canonical URL (what the site publishes as the
 * page's address, see SITE_URL) with the section's anchor, falling back to the current address.
 */
export function sectionUrl(canonicalHref: string | null | undefined, currentHref: string, anchor: string): string {
  const base = new URL(canonicalHref || currentHref, currentHref);
  base.search = '';
  base.hash = anchor;
  return base.href;
}

/** Copies text with the Clipboard API, or, where that is missing or refused, the older copy command. */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (clipboard?.writeText) {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // Refused (no permission or not a secure context): try the fallback.
    }
  }
  const active = doc.activeElement as HTMLElement | null;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  doc.body.append(area);
  area.select();
  let copied = false;
  try {
    copied = doc.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  active?.focus();
  return copied;
}

let liveRegion: HTMLElement | null = null;

/**
 * Says a short message to screen readers through one polite live region, created on first use.
 * The text is set a moment after the region is cleared, so repeating a message is announced again.
 */
export function announce(message: string, doc: Document = document, delay = 100): void {
  if (!liveRegion || !doc.body.contains(liveRegion)) {
    liveRegion = doc.createElement('div');
    liveRegion.setAttribute('role', 'status');
    liveRegion.setAttribute('aria-live', 'polite');
    liveRegion.className = 'copy-section-link-status';
    Object.assign(liveRegion.style, {
      position: 'absolute',
      width: '1px',
      height: '1px',
      margin: '-1px',
      overflow: 'hidden',
      clip: 'rect(0 0 0 0)',
      whiteSpace: 'nowrap',
    });
    doc.body.append(liveRegion);
  }
  const region = liveRegion;
  region.textContent = '';
  setTimeout(() => {
    region.textContent = message;
  }, delay);
}
