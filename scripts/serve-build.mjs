// Serves build/ the way a static host or CDN would: gzip for text, long cache for hashed assets,
// and Docusaurus's clean URLs (/a/b -> /a/b.html). Used by the performance report so that bytes
// transferred are measured compressed, as readers receive them, and by the base-path check to serve
// a build made with BASE_URL under that path, as GitHub Pages serves a project site.
// Usage: node scripts/serve-build.mjs [port] [dir] [base path, default /]
import {createServer} from 'node:http';
import {readFile, stat} from 'node:fs/promises';
import path from 'node:path';
import {gzipSync} from 'node:zlib';

const port = Number(process.argv[2] ?? 3400);
const root = path.resolve(process.argv[3] ?? 'build');
const base = process.argv[4] ?? '/';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.xml', '.svg', '.txt', '.webmanifest']);

async function isFile(file) {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** The file a URL path maps to, never outside the build folder; null for none (or a malformed escape). */
async function resolveFile(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    // "/%E0%A4%A": no file has that name. Answer 404 as a static host does, rather than crash.
    return null;
  }
  // "/%2e%2e/" names no file either: it must not climb to the site's root page.
  if (decoded.split(/[/\\]/).includes('..')) return null;
  const clean = path.normalize(decoded).replace(/^(\.\.[/\\])+/, '');
  const base = path.join(root, clean);
  if (!base.startsWith(root)) return null;
  for (const candidate of [base, `${base}.html`, path.join(base, 'index.html')]) {
    if (await isFile(candidate)) return candidate;
  }
  return null;
}

createServer(async (request, response) => {
  const {pathname} = new URL(request.url, 'http://localhost');
  // Outside the base path there is nothing (another site's files, on a shared host).
  const inside = pathname.startsWith(base) || `${pathname}/` === base;
  const sitePath = inside ? `/${pathname.slice(base.length)}` : null;
  let file = sitePath === null ? null : await resolveFile(sitePath);
  let status = 200;
  if (!file) {
    file = path.join(root, '404.html');
    status = 404;
  }
  const extension = path.extname(file);
  let body = await readFile(file);
  const headers = {'content-type': TYPES[extension] ?? 'application/octet-stream'};
  headers['cache-control'] = sitePath?.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
  if (COMPRESSIBLE.has(extension) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
    body = gzipSync(body);
    headers['content-encoding'] = 'gzip';
    headers.vary = 'accept-encoding';
  }
  response.writeHead(status, headers);
  response.end(request.method === 'HEAD' ? undefined : body);
}).listen(port, '127.0.0.1', function listening() {
  console.log(`serving ${root} at http://127.0.0.1:${this.address().port}${base}`);
});
