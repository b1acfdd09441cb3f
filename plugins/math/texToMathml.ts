import temml from 'temml';
import {parseDocument} from 'htmlparser2';
import {MATHML_ATTRIBUTES, MATHML_ELEMENTS, PLAIN_STYLE, type MathElement, type MathNode} from './mathml';

export type {MathElement, MathNode} from './mathml';

/**
 * TeX to MathML, when the site is built. Lessons write formulas as TeX (`$$ ... $$`, see
 * plugins/math/rehypeMath.ts) and the cheat sheet reads the same TeX (plugins/cheat-sheet); both
 * convert it here with Temml, which writes MathML only: pages get math the browser lays out itself
 * (MathML Core), with no script, no stylesheet and no web font (Temml's stylesheet and fonts are not
 * loaded, so its class names are dropped; its few inline styles are kept).
 *
 * The result is a tree of plain data, not a string, so a page renders it with React
 * (src/components/lesson/MathFormula) and MDX renders it as elements: nothing is handed to the DOM as
 * raw HTML. Only the MathML elements and attributes listed in ./mathml.ts get through; anything else
 * (an element Temml should never write, an event handler, a link) throws.
 */

export class MathError extends Error {}

type DomNode = {type: string; name?: string; data?: string; attribs?: Record<string, string>; children?: DomNode[]};

function toMathNode(node: DomNode): MathNode {
  if (node.type === 'text') return node.data ?? '';
  if (node.type !== 'tag') {
    throw new MathError(`unexpected ${node.type} node in the MathML`);
  }
  const tag = node.name ?? '';
  if (!MATHML_ELEMENTS.has(tag)) {
    throw new MathError(`unexpected element <${tag}> in the MathML`);
  }
  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(node.attribs ?? {})) {
    if (name === 'class') continue;
    if (!MATHML_ATTRIBUTES.has(name)) {
      throw new MathError(`unexpected attribute ${name} on <${tag}> in the MathML`);
    }
    if (name === 'style' && !PLAIN_STYLE.test(value)) {
      throw new MathError(`unexpected style "${value}" on <${tag}> in the MathML`);
    }
    attributes[name] = value;
  }
  return {tag, attributes, children: (node.children ?? []).map(toMathNode)};
}

/** A MathML string as a checked tree: its one root must be `<math>`. Exported for the tests. */
export function parseMathml(markup: string): MathElement {
  const roots = (parseDocument(markup, {xmlMode: true, decodeEntities: true}).children as DomNode[]).filter(
    (node) => !(node.type === 'text' && !node.data?.trim()),
  );
  const root = roots.length === 1 ? toMathNode(roots[0]) : '';
  if (typeof root === 'string' || root.tag !== 'math') {
    throw new MathError('the MathML does not have one <math> root');
  }
  return root;
}

export type MathOptions = {
  /** A display formula (a block of its own) or one inside a line of text. */
  display: boolean;
  /** Inline, but laid out as display math (full-size fractions and limits), as in a list of formulas. */
  displayStyle?: boolean;
};

/**
 * TeX (LaTeX's math mode, as Temml reads it, strictly) to a MathML tree. Throws a MathError with
 * Temml's reason, without its position marks, when the TeX is not valid.
 */
export function texToMathml(tex: string, {display, displayStyle = false}: MathOptions): MathElement {
  let markup: string;
  try {
    // Inline math in display style is laid out as display math, minus the block: Temml's inline
    // output would adjust the script levels itself, with attributes the HTML checker rejects.
    markup = temml.renderToString(tex, {displayMode: display || displayStyle, annotate: true, throwOnError: true, strict: true, trust: false});
  } catch (error) {
    const reason = String((error as Error).message ?? error)
      .split('\n')[0]
      .replace(/\s*at position \d+:?\s*$/, '')
      .replace(/:\s*$/, '')
      .trim();
    throw new MathError(reason);
  }
  const math = parseMathml(markup);
  if (displayStyle && !display) {
    delete math.attributes.display;
    delete math.attributes.style;
    math.attributes.displaystyle = 'true';
  }
  return math;
}

/** The tree back to MathML text, e.g. for tests and for measuring. */
export function mathmlText(node: MathNode): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  if (typeof node === 'string') return escape(node);
  const attributes = Object.entries(node.attributes)
    .map(([name, value]) => ` ${name}="${escape(value)}"`)
    .join('');
  return `<${node.tag}${attributes}>${node.children.map(mathmlText).join('')}</${node.tag}>`;
}
