import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {createHash} from 'node:crypto';
import {BASE_URL, openPage, useSharedBrowser} from './browser.mjs';
import {isoDuration, readLessons} from './lessonFiles.mjs';

const shared = useSharedBrowser();
const lessons = await readLessons();

/** The page's head as a link unfurler reads it: meta tags by name or property, and JSON-LD. */
async function readHead(page) {
  return page.evaluate(() => ({
    meta: Object.fromEntries(
      [...document.head.querySelectorAll('meta[property], meta[name]')].map((tag) => [
        tag.getAttribute('property') ?? tag.getAttribute('name'),
        tag.getAttribute('content'),
      ]),
    ),
    canonical: document.head.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    jsonLd: [...document.head.querySelectorAll('script[type="application/ld+json"]')].map((script) => script.textContent),
  }));
}

/** Width and height from a PNG's header. */
function pngSize(bytes) {
  assert.equal(bytes.subarray(1, 4).toString('ascii'), 'PNG');
  return {width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20)};
}

describe('rich links', () => {
  test('every lesson has LearningResource JSON-LD and preview tags that match its front matter', async () => {
    // The built HTML, as a crawler or chat app fetches it: without running scripts.
    const context = await shared.browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    const imageHashes = new Set();
    for (const lesson of lessons) {
      const response = await page.goto(new URL(lesson.path, BASE_URL).href);
      assert.equal(response.status(), 200);
      const {meta, canonical, jsonLd} = await readHead(page);
      const resources = jsonLd.map((text) => JSON.parse(text)).filter((data) => data['@type'] === 'LearningResource');
      assert.equal(resources.length, 1, `${lesson.path}: one LearningResource`);
      const [resource] = resources;
      const siteUrl = new URL(canonical).origin;
      const {frontMatter} = lesson;
      assert.deepEqual(
        {
          name: resource.name,
          description: resource.description,
          keywords: resource.keywords,
          educationalLevel: resource.educationalLevel,
          timeRequired: resource.timeRequired,
          competencyRequired: resource.competencyRequired ?? [],
          url: resource.url,
        },
        {
          name: frontMatter.title,
          description: frontMatter.description,
          keywords: frontMatter.keywords,
          educationalLevel: frontMatter.difficulty,
          timeRequired: isoDuration(lesson.minutes),
          competencyRequired: lesson.prerequisitePaths.map((path) => `${siteUrl}${path}`),
          url: canonical,
        },
        lesson.path,
      );
      assert.equal(new URL(canonical).pathname, lesson.path);
      assert.deepEqual(
        {
          type: meta['og:type'],
          title: meta['og:title'],
          description: meta['og:description'],
          url: meta['og:url'],
          card: meta['twitter:card'],
          twitterTitle: meta['twitter:title'],
          twitterDescription: meta['twitter:description'],
          twitterImage: meta['twitter:image'],
        },
        {
          type: 'article',
          title: frontMatter.title,
          description: frontMatter.description,
          url: canonical,
          card: 'summary_large_image',
          twitterTitle: frontMatter.title,
          twitterDescription: frontMatter.description,
          twitterImage: meta['og:image'],
        },
        lesson.path,
      );
      assert.equal(resource.image, meta['og:image']);
      // The image is served by this site (its absolute URL names the configured site origin).
      const image = await fetch(new URL(new URL(meta['og:image']).pathname, BASE_URL));
      assert.equal(image.status, 200, meta['og:image']);
      assert.equal(image.headers.get('content-type'), 'image/png');
      const bytes = Buffer.from(await image.arrayBuffer());
      assert.deepEqual(pngSize(bytes), {width: 1200, height: 630});
      imageHashes.add(createHash('sha256').update(bytes).digest('hex'));
    }
    assert.equal(imageHashes.size, lessons.length, 'every lesson has its own preview image');
    await context.close();
  });

  test('after moving to another lesson in the page, the head describes the new lesson', async () => {
    const {page, context} = await openPage(shared.browser, '/ml-system-design/metrics');
    await page.locator('article').getByRole('link', {name: 'Problem Framing'}).first().click();
    await page.waitForURL('**/ml-system-design/problem-framing');
    await page.waitForFunction(() => document.head.querySelector('meta[property="og:title"]')?.content === 'Problem Framing');
    const {jsonLd} = await readHead(page);
    const resource = jsonLd.map((text) => JSON.parse(text)).find((data) => data['@type'] === 'LearningResource');
    assert.equal(resource?.name, 'Problem Framing');
    await context.close();
  });
});

describe('links to sections', () => {
  test('each heading has a copy-link button, shown on keyboard focus, that copies the canonical link', async () => {
    const {page, context, problems} = await openPage(shared.browser, '/ml-system-design/metrics');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: new URL(BASE_URL).origin});
    const anchored = ':is(h2, h3, h4):has(> a.hash-link)';
    const count = await page.locator(`article ${anchored}`).count();
    assert.ok(count > 3);
    assert.equal(await page.locator(`article ${anchored} > button.copy-section-link`).count(), count);

    const heading = page.locator('article h2#ranking-metrics');
    const button = heading.getByRole('button', {name: 'Copy link to this section'});
    assert.equal(await button.evaluate((element) => getComputedStyle(element).opacity), '0');
    // The theme's "#" link gives way to the button (one icon per heading): Tab from the heading
    // reaches the button next.
    assert.equal(await heading.locator('a.hash-link').isVisible(), false);
    await heading.evaluate((element) => {
      element.tabIndex = -1;
      element.focus();
    });
    await page.keyboard.press('Tab');
    assert.equal(await button.evaluate((element) => element === document.activeElement), true);
    await page.waitForFunction((element) => getComputedStyle(element).opacity === '1', await button.elementHandle());
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({hasText: 'Link copied'}).waitFor();
    const {canonical} = await readHead(page);
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${canonical}#ranking-metrics`);
    assert.deepEqual(problems, {consoleErrors: [], foreignRequests: [], failedResponses: []});
    await context.close();
  });
});
