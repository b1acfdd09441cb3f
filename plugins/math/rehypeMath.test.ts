/** @jest-environment node */
import rehypeMath from './rehypeMath';

type Node = {type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: Node[]};
const text = (value: string): Node => ({type: 'text', value});
// What remark-math hands to rehype for `$$ ... $$` and for `$$x$$` within a line.
const displayMath = (tex: string): Node => ({
  type: 'element',
  tagName: 'pre',
  properties: {},
  children: [{type: 'element', tagName: 'code', properties: {className: ['language-math', 'math-display']}, children: [text(tex)]}],
});
const inlineMath = (tex: string): Node => ({type: 'element', tagName: 'code', properties: {className: ['language-math', 'math-inline']}, children: [text(tex)]});
const paragraph = (...children: Node[]): Node => ({type: 'element', tagName: 'p', properties: {}, children});
const plainCode = (value: string): Node => ({
  type: 'element',
  tagName: 'pre',
  properties: {},
  children: [{type: 'element', tagName: 'code', properties: {className: ['language-text']}, children: [text(value)]}],
});
const run = (tree: Node, path = 'docs/ml-system-design/metrics.mdx') => {
  rehypeMath()(tree, {path});
  return tree;
};

test('display and inline math become <math> elements; other code and text are left alone', () => {
  const tree = run({
    type: 'root',
    children: [displayMath('\n\\frac{a}{b}\n'), paragraph(text('costs $6 and $8, '), inlineMath('x^2')), plainCode('$$ not math $$')],
  });
  const [formula, line, code] = tree.children!;
  // A display formula stands in a paragraph of its own (math is phrasing content in HTML).
  expect(formula).toMatchObject({type: 'element', tagName: 'p', children: [{type: 'element', tagName: 'math', properties: {display: 'block'}}]});
  const display = formula.children![0];
  expect(JSON.stringify(display)).toContain('"tagName":"mfrac"');
  expect(line.children![0]).toEqual(text('costs $6 and $8, '));
  expect(line.children![1]).toMatchObject({type: 'element', tagName: 'math', properties: {}});
  expect(line.children![1].properties).not.toHaveProperty('display');
  expect(code).toEqual(plainCode('$$ not math $$'));
});

test('the TeX stays in the page as the formula\'s annotation', () => {
  const tree = run({type: 'root', children: [displayMath('\\sum_{i=1}^{k} i')]});
  expect(JSON.stringify(tree)).toContain('"properties":{"encoding":"application/x-tex"},"children":[{"type":"text","value":"\\\\sum_{i=1}^{k} i"}]');
});

test('invalid TeX fails the build naming the file and the formula', () => {
  expect(() => run({type: 'root', children: [paragraph(text('see')), displayMath('\\frac{TP}{TP + FP')]}, 'docs/x/lesson.mdx')).toThrow(
    'docs/x/lesson.mdx: the formula "\\frac{TP}{TP + FP" is not valid TeX: ',
  );
  expect(() => run({type: 'root', children: [paragraph(inlineMath('\\fracc{1}{2}'))]})).toThrow(
    'docs/ml-system-design/metrics.mdx: the formula "\\fracc{1}{2}" is not valid TeX: Unsupported function name: \\fracc (src: plugins/math)',
  );
});
