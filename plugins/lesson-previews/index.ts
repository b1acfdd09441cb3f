import fs from 'fs/promises';
import path from 'path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {renderAsync} from '@resvg/resvg-js';
import {lessonSectionsOf, lessonsContentOf} from '../lesson-catalog';
import {readFontMetrics} from './fontMetrics';
import {previewImagePath} from './imagePath';
import {composePreviewSvg, FONT_FAMILY, type PreviewContent} from './previewImage';

// DejaVu Sans from an npm package, so the images look the same on every machine that runs
// `npm ci`, whatever fonts it has installed (system fonts are never loaded).
const FONT_FILES = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};

/** Renders one preview to PNG. */
export async function renderPreviewPng(svg: string): Promise<Buffer> {
  const image = await renderAsync(svg, {
    font: {fontFiles: Object.values(FONT_FILES), loadSystemFonts: false, defaultFontFamily: FONT_FAMILY},
  });
  return image.asPng();
}

/**
 * Draws every lesson's link-preview image (1200×630 PNG: title, section, difficulty, time) into the
 * build output at img/og/<lesson id>.png, so a link pasted into a chat shows which lesson it is.
 */
export default function lessonPreviewsPlugin(context: LoadContext): Plugin {
  let previews: {id: string; content: PreviewContent}[] = [];
  return {
    name: 'lesson-previews',
    async allContentLoaded({allContent}) {
      const content = lessonsContentOf(allContent);
      const routed = new Set(content.loadedVersions.flatMap((version) => version.docs.map((doc) => doc.id)));
      const sectionLabel = new Map(lessonSectionsOf(content).map((section) => [section.id, section.label]));
      previews = content.lessons
        .filter((lesson) => routed.has(lesson.id))
        .map((lesson) => ({
          id: lesson.id,
          content: {
            siteTitle: context.siteConfig.title,
            section: sectionLabel.get(lesson.section) ?? lesson.section,
            title: lesson.title,
            difficulty: lesson.difficulty,
            estimatedTime: lesson.estimatedTime,
          },
        }));
    },
    async postBuild({outDir}) {
      const fonts = {
        regular: readFontMetrics(await fs.readFile(FONT_FILES.regular)),
        bold: readFontMetrics(await fs.readFile(FONT_FILES.bold)),
      };
      for (const preview of previews) {
        const file = path.join(outDir, previewImagePath(preview.id));
        await fs.mkdir(path.dirname(file), {recursive: true});
        await fs.writeFile(file, await renderPreviewPng(composePreviewSvg(preview.content, fonts)));
      }
    },
  };
}
