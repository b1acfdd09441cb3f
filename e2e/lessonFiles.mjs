// The lessons as their files say, read independently of the site's code, so the browser tests can
// compare what the built pages show with the front matter authors wrote.
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {DEFAULT_PARSE_FRONT_MATTER, Globby} from '@docusaurus/utils';

const DOCS = fileURLToPath(new URL('../docs', import.meta.url));

/** "1 hour 30 minutes" -> 90. */
export function minutesOf(text) {
  const match = /^(?:(\d+)\s*hours?)?\s*(?:(\d+)\s*minutes?)?$/i.exec(text.trim());
  return Number(match?.[1] ?? 0) * 60 + Number(match?.[2] ?? 0);
}

/** 90 -> "PT1H30M". */
export function isoDuration(minutes) {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `PT${hours ? `${hours}H` : ''}${rest || !hours ? `${rest}M` : ''}`;
}

/** Every lesson: its URL path, front matter, source, minutes, and prerequisites resolved to URL paths. */
export async function readLessons() {
  const files = (await Globby(['**/*.{md,mdx}'], {cwd: DOCS, ignore: ['**/_*', '**/_*/**']})).sort();
  const lessons = await Promise.all(
    files.map(async (file) => {
      const filePath = path.join(DOCS, file);
      const source = await readFile(filePath, 'utf8');
      const {frontMatter} = await DEFAULT_PARSE_FRONT_MATTER({filePath, fileContent: source});
      const id = file.replace(/\.mdx?$/, '');
      return {id, file, path: `/${id}`, frontMatter, source, minutes: minutesOf(frontMatter.estimated_time)};
    }),
  );
  const pathByName = new Map(lessons.flatMap((lesson) => [[lesson.id, lesson.path], [lesson.frontMatter.title, lesson.path]]));
  for (const lesson of lessons) {
    lesson.prerequisitePaths = lesson.frontMatter.prerequisites.map((name) => pathByName.get(name));
  }
  return lessons;
}

/** "45 minutes", "1 hour", "3 hours 5 minutes": how the catalog and learning path write a total. */
export function formatDuration(total) {
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  return [
    ...(hours ? [`${hours} ${hours === 1 ? 'hour' : 'hours'}`] : []),
    ...(minutes || !hours ? [`${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`] : []),
  ].join(' ');
}
