/**
 * Advance widths read straight from a TrueType font (its cmap, hmtx, hhea and head tables), so the
 * preview images can wrap titles to the width they will really take when rendered in that font.
 * Kerning is ignored, which only ever overestimates a line slightly.
 */
export type FontMetrics = {
  unitsPerEm: number;
  /** Advance width of a character in font units (the missing-glyph width if the font lacks it). */
  advance: (codePoint: number) => number;
};

function tableOffsets(font: DataView): Map<string, number> {
  const tables = new Map<string, number>();
  const count = font.getUint16(4);
  for (let index = 0; index < count; index += 1) {
    const record = 12 + index * 16;
    const tag = String.fromCharCode(
      font.getUint8(record),
      font.getUint8(record + 1),
      font.getUint8(record + 2),
      font.getUint8(record + 3),
    );
    tables.set(tag, font.getUint32(record + 8));
  }
  return tables;
}

/** The Windows Unicode BMP (3, 1) format 4 subtable: code point -> glyph id. */
function glyphLookup(font: DataView, cmap: number): (codePoint: number) => number {
  const count = font.getUint16(cmap + 2);
  let subtable = -1;
  for (let index = 0; index < count; index += 1) {
    const record = cmap + 4 + index * 8;
    const platform = font.getUint16(record);
    const encoding = font.getUint16(record + 2);
    const offset = cmap + font.getUint32(record + 4);
    if (((platform === 3 && encoding === 1) || platform === 0) && font.getUint16(offset) === 4) {
      subtable = offset;
      break;
    }
  }
  if (subtable === -1) {
    throw new Error('font has no Unicode BMP (format 4) character map');
  }
  const segments = font.getUint16(subtable + 6) / 2;
  const endCodes = subtable + 14;
  const startCodes = endCodes + segments * 2 + 2;
  const deltas = startCodes + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (codePoint) => {
    if (codePoint > 0xffff) {
      return 0;
    }
    for (let segment = 0; segment < segments; segment += 1) {
      if (codePoint > font.getUint16(endCodes + segment * 2)) {
        continue;
      }
      const start = font.getUint16(startCodes + segment * 2);
      if (codePoint < start) {
        return 0;
      }
      const delta = font.getUint16(deltas + segment * 2);
      const rangeOffset = font.getUint16(rangeOffsets + segment * 2);
      if (rangeOffset === 0) {
        return (codePoint + delta) & 0xffff;
      }
      const glyph = font.getUint16(rangeOffsets + segment * 2 + rangeOffset + (codePoint - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

export function readFontMetrics(bytes: Uint8Array): FontMetrics {
  const font = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = tableOffsets(font);
  const [head, hhea, hmtx, cmap] = ['head', 'hhea', 'hmtx', 'cmap'].map((tag) => {
    const offset = tables.get(tag);
    if (offset === undefined) {
      throw new Error(`font has no "${tag}" table`);
    }
    return offset;
  });
  const unitsPerEm = font.getUint16(head + 18);
  const metricsCount = font.getUint16(hhea + 34);
  const glyphOf = glyphLookup(font, cmap);
  return {
    unitsPerEm,
    advance: (codePoint) => font.getUint16(hmtx + Math.min(glyphOf(codePoint), metricsCount - 1) * 4),
  };
}

/** Width of a line of text in pixels at a font size, plus letter spacing after each character. */
export function textWidth(metrics: FontMetrics, text: string, fontSize: number, letterSpacing = 0): number {
  let units = 0;
  let characters = 0;
  for (const character of text) {
    units += metrics.advance(character.codePointAt(0)!);
    characters += 1;
  }
  return (units / metrics.unitsPerEm) * fontSize + characters * letterSpacing;
}
