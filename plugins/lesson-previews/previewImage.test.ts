/** @jest-environment node */
import fs from 'fs';
import {Resvg} from '@resvg/resvg-js';
import {readFontMetrics, textWidth} from './fontMetrics';
import {previewImagePath} from './imagePath';
import {renderPreviewPng} from './index';
import {composePreviewSvg, escapeXml, fitTitle, FONT_FAMILY, PREVIEW_HEIGHT, PREVIEW_WIDTH, wrapToWidth} from './previewImage';

const fontFile = (name: string) => require.resolve(`dejavu-fonts-ttf/ttf/${name}`);
const fonts = {
  regular: readFontMetrics(fs.readFileSync(fontFile('DejaVuSans.ttf'))),
  bold: readFontMetrics(fs.readFileSync(fontFile('DejaVuSans-Bold.ttf'))),
};

/** The width resvg really gives a line of bold text. */
function renderedWidth(text: string, fontSize: number): number {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="3000" height="200"><text x="0" y="150" font-family="${FONT_FAMILY}" font-weight="bold" font-size="${fontSize}">${escapeXml(text)}</text></svg>`;
  const resvg = new Resvg(svg, {font: {fontFiles: [fontFile('DejaVuSans-Bold.ttf')], loadSystemFonts: false}});
  return resvg.getBBox()!.width;
}

describe('font metrics', () => {
  test('read advance widths from the font: wide letters are wider, missing glyphs still measure', () => {
    expect(fonts.bold.unitsPerEm).toBe(2048);
    expect(fonts.bold.advance('M'.codePointAt(0)!)).toBeGreaterThan(fonts.bold.advance('i'.codePointAt(0)!));
    expect(fonts.bold.advance(0x10ffff)).toBeGreaterThan(0);
  });

  test.each(['Embeddings and Approximate', 'Metrics: Offline, Online and Business', 'A/B Testing — 100%'])(
    'the measured width of %j matches the rendered width within 3%',
    (text) => {
      const measured = textWidth(fonts.bold, text, 72);
      expect(Math.abs(measured - renderedWidth(text, 72)) / measured).toBeLessThan(0.03);
    },
  );
});

describe('fitTitle', () => {
  test('a short title is set large on one line', () => {
    expect(fitTitle('Problem Framing', fonts.bold)).toEqual({fontSize: 72, lines: ['Problem Framing']});
  });

  test('a long title shrinks until it fits three lines inside the margins', () => {
    const {fontSize, lines} = fitTitle('Design a Retrieval-Augmented LLM Assistant for Enterprise Knowledge Bases at Scale', fonts.bold);
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(fontSize).toBeLessThan(72);
    for (const line of lines) {
      expect(textWidth(fonts.bold, line, fontSize)).toBeLessThanOrEqual(1040);
    }
  });

  test('wrapToWidth breaks at spaces and never loses a word', () => {
    expect(wrapToWidth('a bb ccc dddd', 5, (line) => line.length)).toEqual(['a bb', 'ccc', 'dddd']);
    expect(wrapToWidth('  ', 5, (line) => line.length)).toEqual([]);
  });
});

describe('composePreviewSvg', () => {
  const content = {
    siteTitle: 'ML System Design Guide',
    section: 'ML System Design',
    title: 'Metrics: <Offline> & "Online"',
    difficulty: 'Advanced' as const,
    estimatedTime: '35 minutes',
  };

  test('escapes text so a title cannot break the SVG', () => {
    const svg = composePreviewSvg(content, fonts);
    expect(svg).toContain('>Metrics: &#60;Offline&#62; &#38;<');
    expect(svg).toContain('>&#34;Online&#34;<');
    expect(svg).not.toContain('<Offline>');
    expect(escapeXml(`<'&">`)).toBe('&#60;&#39;&#38;&#34;&#62;');
  });

  test('shows the section, difficulty and time', () => {
    const svg = composePreviewSvg(content, fonts);
    expect(svg).toContain('>ML SYSTEM DESIGN<');
    expect(svg).toContain('>Advanced<');
    expect(svg).toContain('>35 minutes<');
  });

  test('renders to a 1200×630 PNG with the packaged font', async () => {
    const png = await renderPreviewPng(composePreviewSvg(content, fonts));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(PREVIEW_WIDTH);
    expect(png.readUInt32BE(20)).toBe(PREVIEW_HEIGHT);
  });
});

test('previewImagePath puts each lesson under img/og by its id', () => {
  expect(previewImagePath('ml-system-design/metrics')).toBe('img/og/ml-system-design/metrics.png');
});
