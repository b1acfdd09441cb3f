import type {Difficulty} from '../lessons/difficulty';
import {textWidth, type FontMetrics} from './fontMetrics';

/** The size chat apps and social sites expect for a large link preview. */
export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

/** What a lesson's preview image shows. */
export type PreviewContent = {
  siteTitle: string;
  section: string;
  title: string;
  difficulty: Difficulty;
  estimatedTime: string;
};

/** Metrics of the regular and bold faces the SVG names (font-family FONT_FAMILY). */
export type PreviewFonts = {regular: FontMetrics; bold: FontMetrics};

export const FONT_FAMILY = 'DejaVu Sans';

const MARGIN = 80;
const TEXT_WIDTH = PREVIEW_WIDTH - 2 * MARGIN;
const TITLE_SIZES = [72, 64, 56, 50, 44];
const MAX_TITLE_LINES = 3;

/** Pill colours on the dark background, each pair at a contrast of 7:1 or more. */
const DIFFICULTY_COLOURS: Record<Difficulty, {fill: string; text: string}> = {
  Beginner: {fill: '#9be3ad', text: '#0b3d17'},
  Intermediate: {fill: '#ffd98a', text: '#4a3500'},
  Advanced: {fill: '#ffb3b3', text: '#5c0a0a'},
};

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (character) => `&#${character.codePointAt(0)};`);
}

/** Greedy word wrap to a width; a word wider than the width gets a line of its own. */
export function wrapToWidth(text: string, maxWidth: number, widthOf: (line: string) => number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.length - 1;
    if (last >= 0 && widthOf(`${lines[last]} ${word}`) <= maxWidth) {
      lines[last] += ` ${word}`;
    } else {
      lines.push(word);
    }
  }
  return lines;
}

/**
 * The largest title size at which the title fits in three lines with no line wider than the
 * image's text area; at the smallest size the lines are kept even if a very long word overflows.
 */
export function fitTitle(title: string, bold: FontMetrics): {fontSize: number; lines: string[]} {
  for (const fontSize of TITLE_SIZES) {
    const widthOf = (line: string): number => textWidth(bold, line, fontSize);
    const lines = wrapToWidth(title, TEXT_WIDTH, widthOf);
    if (lines.length <= MAX_TITLE_LINES && lines.every((line) => widthOf(line) <= TEXT_WIDTH)) {
      return {fontSize, lines};
    }
  }
  const fontSize = TITLE_SIZES.at(-1)!;
  return {fontSize, lines: wrapToWidth(title, TEXT_WIDTH, (line) => textWidth(bold, line, fontSize))};
}

/** The 1200×630 preview as SVG: site name, section, title, then difficulty and time. */
export function composePreviewSvg(content: PreviewContent, fonts: PreviewFonts): string {
  const {fontSize, lines} = fitTitle(content.title, fonts.bold);
  const lineHeight = Math.round(fontSize * 1.18);
  // The title block is centred between the section label and the footer row.
  const titleTop = 230 + Math.round(((MAX_TITLE_LINES - lines.length) * lineHeight) / 2);
  const colours = DIFFICULTY_COLOURS[content.difficulty];
  const pillText = 32;
  const pillWidth = Math.ceil(textWidth(fonts.bold, content.difficulty, pillText)) + 48;
  const footerY = 520;
  const section = content.section.toUpperCase();
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" viewBox="0 0 ${PREVIEW_WIDTH} ${PREVIEW_HEIGHT}" font-family="${FONT_FAMILY}">`,
    // A top-to-bottom gradient keeps every row one colour, which PNG compresses to almost nothing.
    '<defs><linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">',
    '<stop offset="0" stop-color="#0e2c4c"/><stop offset="1" stop-color="#1f5c99"/>',
    '</linearGradient></defs>',
    `<rect width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" fill="url(#bg)"/>`,
    `<rect width="16" height="${PREVIEW_HEIGHT}" fill="${colours.fill}"/>`,
    `<text x="${MARGIN}" y="110" font-size="36" font-weight="bold" fill="#d0e4f7">${escapeXml(content.siteTitle)}</text>`,
    `<text x="${MARGIN}" y="180" font-size="28" letter-spacing="3" fill="#a6ccf0">${escapeXml(section)}</text>`,
    ...lines.map(
      (line, index) =>
        `<text x="${MARGIN}" y="${titleTop + (index + 1) * lineHeight - Math.round(lineHeight * 0.22)}" font-size="${fontSize}" font-weight="bold" fill="#ffffff">${escapeXml(line)}</text>`,
    ),
    `<rect x="${MARGIN}" y="${footerY}" width="${pillWidth}" height="56" rx="28" fill="${colours.fill}"/>`,
    `<text x="${MARGIN + pillWidth / 2}" y="${footerY + 39}" font-size="${pillText}" font-weight="bold" fill="${colours.text}" text-anchor="middle">${escapeXml(content.difficulty)}</text>`,
    `<text x="${MARGIN + pillWidth + 28}" y="${footerY + 39}" font-size="34" fill="#ffffff">${escapeXml(content.estimatedTime)}</text>`,
    '</svg>',
  ].join('\n');
}
