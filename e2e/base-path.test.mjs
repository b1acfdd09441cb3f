// A build for a GitHub project page (BASE_URL=/guide/, SITE_URL set) served under /guide/ by
// scripts/serve-build.mjs, as a static host would: links, assets, search, preview images and the
// service worker must all stay under /guide/. Builds its own copy of the site (about 20 s).
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {pageScripts, useSharedBrowser} from './browser.mjs';

const BASE = '/guide/';
const SITE_URL = 'https://guide.example.org';
const shared = useSharedBrowser();
const site = {dir: '', origin: '', server: undefined};

function run(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {env: {...process.env, ...env}, stdio: ['ignore', 'pipe', 'pipe']});
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({code, output}));
  });
}

/** Starts scripts/serve-build.mjs on a free port and resolves with its origin. */
function serve(dir) {
  return new Promise((resolve, reject) => {
    site.server = spawn('node', ['scripts/serve-build.mjs', '0', dir, BASE], {stdio: ['ignore', 'pipe', 'inherit']});
    site.server.stdout.on('data', (chunk) => {
      const match = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(String(chunk));
      if (match) resolve(match[1]);
    });
    site.server.on('exit', (code) => reject(new Error(`serve-build exited with ${code}`)));
  });
}

before(async () => {
  site.dir = await mkdtemp(path.join(tmpdir(), 'base-path-build-'));
  const {code, output} = await run('npx', ['docusaurus', 'build', '--out-dir', site.dir], {BASE_URL: BASE, SITE_URL});
  if (code !== 0) throw new Error(`the /guide/ build failed:\n${output.slice(-3000)}`);
  site.origin = await serve(site.dir);
});

after(async () => {
  site.server?.kill();
  await rm(site.dir, {recursive: true, force: true});
});

const local = (url) => new URL(new URL(url, SITE_URL).pathname, site.origin).href;

/** An attribute's values in some HTML, quoted or not (the build minifies its pages). */
function attributeValues(html, name) {
  const pattern = new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'g');
  return [...html.matchAll(pattern)].map((match) => (match[1] ?? match[2] ?? match[3]).replace(/&amp;/g, '&'));
}

/** The first tag of a kind whose attribute has a value, e.g. the meta tag with property=og:image. */
function tagWith(html, tag, name, value) {
  return [...html.matchAll(new RegExp(`<${tag}\\s[^>]*>`, 'g'))]
    .map((match) => match[0])
    .find((text) => attributeValues(text, name).includes(value));
}

/** Root-relative URLs in a page's href and src attributes. */
function rootRelativeUrls(html) {
  return [...attributeValues(html, 'href'), ...attributeValues(html, 'src'), ...pageScripts(html)].filter((url) => url.startsWith('/'));
}

async function sitemapUrls() {
  const xml = await readFile(path.join(site.dir, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
}

describe(`a build for ${BASE}`, () => {
  test('the sitemap lists every page under the site URL and base path, and every page is served', async () => {
    const urls = await sitemapUrls();
    assert.ok(urls.length > 30, `${urls.length} pages`);
    const outside = urls.filter((url) => !url.startsWith(`${SITE_URL}${BASE}`));
    assert.deepEqual(outside, []);
    const broken = [];
    for (const url of urls) {
      const response = await fetch(local(url));
      if (response.status !== 200) broken.push(`${url}: HTTP ${response.status}`);
    }
    assert.deepEqual(broken, []);
  });

  test(`every link, script, style and image on every page stays under ${BASE} and is served`, async () => {
    const outside = new Set();
    const targets = new Set();
    for (const url of await sitemapUrls()) {
      const html = await (await fetch(local(url))).text();
      for (const target of rootRelativeUrls(html)) {
        if (!target.startsWith(BASE)) outside.add(`${new URL(url).pathname}: ${target}`);
        else targets.add(target.split('#')[0]);
      }
    }
    assert.deepEqual([...outside], []);
    const broken = [];
    for (const target of targets) {
      const response = await fetch(new URL(target, site.origin), {method: 'HEAD'});
      if (response.status !== 200) broken.push(`${target}: HTTP ${response.status}`);
    }
    const kinds = [/^\/guide\/assets\/js\/main\.\w+\.js$/, /^\/guide\/assets\/css\/.+\.css$/, /^\/guide\/img\/favicon\.svg$/, /^\/guide\/lessons$/];
    for (const kind of kinds) assert.ok([...targets].some((target) => kind.test(target)), `a page refers to ${kind}`);
    assert.deepEqual(broken, []);
  });

  test('link previews name the real site, and their images are served', async () => {
    const html = await (await fetch(new URL(`${BASE}ml-system-design/metrics`, site.origin))).text();
    const [image] = attributeValues(tagWith(html, 'meta', 'property', 'og:image') ?? '', 'content');
    assert.equal(image, `${SITE_URL}${BASE}img/og/ml-system-design/metrics.png`);
    const [canonical] = attributeValues(tagWith(html, 'link', 'rel', 'canonical') ?? '', 'href');
    assert.equal(canonical, `${SITE_URL}${BASE}ml-system-design/metrics`);
    const png = await fetch(local(image));
    assert.equal(png.status, 200);
    assert.equal(png.headers.get('content-type'), 'image/png');
  });

  test('sw.js is served as JavaScript, revalidated on every update check, and precaches under the base path', async () => {
    const response = await fetch(new URL(`${BASE}sw.js`, site.origin));
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /javascript/);
    assert.equal(response.headers.get('cache-control'), 'no-cache');
    const manifest = JSON.parse(/^const OFFLINE = (.*);$/m.exec(await response.text())[1]);
    assert.equal(manifest.base, BASE);
    assert.ok(manifest.cacheName.startsWith(`offline:${BASE}:`));
  });

  test('in the browser: no error, search opens lessons under the base path, and reading works offline', async () => {
    const context = await shared.browser.newContext();
    const page = await context.newPage();
    const problems = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(String(error)));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith('http') && (url.origin !== site.origin || !url.pathname.startsWith(BASE))) {
        problems.push(`request outside the site: ${request.url()}`);
      }
    });
    page.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`));
    await page.goto(new URL(`${BASE}ml-system-design/introduction`, site.origin).href, {waitUntil: 'networkidle'});
    // Type once the page is interactive, as the other browser tests do: on a loaded machine,
    // networkidle can come before hydration, and keys typed earlier never reach the search box's state.
    await page.waitForSelector('html[data-has-hydrated="true"]', {timeout: 30_000});

    const input = page.getByRole('combobox', {name: 'Search'});
    await input.click();
    await input.pressSequentially('feature store', {delay: 10});
    await page.getByRole('option').first().waitFor({timeout: 15_000});
    await input.press('Enter');
    await page.waitForURL((url) => url.pathname === `${BASE}search` && url.searchParams.get('q') === 'feature store', {timeout: 5_000});
    await page.locator('article h2 a').first().click({timeout: 15_000});
    await page.waitForURL((url) => url.pathname === `${BASE}ml-system-design/feature-stores`, {timeout: 5_000});

    const scope = await page.evaluate(() =>
      Promise.race([
        navigator.serviceWorker.ready.then((registration) => registration.scope),
        new Promise((_, reject) => setTimeout(() => reject(new Error('no active service worker after 90 s')), 90_000)),
      ]),
    );
    assert.equal(scope, new URL(BASE, site.origin).href);
    await context.setOffline(true);
    await page.goto(new URL(`${BASE}learning-path`, site.origin).href, {waitUntil: 'networkidle'});
    assert.equal(await page.getByRole('heading', {level: 1}).first().textContent(), 'Learning path');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
