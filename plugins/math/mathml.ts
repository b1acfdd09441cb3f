/**
 * The MathML tree the build makes of TeX (plugins/math/texToMathml.ts) and pages render
 * (src/components/lesson/MathFormula), and what it may hold. No dependencies: pages import it.
 */

export type MathText = string;
export type MathElement = {tag: string; attributes: Record<string, string>; children: MathNode[]};
export type MathNode = MathElement | MathText;

/** MathML Core's elements, plus `semantics` and `annotation` (the TeX, as a plain-text alternative). */
export const MATHML_ELEMENTS: ReadonlySet<string> = new Set(
  'math semantics annotation mrow mi mn mo ms mtext mspace mfrac msqrt mroot mstyle merror mpadded mphantom msub msup msubsup munder mover munderover mmultiscripts mprescripts none mtable mtr mtd menclose'.split(
    ' ',
  ),
);

/** Presentation attributes Temml writes. No event handler, link or id can be among them. */
export const MATHML_ATTRIBUTES: ReadonlySet<string> = new Set(
  'display displaystyle scriptlevel mathvariant mathsize lspace rspace stretchy fence form separator movablelimits largeop symmetric minsize maxsize accent accentunder width height depth voffset linethickness encoding columnalign rowalign rowspacing columnspacing columnlines rowlines frame notation style'.split(
    ' ',
  ),
);

/** An inline style of plain declarations ("padding-left:0em;"): no url(), no escapes, no quotes. */
export const PLAIN_STYLE = /^(?:\s*[a-z-]+\s*:[a-z0-9 .%#-]*;?)*\s*$/i;
