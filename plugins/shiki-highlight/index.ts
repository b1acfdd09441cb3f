/**
 * A rehype plugin that highlights fenced code blocks when the site is built, with Shiki, in the
 * light and the dark theme at once: each token carries both colours as CSS variables and
 * src/css/custom.css picks one by the site's theme. No page loads a highlighter at run time.
 *
 * Plain-text blocks (most lesson blocks are worked calculations) are left as they are. A block in a
 * language the site does not highlight fails the build, naming the file and the allowed languages,
 * rather than silently showing uncoloured code.
 */
import type {Highlighter} from 'shiki';
import {classesOf, textOf, type HastNode} from '../hast';

/** Languages a lesson may highlight (add a grammar here to allow another). */
export const HIGHLIGHTED_LANGUAGES = ['bash', 'json', 'javascript', 'python', 'sql', 'typescript', 'yaml'] as const;
/** Other names authors use for the same grammars. */
const ALIASES: Readonly<Record<string, (typeof HIGHLIGHTED_LANGUAGES)[number]>> = {
  sh: 'bash',
  shell: 'bash',
  js: 'javascript',
  ts: 'typescript',
  py: 'python',
  yml: 'yaml',
};
const PLAIN = new Set(['', 'text', 'txt', 'plain', 'plaintext']);
// The high-contrast GitHub themes: every token colour keeps 4.5:1 on the site's code background in
// both modes (the plain GitHub themes go down to 2.6:1 on comments, which fails WCAG AA and axe).
export const THEMES = {light: 'github-light-high-contrast', dark: 'github-dark-high-contrast'} as const;

/** "language-python" in a code element's class list → "python"; no class → "". */
export function languageOf(code: HastNode): string {
  return classesOf(code).find((name) => name.startsWith('language-'))?.slice('language-'.length).toLowerCase() ?? '';
}

/** The grammar to use for a block's language, null for plain text; throws for an unknown one. */
export function grammarFor(language: string, file: string): string | null {
  if (PLAIN.has(language)) return null;
  const grammar = (HIGHLIGHTED_LANGUAGES as readonly string[]).includes(language) ? language : ALIASES[language];
  if (!grammar) {
    throw new Error(
      `${file}: a code block has language "${language}", which the site does not highlight; use one of ${[
        ...HIGHLIGHTED_LANGUAGES,
        ...Object.keys(ALIASES),
      ].join(', ')}, or text (src: plugins/shiki-highlight)`,
    );
  }
  return grammar;
}


/** Every `pre > code` element of the tree. */
function codeBlocks(tree: HastNode): HastNode[] {
  const found: HastNode[] = [];
  const walk = (node: HastNode) => {
    if (node.type === 'element' && node.tagName === 'pre') {
      const code = node.children?.find((child) => child.type === 'element' && child.tagName === 'code');
      if (code) found.push(code);
      return;
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return found;
}

/** The token lines Shiki makes for some code (the children of its `code` element). */
export function highlightedLines(highlighter: Highlighter, source: string, grammar: string): HastNode[] {
  const root = highlighter.codeToHast(source.replace(/\n$/, ''), {lang: grammar, themes: THEMES, defaultColor: false}) as HastNode;
  const pre = root.children?.find((node) => node.tagName === 'pre');
  const code = pre?.children?.find((node) => node.tagName === 'code');
  return code?.children ?? [];
}

let highlighterPromise: Promise<Highlighter> | undefined;
/** One highlighter for the whole build, with the JavaScript regex engine (no WebAssembly). */
export function sharedHighlighter(): Promise<Highlighter> {
  highlighterPromise ??= (async () => {
    const [{createHighlighter}, {createJavaScriptRegexEngine}] = await Promise.all([
      import('shiki'),
      import('shiki/engine/javascript'),
    ]);
    return createHighlighter({
      themes: Object.values(THEMES),
      langs: [...HIGHLIGHTED_LANGUAGES],
      engine: createJavaScriptRegexEngine(),
    });
  })();
  return highlighterPromise;
}

/** `highlighter` is for tests (Jest cannot load Shiki's ES modules); the build uses Shiki's. */
export default function rehypeShikiHighlight({highlighter = sharedHighlighter}: {highlighter?: () => Promise<Highlighter>} = {}) {
  return async (tree: HastNode, file: {path?: string}) => {
    const blocks = codeBlocks(tree)
      .map((code) => ({code, grammar: grammarFor(languageOf(code), file.path ?? 'a lesson')}))
      .filter((block): block is {code: HastNode; grammar: string} => block.grammar !== null);
    if (blocks.length === 0) return;
    const shiki = await highlighter();
    for (const {code, grammar} of blocks) {
      code.children = highlightedLines(shiki, textOf(code), grammar);
      code.properties = {...code.properties, className: [`language-${grammar}`, 'shiki-highlighted']};
    }
  };
}
