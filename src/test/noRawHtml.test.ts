/** @jest-environment node */
import fs from 'fs';
import path from 'path';

/**
 * No component may hand raw HTML to the DOM. Everything the site shows from a URL query, saved browser
 * data, an imported file or front matter goes through React's escaping; a new use of these APIs must
 * be argued for here, with the reason it cannot reach such data.
 */
const RAW_HTML = /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write\(/;
const ALLOWED: Record<string, string> = {};

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name.startsWith('__fixtures__') ? [] : sourceFiles(full);
    return /\.(tsx?|jsx?|mjs)$/.test(entry.name) && !/\.test\.[jt]sx?$/.test(entry.name) ? [full] : [];
  });
}

test('no source file renders raw HTML', () => {
  const root = path.resolve(__dirname, '../..');
  const files = ['src', 'plugins'].flatMap((dir) => sourceFiles(path.join(root, dir)));
  expect(files.length).toBeGreaterThan(20);
  const offenders = files
    .filter((file) => RAW_HTML.test(fs.readFileSync(file, 'utf8')))
    .map((file) => path.relative(root, file))
    .filter((file) => !(file in ALLOWED));
  expect(offenders).toEqual([]);
});
