import MDXComponents from '@theme-original/MDXComponents';
import ScrollableTable from '@site/src/components/lesson/ScrollableTable';

// Markdown tables scroll inside their own box on a phone. The lesson components (PipelineDiagram and
// the rest) are not registered here: plugins/component-imports imports each into the lessons that use it.
export default {
  ...MDXComponents,
  table: ScrollableTable,
};
