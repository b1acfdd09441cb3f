/** @jest-environment node */
import remarkLessonComponentImports, {componentsUsed, LESSON_COMPONENTS} from '.';

type Node = {type: string; name?: string; value?: string; children?: Node[]};
const jsx = (name: string, children: Node[] = []): Node => ({type: 'mdxJsxFlowElement', name, children});

describe('remarkLessonComponentImports', () => {
  test('imports each lesson component the tree uses, once, and nothing else', () => {
    const tree: Node = {
      type: 'root',
      children: [
        {type: 'paragraph', children: [{type: 'mdxJsxTextElement', name: 'SelfCheck', children: []}]},
        jsx('PipelineDiagram'),
        jsx('SelfCheck', [jsx('details')]),
        jsx('UnknownWidget'),
      ],
    };
    remarkLessonComponentImports()(tree);
    const imports = tree.children!.filter((node) => node.type === 'mdxjsEsm').map((node) => node.value);
    expect(imports).toEqual([
      `import PipelineDiagram from "${LESSON_COMPONENTS.PipelineDiagram}";`,
      `import SelfCheck from "${LESSON_COMPONENTS.SelfCheck}";`,
    ]);
    expect(tree.children).toHaveLength(6);
  });

  test('a lesson without components gets no imports', () => {
    const tree: Node = {type: 'root', children: [{type: 'paragraph', children: [{type: 'text', value: 'Hi'}]}]};
    remarkLessonComponentImports()(tree);
    expect(tree.children).toHaveLength(1);
  });

  test('a component the lesson imports itself is left alone', () => {
    const tree: Node = {
      type: 'root',
      children: [{type: 'mdxjsEsm', value: "import SelfCheck from './LocalSelfCheck';"}, jsx('SelfCheck'), jsx('ComparisonTable')],
    };
    remarkLessonComponentImports()(tree);
    expect(componentsUsed(tree)).toEqual(['ComparisonTable', 'SelfCheck']);
    expect(tree.children!.filter((node) => node.type === 'mdxjsEsm').map((node) => node.value)).toEqual([
      `import ComparisonTable from "${LESSON_COMPONENTS.ComparisonTable}";`,
      "import SelfCheck from './LocalSelfCheck';",
    ]);
  });
});
