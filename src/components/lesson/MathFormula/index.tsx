import React, {type CSSProperties, type ReactNode} from 'react';
import {MATHML_ATTRIBUTES, MATHML_ELEMENTS, PLAIN_STYLE, type MathNode} from '../../../../plugins/math/mathml';

/**
 * A formula the build made MathML of (plugins/math), rendered as React elements: the browser lays it
 * out (MathML Core) and a screen reader reads it; no script, stylesheet or font is loaded for it.
 * `math` is the build's tree. It is checked there; here too, so only MathML elements and their
 * presentation attributes reach the page, whatever the props hold.
 */
export type MathFormulaProps = {math: MathNode};

/** "padding-left:0em;" -> {paddingLeft: '0em'}: React takes styles as objects. */
export function styleObject(style: string): CSSProperties {
  if (!PLAIN_STYLE.test(style)) return {};
  const entries = style
    .split(';')
    .map((declaration) => declaration.split(':').map((part) => part.trim()))
    .filter(([name, value]) => name && value !== undefined)
    .map(([name, value]) => [name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase()), value]);
  return Object.fromEntries(entries) as CSSProperties;
}

function renderNode(node: MathNode, key: number): ReactNode {
  if (typeof node === 'string') return node;
  if (!MATHML_ELEMENTS.has(node.tag)) return null;
  const props: Record<string, unknown> = {key};
  for (const [name, value] of Object.entries(node.attributes)) {
    if (!MATHML_ATTRIBUTES.has(name)) continue;
    props[name] = name === 'style' ? styleObject(value) : value;
  }
  return React.createElement(node.tag, props, ...node.children.map(renderNode));
}

export default function MathFormula({math}: MathFormulaProps): ReactNode {
  return typeof math === 'string' || math.tag !== 'math' ? null : renderNode(math, 0);
}
