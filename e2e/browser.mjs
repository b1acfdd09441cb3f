import {after, before} from 'node:test';
// Shared helpers for the browser tests: Debian's Chromium driven by playwright-core.
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
  {colorScheme = 'light', viewport = VIEWPORTS.desktop, serviceWorkers = 'block'} = {},
) {
  const context = await browser.newContext({colorScheme, viewport, serviceWorkers});
  const page = await context.newPage();
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
