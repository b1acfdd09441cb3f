import type {Highlighter} from 'shiki';
import rehypeShikiHighlight, {grammarFor, languageOf, THEMES} from '.';

// Jest cannot load Shiki's ES modules, so this stands in for it with the shape codeToHast returns
// (the browser tests check real highlighting in the built site).
const calls: unknown[][] = [];
const fakeShiki = {
  codeToHast: (code: string, options: unknown) => {
    calls.push([code, options]);
    const token = {type: 'element', tagName: 'span', properties: {style: '--shiki-light:#000;--shiki-dark:#fff'}, children: [{type: 'text', value: code}]};
    return {type: 'root', children: [{type: 'element', tagName: 'pre', children: [{type: 'element', tagName: 'code', children: [{type: 'element', tagName: 'span', properties: {class: 'line'}, children: [token]}]}]}]};
  },
} as unknown as Highlighter;

type Node = {type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: Node[]};
const block = (language: string | null, text: string): Node => ({
  type: 'element',
  tagName: 'pre',
  properties: {},
  children: [
    {
      type: 'element',
      tagName: 'code',
      properties: language === null ? {} : {className: [`language-${language}`]},
      children: [{type: 'text', value: text}],
    },
  ],
});
const codeOf = (pre: Node): Node => pre.children![0];

test('reads the language from the class list; aliases map to their grammar; plain text is left alone', () => {
  expect(languageOf(codeOf(block('Python', 'x')))).toBe('python');
  expect(languageOf(codeOf(block(null, 'x')))).toBe('');
  expect(grammarFor('py', 'a.mdx')).toBe('python');
  expect(grammarFor('sh', 'a.mdx')).toBe('bash');
  expect(grammarFor('text', 'a.mdx')).toBeNull();
  expect(grammarFor('', 'a.mdx')).toBeNull();
});

test('an unknown language fails with the file and the allowed languages', () => {
  expect(() => grammarFor('rust', 'docs/x.mdx')).toThrow(
    /docs\/x\.mdx: a code block has language "rust", which the site does not highlight; use one of bash, json, .*python.*, or text/,
  );
});

test('colours a Python block with both themes as CSS variables and leaves a text block as it was', async () => {
  const python = block('python', 'x = 1  # one\n');
  const text = block('text', 'QPS = 10^5\n');
  const tree: Node = {type: 'root', children: [python, text]};
  await rehypeShikiHighlight({highlighter: async () => fakeShiki})(tree, {path: 'docs/x.mdx'});
  expect(calls).toEqual([['x = 1  # one', {lang: 'python', themes: THEMES, defaultColor: false}]]);
  const code = codeOf(python);
  expect(code.properties?.className).toEqual(['language-python', 'shiki-highlighted']);
  const tokens = JSON.stringify(code.children);
  expect(tokens).toContain('--shiki-light:');
  expect(tokens).toContain('--shiki-dark:');
  const textOf = (node: Node): string => (node.type === 'text' ? node.value ?? '' : (node.children ?? []).map(textOf).join(''));
  expect(textOf(code)).toBe('x = 1  # one');
  expect(codeOf(text)).toEqual(codeOf(block('text', 'QPS = 10^5\n')));
});
