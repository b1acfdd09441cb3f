/**
 * A remark plugin that imports each of the site's lesson components into exactly the lessons that
 * use it. Authors still write `<PipelineDiagram … />` with no import, but a lesson's bundle now holds
 * only the components it renders: registering them globally in MDXComponents put all of them
 * (and their CSS) on every page.
 */

/** Component name → module, for every component a lesson may use without an import. */
export const LESSON_COMPONENTS: Readonly<Record<string, string>> = {
  CapacityCalculator: '@site/src/components/lesson/calculators/CapacityCalculator',
  ComparisonTable: '@site/src/components/lesson/ComparisonTable',
  ExperimentSizeCalculator: '@site/src/components/lesson/calculators/ExperimentSizeCalculator',
  FrameworkTimeline: '@site/src/components/lesson/FrameworkTimeline',
  LlmServingCalculator: '@site/src/components/lesson/calculators/LlmServingCalculator',
  PipelineDiagram: '@site/src/components/lesson/PipelineDiagram',
  RankingCalculator: '@site/src/components/lesson/calculators/RankingCalculator',
  SelfCheck: '@site/src/components/lesson/SelfCheck',
  ThresholdCalculator: '@site/src/components/lesson/calculators/ThresholdCalculator',
};

type MdastNode = {type: string; name?: string | null; children?: MdastNode[]; [key: string]: unknown};

/** Names of the lesson components used anywhere in the tree, sorted. */
export function componentsUsed(tree: MdastNode): string[] {
  const used = new Set<string>();
  const walk = (node: MdastNode) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && node.name in LESSON_COMPONENTS) {
      used.add(node.name);
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return [...used].sort();
}

/** An `import Name from 'module'` statement as MDX's ESM node, with the estree MDX compiles from. */
export function importNode(name: string, module: string): MdastNode {
  return {
    type: 'mdxjsEsm',
    value: `import ${name} from ${JSON.stringify(module)};`,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ImportDeclaration',
            specifiers: [{type: 'ImportDefaultSpecifier', local: {type: 'Identifier', name}}],
            source: {type: 'Literal', value: module, raw: JSON.stringify(module)},
          },
        ],
      },
    },
  };
}

/** Names the lesson imports itself; those are left alone. */
function explicitImports(tree: MdastNode): Set<string> {
  const names = new Set<string>();
  for (const node of tree.children ?? []) {
    if (node.type === 'mdxjsEsm' && typeof node.value === 'string') {
      for (const match of node.value.matchAll(/import\s+(\w+)/g)) names.add(match[1]);
    }
  }
  return names;
}

export default function remarkLessonComponentImports() {
  return (tree: MdastNode) => {
    const own = explicitImports(tree);
    const imports = componentsUsed(tree)
      .filter((name) => !own.has(name))
      .map((name) => importNode(name, LESSON_COMPONENTS[name]));
    tree.children = [...imports, ...(tree.children ?? [])];
  };
}
