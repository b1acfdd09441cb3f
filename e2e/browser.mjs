import {after, before} from 'node:test';
// Shared helpers for the browser tests: Debian's Chromium driven by playwright-core.
import {AxeBuilder} from '@axe-core/playwright';
import {chromium} from 'playwright-core';
import {findChromium} from '../scripts/chromium.mjs';

export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://localhost:3210';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchBrowser() {
  return chromium.launch({
    executablePath: findChromium() ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

export const VIEWPORTS = {
  phone: {width: 360, height: 740},
  desktop: {width: 1280, height: 900},
};

/**
 * Opens a page and records what a reader would notice going wrong: console errors, uncaught
 * exceptions, failed responses and any request to another origin. The offline service worker is
 * blocked unless asked for (`serviceWorkers: 'allow'`): a first visit looks the same without it, and
 * dozens of short-lived contexts each downloading the whole site would only slow the tests down
 * (e2e/offline.test.mjs tests it).
 */
export async function openPage(
  browser,
  path,
  {colorScheme = 'light', viewport = VIEWPORTS.desktop, serviceWorkers = 'block', document} = {},
) {
  const context = await browser.newContext({colorScheme, viewport, serviceWorkers});
  const page = await context.newPage();
  // A document to answer the address with, in place of the test server's (see missingPage).
  if (document) {
    await page.route(
      (url) => url.href === new URL(path, BASE_URL).href,
      (route) => (route.request().isNavigationRequest() ? route.fulfill(document) : route.continue()),
    );
  }
  const problems = {consoleErrors: [], foreignRequests: [], failedResponses: []};
  const origin = new URL(BASE_URL).origin;
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(String(error)));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) {
      problems.foreignRequests.push(request.url());
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedResponses.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(new URL(path, BASE_URL).href, {waitUntil: 'networkidle'});
  // Scripts load after the first paint, so the network can be idle before React has hydrated.
  await page.waitForSelector('html[data-has-hydrated="true"]');
  return {page, context, problems};
}

/**
 * Switches a page to a colour scheme and waits until the site has followed it and the colour
 * transitions that starts (about 20 on a page) have ended: axe measures colours as they are at that moment, so a check
 * run straight after the switch can catch a button half-way between its light and dark colours.
 */
export async function useColorScheme(page, scheme) {
  await page.emulateMedia({colorScheme: scheme});
  await page.waitForFunction((theme) => document.documentElement.dataset.theme === theme, scheme);
  await page.waitForFunction(() => document.getAnimations().length === 0);
}

/** Paths of every page in the built sitemap, relative to the site root. */
export async function sitemapPaths() {
  const response = await fetch(new URL('/sitemap.xml', BASE_URL));
  if (!response.ok) throw new Error(`sitemap.xml: HTTP ${response.status}`);
  const xml = await response.text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
}

/**
 * One Chromium for a whole test file: launched before its first test, closed after its last.
 * Read `.browser` inside tests (it is set once the `before` hook has run).
 */
export function useSharedBrowser() {
  const shared = {browser: undefined};
  before(async () => {
    shared.browser = await launchBrowser();
  });
  after(async () => {
    await shared.browser?.close();
  });
  return shared;
}

/**
 * The scripts a page's HTML loads: <script src> tags, and the list the page template's loader
 * requests after the first paint (plugins/lean-client-bundle/ssrTemplate.ts).
 */
export function pageScripts(html) {
  const tags = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((match) => match[1]);
  const loaded = [...html.matchAll(/"((?:\/[^"\s]*)?\/assets\/js\/[^"\s]+\.js)"/g)].map((match) => match[1]);
  return [...new Set([...tags, ...loaded])];
}

/**
 * Axe with its default rules on a page, set up for speed without changing what is checked:
 * - `resultTypes: ['violations']` (documented by axe as a speed-up): passes and incomplete results
 *   keep one example node each instead of every node, so there is far less to serialise; the
 *   violations are reported in full, and they are all any test reads;
 * - legacy mode: axe runs in the page itself instead of sending its results to a second, blank page
 *   to be combined there. That second page costs more than the audit on a long page. Legacy mode
 *   still checks same-origin frames; only cross-origin ones are left out, and the site has none (it
 *   loads nothing from another origin, which the browser tests check).
 * Chain `.include()`, `.withRules()` or `.disableRules()` onto it as usual.
 */
export function axe(page) {
  return new AxeBuilder({page}).setLegacyMode(true).options({resultTypes: ['violations']});
}

/**
 * The default axe rules whose result can depend on colours (axe files them under `cat.color`;
 * color-contrast-enhanced, the AAA level, is off by default). The light and dark themes differ only
 * in colours (Infima's CSS variables, the highlighter's token colours): no component reads the colour
 * mode, so the two themes have the same DOM. A page therefore needs every rule in one theme and only
 * these in the other for the same coverage. `colourRulesRun` keeps this list honest.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** The rules of an axe result filed under colour, whatever their outcome. */
export function colourRulesRun(results) {
  const rules = [...results.violations, ...results.passes, ...results.incomplete, ...results.inapplicable];
  return [...new Set(rules.filter((rule) => rule.tags.includes('cat.color')).map((rule) => rule.id))].sort();
}

/** How many pages a test that only reads the site opens at once (each in its own context). */
export const PAGES_AT_ONCE = Number(process.env.E2E_PAGES_AT_ONCE ?? 2);

/**
 * How a static host answers a missing address: status 404 with the built 404 page. `docusaurus serve`
 * answers an address with a malformed escape ("/%E0%A4%A") with a 400 page of its own instead, so
 * a test of the 404 page opens such an address with this document (openPage's `document` option);
 * undefined when the test server already answers 404.
 */
export async function missingPage(path) {
  const response = await fetch(new URL(path, BASE_URL));
  if (response.status === 404) return undefined;
  const body = await (await fetch(new URL('/404.html', BASE_URL))).text();
  return {status: 404, contentType: 'text/html; charset=utf-8', body};
}

/**
 * Runs `task` on every item, at most `limit` at a time, and resolves with the results in order;
 * the first failure is thrown once every started task has settled. For checks that each open their
 * own browser context and only read the site: while one page waits for the network, another renders.
 */
export async function forEachConcurrently(items, limit, task) {
  const results = new Array(items.length);
  let next = 0;
  let failure;
  const worker = async () => {
    while (next < items.length && failure === undefined) {
      const index = next;
      next += 1;
      try {
        results[index] = await task(items[index], index);
      } catch (error) {
        failure ??= {error};
      }
    }
  };
  await Promise.all(Array.from({length: Math.min(limit, items.length)}, worker));
  if (failure) throw failure.error;
  return results;
}
