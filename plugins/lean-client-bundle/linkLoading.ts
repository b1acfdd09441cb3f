// Replaces Docusaurus's `window.docusaurus` (core's client/docusaurus.js): what a Link calls to load
// the page it points to.
// - prefetch, called for every internal link as it scrolls into view, does nothing. Docusaurus's
//   version fetched the linked lessons' chunks (about 200 KiB a first visit never asked for), and
//   even with the fetch switched off it still matched the route table and looked up chunk file
//   names for each link: about 5% of a long lesson's main-thread JavaScript at load, in one task.
// - preload, on hover, focus and touch, still loads the page's chunks ahead of the click, once per
//   path, and not on a connection that asks to save data.
import preloadRoute from '@docusaurus/core/lib/client/preload';
import {savingData, shouldPreload} from './preloadPolicy';

const preloaded = new Set<string>();

const linkLoading = {
  prefetch: (): false => false,
  preload: (routePath: string): Promise<unknown> | false => {
    if (!shouldPreload(routePath, preloaded, savingData((navigator as Navigator & {connection?: Parameters<typeof savingData>[0]}).connection))) return false;
    preloaded.add(routePath);
    return preloadRoute(routePath);
  },
};

export default linkLoading;
