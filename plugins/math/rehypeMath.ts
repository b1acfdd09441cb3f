/**
 * A rehype plugin that turns the lessons' TeX into MathML when the site is built. remark-math (added to
 * the lessons by plugins/math/index.ts, with single-dollar math off so "$6 per hour" stays text) marks
 * `$$ ... $$` as `<pre><code class="language-math math-display">` and `$$x$$` within a line as
 * `<code class="language-math math-inline">`; this replaces each with the `<math>` element Temml
 * makes of it (plugins/math/texToMathml.ts). It must run before the code highlighter, which would
 * otherwise take "math" for an unknown language. Invalid TeX fails the build, naming the file and
 * the formula.
 */
import {classesOf, textOf, type HastNode} from '../hast';
import {MathError, texToMathml, type MathNode} from './texToMathml';

/** A MathML tree as hast elements (MDX then compiles them to JSX like any other element). */
export function toHast(node: MathNode): HastNode {
  if (typeof node === 'string') return {type: 'text', value: node};
  return {type: 'element', tagName: node.tag, properties: {...node.attributes}, children: node.children.map(toHast)};
}

/** The math a node stands for, if it is one of remark-math's: its TeX and whether it is a block. */
function mathOf(node: HastNode): {tex: string; display: boolean} | null {
  if (node.type !== 'element') return null;
  if (node.tagName === 'pre') {
    const code = node.children?.find((child) => child.type === 'element' && child.tagName === 'code');
    if (code && classesOf(code).includes('math-display')) return {tex: textOf(code), display: true};
  }
  if (node.tagName === 'code' && classesOf(node).includes('math-inline')) return {tex: textOf(node), display: false};
  return null;
}

export function convertMath(tree: HastNode, file: string): void {
  const children = tree.children ?? [];
  for (let index = 0; index < children.length; index += 1) {
    const math = mathOf(children[index]);
    if (!math) {
      convertMath(children[index], file);
      continue;
    }
    const tex = math.tex.trim();
    try {
      const element = toHast(texToMathml(tex, {display: math.display}));
      // A display formula in a paragraph of its own gets the paragraphs' spacing (Chromium gives
      // block math none, so formulas in a row touched), with no stylesheet added to every page.
      children[index] = math.display ? {type: 'element', tagName: 'p', properties: {}, children: [element]} : element;
    } catch (error) {
      if (!(error instanceof MathError)) throw error;
      throw new Error(`${file}: the formula "${tex}" is not valid TeX: ${error.message} (src: plugins/math)`);
    }
  }
}

export default function rehypeMath() {
  return (tree: HastNode, file: {path?: string}) => convertMath(tree, file.path ?? 'a lesson');
}
