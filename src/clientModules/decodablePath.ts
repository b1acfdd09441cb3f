/**
 * Docusaurus decodes the address with decodeURI before it renders anything, so an address with a
 * malformed escape ("/%E0%A4%A", "/lessons%") throws, and the page the host answered (the 404 page)
 * never starts: no suggestions, no navbar search. No page has such an address, so its "%" signs are
 * escaped in place ("%25"): the 404 page then starts as for any other unknown address.
 */

/** The path unchanged when decodeURI can read it, else with every "%" escaped. */
export function decodablePath(pathname: string): string {
  try {
    decodeURI(pathname);
    return pathname;
  } catch {
    return pathname.replaceAll('%', '%25');
  }
}

// Runs when the module is imported, before Docusaurus reads the address.
if (typeof window !== 'undefined') {
  const {pathname, search, hash} = window.location;
  const decodable = decodablePath(pathname);
  if (decodable !== pathname) window.history.replaceState(window.history.state, '', decodable + search + hash);
}
