import path from 'path';
import type {Plugin} from '@docusaurus/types';
import {LESSON_COMPONENTS} from '../component-imports';

// Mermaid and the libraries it pulls in (its parser, d3, layout engines). theme-mermaid imports them
// lazily, but mermaid's many diagram chunks share these modules, so Docusaurus's "common" chunk
// (modules used by half of all chunks) swallowed them and every page downloaded ~670 KB it never ran.
const DIAGRAM_LIBRARIES =
  /[\\/]node_modules[\\/](mermaid|@mermaid-js|langium|chevrotain|@chevrotain|vscode-[\w-]+|d3|d3-[\w-]+|dagre-d3-es|cytoscape[\w-]*|elkjs|khroma|katex|dompurify|lodash-es|roughjs|marked|stylis|@iconify|@braintree|dayjs|ts-dedent|uuid)[\\/]/;

// The classic theme registers extra Prism languages from a client module that runs on every page
// and imports Prism to do it. The site configures no extra languages, so the module is replaced by
// an empty one; Prism then loads only with a code block that needs highlighting (src/theme/CodeBlock).
const PRISM_LANGUAGES_CLIENT_MODULE = require.resolve('@docusaurus/theme-classic/lib/prism-include-languages');

// What Docusaurus's Links call to load linked pages (`window.docusaurus`); see linkLoading.ts for why
// it is replaced. Core imports it by a relative path, which an alias cannot catch, so the module is
// replaced after resolution.
const LINK_LOADING = /[\\/]@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]docusaurus\.js$/;

// theme-common's React helpers, whose useShallowMemoObject calls localeCompare while every docs page
// hydrates; shallowMemo.ts is the same module without it. theme-common imports it by relative paths,
// so it is replaced after resolution, except when shallowMemo.ts itself imports the original.
export const REACT_UTILS = path.join(path.dirname(require.resolve('@docusaurus/theme-common')), 'utils', 'reactUtils.js');
const SHALLOW_MEMO = path.join(__dirname, 'shallowMemo.ts');

/** Where a request for theme-common's reactUtils should go: shallowMemo.ts, unless it asks for the original. */
export function reactUtilsTarget(issuer: string | undefined): string | undefined {
  return issuer === SHALLOW_MEMO ? undefined : SHALLOW_MEMO;
}

/** The folder of a component's module ('@site/src/components/lesson/calculators/X' → …/src/components/lesson/calculators/X/). */
export function componentFolder(module: string): RegExp {
  const parts = module.replace(/^@site\//, '').split('/').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`[\\\\/]${parts.join('[\\\\/]')}[\\\\/]`);
}

// Each lesson component in a chunk of its own. Otherwise a component that more than half of all
// pages use lands in Docusaurus's "common" chunk, and every page that loads common (any lesson)
// downloads it whether it renders it or not.
const LESSON_COMPONENT_CHUNKS = Object.fromEntries(
  Object.entries(LESSON_COMPONENTS).map(([name, module]) => [
    `lesson-${name}`,
    {
      test: componentFolder(module),
      name: `lesson-${name}`,
      chunks: 'async' as const,
      priority: 45,
      enforce: true,
    },
  ]),
);

// What the calculators share (the form, input rules, number formats, share links) in one chunk that
// only their lessons load, instead of a copy in each calculator's chunk. Each calculator's own
// formulas stay with it.
const CALCULATOR_CHUNKS = {
  'lesson-calculators-shared': {
    test: /[\\/]src[\\/](components[\\/]lesson[\\/]calculators[\\/]shared[\\/]|lib[\\/]calculators[\\/](fields|format|math|report|shareLink)\.ts$)/,
    name: 'lesson-calculators-shared',
    chunks: 'async' as const,
    priority: 46,
    enforce: true,
  },
};

/** Keeps code that most pages never run, and lessons nobody asked for, out of what every page loads. */
export default function leanClientBundle(): Plugin {
  return {
    name: 'lean-client-bundle',
    configureWebpack(_config, isServer, {currentBundler}) {
      if (isServer) {
        return {};
      }
      return {
        // SOURCE_MAPS=1 npm run build: source maps beside the bundles, to read a CPU profile by source file.
        ...(process.env.SOURCE_MAPS === '1' ? {devtool: 'source-map'} : {}),
        plugins: [
          new currentBundler.instance.NormalModuleReplacementPlugin(LINK_LOADING, path.join(__dirname, 'linkLoading.ts')),
          new currentBundler.instance.NormalModuleReplacementPlugin(
            new RegExp(`^${REACT_UTILS.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
            (data: {contextInfo?: {issuer?: string}; createData?: Record<string, unknown>}) => {
              const target = reactUtilsTarget(data.contextInfo?.issuer);
              const created = data.createData;
              if (!target || created?.resource !== REACT_UTILS) return;
              // The request (loaders and resource) names the module too: left as it was, the wrapper
              // and the original would count as one module, and the wrapper would import itself.
              for (const key of ['resource', 'request', 'userRequest']) {
                if (typeof created[key] === 'string') created[key] = created[key].split(REACT_UTILS).join(target);
              }
            },
          ),
        ],
        resolve: {
          alias: {
            'theme-common-react-utils-original$': REACT_UTILS,
            [PRISM_LANGUAGES_CLIENT_MODULE.replace(/\.js$/, '')]: path.join(__dirname, 'noopPrismLanguages.ts'),
            [PRISM_LANGUAGES_CLIENT_MODULE]: path.join(__dirname, 'noopPrismLanguages.ts'),
          },
        },
        optimization: {
          splitChunks: {
            cacheGroups: {
              ...LESSON_COMPONENT_CHUNKS,
              ...CALCULATOR_CHUNKS,
              diagramLibraries: {
                test: DIAGRAM_LIBRARIES,
                chunks: 'async',
                priority: 50,
                enforce: true,
              },
            },
          },
        },
      };
    },
  };
}
