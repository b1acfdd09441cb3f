// Replaces Docusaurus's link prefetcher. Docusaurus prefetches the chunks of every linked page as
// its link scrolls into view; a lesson links to a dozen others, so a first visit downloaded about
// 200 KiB of lessons the reader had not asked for (404 KiB in all for the introduction on a phone).
// Pages still load ahead of the click on hover, focus and touch (Docusaurus's separate preload).
export default function prefetch(): Promise<void> {
  return Promise.resolve();
}
