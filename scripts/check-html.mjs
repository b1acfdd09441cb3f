// Checks every built page with the Nu HTML Checker (npm vnu-jar, run on a Java runtime) and fails on
// any error except the few listed in ALLOWED_ERRORS, each with the measured reason it stays.
// Usage: node scripts/check-html.mjs [build dir]   (exit 0: valid; 1: errors; 2: no Java runtime)
// Java: JAVA_HOME's, else `java` on the PATH; on Debian or Ubuntu as root, Debian's
// default-jre-headless is installed with apt-get when none is found (saying so).
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {readdir} from 'node:fs/promises';
import {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

/**
 * Errors the site keeps on purpose: the exact message, where (a page's path in the build, or every
 * page), and why. The explicit ARIA table roles ComparisonTable once had are gone: Chromium keeps
 * table semantics in its card layout without them (measured by e2e/comparison-table.test.mjs).
 */
export const ALLOWED_ERRORS = [
  {
    message: 'CSS: “container-type”: Property “container-type” doesn\'t exist.',
    reason:
      'the checker\'s CSS grammar predates container queries (CSS Containment 3, in every current browser since 2023); the calculators\' <style> uses them',
  },
];

/** Every .html file under a folder, sorted, as paths. */
export async function htmlFiles(dir) {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true});
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

/**
 * The checker's JSON messages split into errors that fail the check and the allowed ones.
 * Only "error" messages (and "non-document-error", e.g. an unreadable file) count; warnings and
 * info do not. An allowed message must match exactly, and on the page it is allowed on.
 */
export function classify(messages, allowed = ALLOWED_ERRORS) {
  const isAllowed = (message) =>
    allowed.some(
      (entry) =>
        entry.message === message.message &&
        (entry.page === undefined || decodeURIComponent(message.url ?? '').endsWith(`/${entry.page}`)),
    );
  const errors = [];
  const kept = [];
  for (const message of messages) {
    if (message.type !== 'error' && message.type !== 'non-document-error') continue;
    (isAllowed(message) ? kept : errors).push(message);
  }
  return {errors, kept};
}

/** Errors grouped by message, most frequent first, each with its count and up to `examples` places. */
export function summarize(errors, {root = '', examples = 3} = {}) {
  const groups = new Map();
  for (const error of errors) {
    const group = groups.get(error.message) ?? {message: error.message, count: 0, places: []};
    group.count += 1;
    if (group.places.length < examples) {
      const file = (error.url ?? '').replace(/^file:/, '').replace(root, '');
      group.places.push(`${file}:${error.lastLine ?? '?'}${error.extract ? `  ${error.extract.replace(/\s+/g, ' ').trim().slice(0, 120)}` : ''}`);
    }
    groups.set(error.message, group);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count);
}

/** The Java to run the checker with: JAVA_HOME's, else `java` if it runs, else null. */
export function findJava({env = process.env, exists = existsSync, runs = (command) => spawnSync(command, ['-version'], {stdio: 'ignore'}).status === 0} = {}) {
  if (env.JAVA_HOME) {
    const java = path.join(env.JAVA_HOME, 'bin', process.platform === 'win32' ? 'java.exe' : 'java');
    if (exists(java)) return java;
  }
  return runs('java') ? 'java' : null;
}

/** The one command a reader must run where no Java runtime can be found or installed here. */
export function javaAdvice(platform = process.platform) {
  if (platform === 'darwin') return 'brew install openjdk (or any Java 11+ runtime), or set JAVA_HOME';
  if (platform === 'win32') return 'install a Java 11+ runtime (e.g. Eclipse Temurin), or set JAVA_HOME';
  return 'sudo apt-get install -y default-jre-headless (or any Java 11+ runtime), or set JAVA_HOME';
}

/** findJava, and on Debian or Ubuntu as root Debian's runtime installed when none is found. */
export function ensureJava({log = console.log} = {}) {
  const found = findJava();
  if (found) return found;
  if (process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    log('No Java runtime found: installing Debian\'s default-jre-headless with apt-get (once), for the HTML check.');
    for (const args of [['update', '-qq'], ['install', '-y', '-qq', 'default-jre-headless']]) {
      const result = spawnSync('apt-get', args, {stdio: 'inherit', env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'}});
      if (result.status !== 0) break;
    }
    const installed = findJava();
    if (installed) return installed;
  }
  throw new Error(`no Java runtime found for the Nu HTML Checker; run: ${javaAdvice()}`);
}

/** Runs the checker over some files; returns its messages. */
export function runChecker(java, files) {
  const jar = String(createRequire(import.meta.url)('vnu-jar'));
  const result = spawnSync(java, ['-Xss8m', '-jar', jar, '--format', 'json', '--exit-zero-always', ...files], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`the Nu HTML Checker did not run (exit ${result.status}): ${result.stderr.slice(0, 2000)}`);
  // The checker writes its JSON report to stderr.
  return JSON.parse(result.stderr).messages;
}

async function main() {
  const dir = path.resolve(process.argv[2] ?? 'build');
  let java;
  try {
    java = ensureJava();
  } catch (error) {
    console.error(error.message);
    process.exit(2);
  }
  const files = await htmlFiles(dir);
  if (files.length === 0) {
    console.error(`no HTML files under ${dir}; build the site first`);
    process.exit(1);
  }
  const {errors, kept} = classify(runChecker(java, files));
  for (const entry of ALLOWED_ERRORS) {
    const count = kept.filter((message) => message.message === entry.message).length;
    console.log(`allowed (${count}${entry.page ? ` on ${entry.page}` : ''}): ${entry.message} — ${entry.reason}`);
  }
  for (const group of summarize(errors, {root: `${dir}${path.sep}`})) {
    console.log(`\n${group.count} × ${group.message}`);
    for (const place of group.places) console.log(`    ${place}`);
  }
  console.log(`\nNu HTML Checker: ${files.length} pages, ${errors.length} errors${kept.length ? `, ${kept.length} allowed` : ''}`);
  process.exit(errors.length === 0 ? 0 : 1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
