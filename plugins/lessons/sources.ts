import fs from 'fs/promises';
import path from 'path';
import {DEFAULT_PARSE_FRONT_MATTER, Globby, posixPath} from '@docusaurus/utils';
import type {LessonSource} from './model';

/** The doc id Docusaurus gives a file: its path without extension, or its front matter id. */
function docIdOf(relativePath: string, frontMatter: Record<string, unknown>): string {
  const dir = path.posix.dirname(relativePath);
  const base =
    typeof frontMatter.id === 'string'
      ? frontMatter.id
      : path.posix.basename(relativePath).replace(/\.mdx?$/, '');
  return dir === '.' ? base : `${dir}/${base}`;
}

/** Reads every lesson file's front matter, with paths relative to the site root for messages. */
export async function readLessonSources(siteDir: string, docsPath: string): Promise<LessonSource[]> {
  const docsDir = path.resolve(siteDir, docsPath);
  const files = await Globby(['**/*.{md,mdx}'], {cwd: docsDir, ignore: ['**/_*', '**/_*/**']});
  return Promise.all(
    files.sort().map(async (relativePath) => {
      const filePath = path.join(docsDir, relativePath);
      const fileContent = await fs.readFile(filePath, 'utf8');
      const {frontMatter} = await DEFAULT_PARSE_FRONT_MATTER({filePath, fileContent});
      return {
        file: posixPath(path.relative(siteDir, filePath)),
        id: docIdOf(posixPath(relativePath), frontMatter),
        frontMatter,
      };
    }),
  );
}

