import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtemp, mkdir, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {classify, findJava, htmlFiles, javaAdvice, summarize} from './check-html.mjs';

const error = (message, extra = {}) => ({type: 'error', message, url: 'file:/b/x/index.html', lastLine: 3, ...extra});

test('every error fails the check unless its exact message is allowed; warnings and info never do', () => {
  const allowed = [{message: 'The “table” role is unnecessary for element “table”.', reason: 'measured'}];
  const {errors, kept} = classify(
    [
      error('The “table” role is unnecessary for element “table”.'),
      error('The “row” role is unnecessary for element “tr”.'),
      error('Element “div” not allowed as child of element “code” in this context.'),
      {type: 'info', subType: 'warning', message: 'Consider adding a “lang” attribute.'},
      {type: 'non-document-error', message: 'File not found.'},
    ],
    allowed,
  );
  assert.deepEqual(
    errors.map((item) => item.message),
    ['The “row” role is unnecessary for element “tr”.', 'Element “div” not allowed as child of element “code” in this context.', 'File not found.'],
  );
  assert.equal(kept.length, 1);
  assert.equal(classify([error('The “table” role is unnecessary for element “table”.')], []).errors.length, 1);
});

test('errors are grouped by message, most frequent first, with a few places each', () => {
  const groups = summarize(
    [error('a', {url: 'file:/b/one/index.html'}), error('b'), error('a', {url: 'file:/b/two/index.html', extract: '<code>\n  <div>'})],
    {root: '/b/', examples: 1},
  );
  assert.deepEqual(
    groups.map((group) => [group.message, group.count]),
    [
      ['a', 2],
      ['b', 1],
    ],
  );
  assert.deepEqual(groups[0].places, ['one/index.html:3']);
});

test('every HTML file under the build folder is checked, in nested folders too', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'html-files-'));
  try {
    await mkdir(path.join(dir, 'a', 'b'), {recursive: true});
    await Promise.all([
      writeFile(path.join(dir, 'index.html'), ''),
      writeFile(path.join(dir, 'a', 'b', 'index.html'), ''),
      writeFile(path.join(dir, 'a', 'main.js'), ''),
    ]);
    assert.deepEqual(await htmlFiles(dir), [path.join(dir, 'a', 'b', 'index.html'), path.join(dir, 'index.html')]);
  } finally {
    await rm(dir, {recursive: true, force: true});
  }
});

test('Java: JAVA_HOME first, then java on the PATH, else null and one command to run', () => {
  assert.equal(findJava({env: {JAVA_HOME: '/opt/jdk'}, exists: (file) => file === '/opt/jdk/bin/java', runs: () => true}), '/opt/jdk/bin/java');
  assert.equal(findJava({env: {JAVA_HOME: '/nowhere'}, exists: () => false, runs: () => true}), 'java');
  assert.equal(findJava({env: {}, exists: () => false, runs: () => false}), null);
  assert.match(javaAdvice('linux'), /apt-get install -y default-jre-headless/);
});

test('an error allowed on one page still fails the check on every other page', () => {
  const allowed = [{message: 'ul in span', page: 'learning-path.html', reason: 'redesign pending'}];
  const {errors, kept} = classify(
    [error('ul in span', {url: 'file:/b/learning-path.html'}), error('ul in span', {url: 'file:/b/lessons.html'})],
    allowed,
  );
  assert.equal(kept.length, 1);
  assert.deepEqual(errors.map((item) => item.url), ['file:/b/lessons.html']);
});

test('each allowed error says why it is allowed', async () => {
  const {ALLOWED_ERRORS} = await import('./check-html.mjs');
  for (const entry of ALLOWED_ERRORS) assert.ok(entry.reason.length > 20, entry.message);
});
