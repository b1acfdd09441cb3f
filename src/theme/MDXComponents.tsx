import MDXComponents from '@theme-original/MDXComponents';
import ComparisonTable from '@site/src/components/ComparisonTable';
import FrameworkTimeline from '@site/src/components/FrameworkTimeline';
import PipelineDiagram from '@site/src/components/PipelineDiagram';
import ScrollableTable from '@site/src/components/ScrollableTable';
import SelfCheck from '@site/src/components/SelfCheck';

// The site's components, usable in every lesson without an import.
export default {
  ...MDXComponents,
  table: ScrollableTable,
  ComparisonTable,
  FrameworkTimeline,
  PipelineDiagram,
  SelfCheck,
};
