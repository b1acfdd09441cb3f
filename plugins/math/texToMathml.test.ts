/** @jest-environment node */
import {MathError, mathmlText, parseMathml, texToMathml, type MathElement, type MathNode} from './texToMathml';

const tags = (node: MathNode): string[] => (typeof node === 'string' ? [] : [node.tag, ...node.children.flatMap(tags)]);
const attributeNames = (node: MathNode): string[] =>
  typeof node === 'string' ? [] : [...Object.keys(node.attributes), ...node.children.flatMap(attributeNames)];
const annotation = (math: MathElement): string => {
  const semantics = math.children[0] as MathElement;
  const last = semantics.children[semantics.children.length - 1] as MathElement;
  expect(last.tag).toBe('annotation');
  expect(last.attributes.encoding).toBe('application/x-tex');
  return last.children.join('');
};

test('a fraction becomes MathML with the TeX kept as its plain-text annotation', () => {
  const math = texToMathml(String.raw`\frac{\mathrm{TP}}{\mathrm{TP} + \mathrm{FP}}`, {display: true});
  expect(math.tag).toBe('math');
  expect(math.attributes.display).toBe('block');
  expect(tags(math)).toEqual(expect.arrayContaining(['semantics', 'mfrac', 'mi', 'mo', 'annotation']));
  // Temml writes a multi-letter name as one identifier, so a screen reader says "TP", not "T P".
  expect(mathmlText(math)).toContain('<mi>TP</mi>');
  expect(annotation(math)).toBe(String.raw`\frac{\mathrm{TP}}{\mathrm{TP} + \mathrm{FP}}`);
  // Temml's class names are hooks for a stylesheet the site does not load.
  expect(attributeNames(math)).not.toContain('class');
});

test('inline math has no display attribute; displayStyle lays it out full size', () => {
  expect(texToMathml('x^2', {display: false}).attributes).toEqual({});
  expect(texToMathml(String.raw`\frac{1}{N}`, {display: false, displayStyle: true}).attributes).toEqual({displaystyle: 'true'});
  // Laid out as display math: no script level set on a token (MathML Core allows it; the HTML
  // checker's MathML does not), as Temml's inline layout would for a script within a script.
  const dcg = String.raw`\sum_{i=1}^{k} \frac{2^{\mathrm{rel}_i} - 1}{\log_2(i + 1)}`;
  expect(mathmlText(texToMathml(dcg, {display: false}))).toMatch(/<mi scriptlevel=/);
  expect(mathmlText(texToMathml(dcg, {display: false, displayStyle: true}))).not.toContain('scriptlevel');
});

test('text in the TeX stays text: markup in it is escaped, never parsed', () => {
  const math = texToMathml(String.raw`\text{<img src=x onerror=alert(1)>} < 1`, {display: false});
  expect(tags(math)).not.toContain('img');
  expect(mathmlText(math)).toContain('&lt;img src=x onerror=alert(1)&gt;');
});

test('invalid TeX throws a MathError with Temml\'s reason, without its position marks', () => {
  expect(() => texToMathml(String.raw`\fracc{a}{b}`, {display: true})).toThrow(new MathError(String.raw`Unsupported function name: \fracc`));
  expect(() => texToMathml(String.raw`\frac{a}{b`, {display: true})).toThrow(MathError);
  // Strict: what LaTeX itself would reject fails too, rather than rendering something else.
  expect(() => texToMathml('x = é', {display: true})).toThrow(/Accented Unicode text character/);
  // Untrusted commands (links, raw classes or styles) are refused.
  expect(() => texToMathml(String.raw`\href{javascript:alert(1)}{x}`, {display: true})).toThrow(MathError);
  expect(() => texToMathml(String.raw`\htmlStyle{background:url(x)}{x}`, {display: true})).toThrow(MathError);
});

describe('only MathML elements and presentation attributes get through', () => {
  test('a plain tree passes', () => {
    expect(parseMathml('<math display="block"><mi mathvariant="normal">x</mi><mo>&lt;</mo></math>')).toEqual({
      tag: 'math',
      attributes: {display: 'block'},
      children: [
        {tag: 'mi', attributes: {mathvariant: 'normal'}, children: ['x']},
        {tag: 'mo', attributes: {}, children: ['<']},
      ],
    });
  });
  test.each([
    ['<math><script>alert(1)</script></math>', 'unexpected element <script>'],
    ['<math><mi onclick="alert(1)">x</mi></math>', 'unexpected attribute onclick'],
    ['<math><mi href="javascript:alert(1)">x</mi></math>', 'unexpected attribute href'],
    ['<math><mi xlink:href="javascript:alert(1)">x</mi></math>', 'unexpected attribute xlink:href'],
    ['<math><mi id="main">x</mi></math>', 'unexpected attribute id'],
    ['<math><mtext><img src="x" onerror="alert(1)"/></mtext></math>', 'unexpected element <img>'],
    ['<math><svg><foreignObject/></svg></math>', 'unexpected element <svg>'],
    ['<math><mi style="background:url(https://example.com/x)">x</mi></math>', 'unexpected style'],
    ['<math><mi style="color:red;behavior:expression(alert(1))">x</mi></math>', 'unexpected style'],
    ['<math><!-- a --><mi>x</mi></math>', 'unexpected comment node'],
    ['<math><mi>x</mi></math><script>alert(1)</script>', 'one <math> root'],
    ['<div><math><mi>x</mi></math></div>', 'unexpected element <div>'],
    ['plain text', 'one <math> root'],
  ])('%s is refused', (markup, message) => {
    expect(() => parseMathml(markup)).toThrow(MathError);
    expect(() => parseMathml(markup)).toThrow(message);
  });
  test('a plain inline style is kept', () => {
    expect(parseMathml('<math><mtd style="padding-left:0em;padding-right:0em;">x</mtd></math>').children[0]).toEqual({
      tag: 'mtd',
      attributes: {style: 'padding-left:0em;padding-right:0em;'},
      children: ['x'],
    });
  });
});
