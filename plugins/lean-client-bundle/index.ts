import type {Plugin} from '@docusaurus/types';

// Mermaid and the libraries it pulls in (its parser, d3, layout engines). theme-mermaid imports them
// lazily, but mermaid's many diagram chunks share these modules, so Docusaurus's "common" chunk
// (modules used by half of all chunks) swallowed them and every page downloaded ~670 KB it never ran.
const DIAGRAM_LIBRARIES =
  /[\\/]node_modules[\\/](mermaid|@mermaid-js|langium|chevrotain|@chevrotain|vscode-[\w-]+|d3|d3-[\w-]+|dagre-d3-es|cytoscape[\w-]*|elkjs|khroma|katex|dompurify|lodash-es|roughjs|marked|stylis|@iconify|@braintree|dayjs|ts-dedent|uuid)[\\/]/;

/** Keeps diagram libraries in their own lazily loaded chunk, fetched only by pages that draw one. */
export default function splitDiagramLibraries(): Plugin {
  return {
    name: 'split-diagram-libraries',
    configureWebpack(_config, isServer) {
      if (isServer) {
        return {};
      }
      return {
        optimization: {
          splitChunks: {
            cacheGroups: {
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
