// Compiles lesson files as MDX (with the same GFM, directive and math syntax the site enables) and
// reports syntax errors with file and line, without building the whole site.
// Usage: node scripts/check-mdx.mjs docs/foundations/estimation.mdx [more files]
import {readFile} from 'node:fs/promises';
import {compile} from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import remarkMath from 'remark-math';

const FRONT_MATTER = /^---\n[\s\S]*?\n---\n/;

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node scripts/check-mdx.mjs FILE...');
  process.exit(2);
}
let failed = 0;
for (const file of files) {
  const source = await readFile(file, 'utf8');
  // Keep line numbers right: replace the front matter with as many blank lines.
  const body = source.replace(FRONT_MATTER, (match) => '\n'.repeat(match.split('\n').length - 1));
  try {
    await compile(body, {remarkPlugins: [remarkGfm, remarkDirective, [remarkMath, {singleDollarTextMath: false}]]});
    const words = body.replace(/```[\s\S]*?```/g, ' ').split(/\s+/).filter(Boolean).length;
    console.log(`ok   ${file} (about ${words} words)`);
  } catch (error) {
    failed += 1;
    console.log(`FAIL ${file}: ${error.message} (line ${error.line ?? '?'}, column ${error.column ?? '?'})`);
  }
}
process.exit(failed ? 1 : 0);
