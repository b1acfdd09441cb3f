import React, {type ReactNode} from 'react';
import PageShell from '@site/src/components/site/PageShell';
import type {CheatSheetData} from '../../../../plugins/cheat-sheet/cheatSheet';
import CheatSheet from '.';

/**
 * The /practice/cheat-sheet route (added by plugins/cheat-sheet with the sheet as a route prop).
 * `sheet` is null only in builds of fixture lessons, which lack the lessons the sheet is made from.
 */
export default function CheatSheetPage({sheet}: {sheet: CheatSheetData | null}): ReactNode {
  return (
    <PageShell
      title="Cheat sheet"
      description="One printable page: the ML system design interview framework, the data, training and serving pipelines, which metric for which task, and the numbers worth remembering, classic and LLM."
      lead="The framework, the pipelines, the metrics and the numbers worth remembering (classic and LLM), on one page. Each block comes from a lesson and links to it. Print it, or save it as a PDF.">
      <div data-print-page="cheat-sheet">
        {sheet ? <CheatSheet sheet={sheet} /> : <p>This build has none of the lessons the cheat sheet is made from.</p>}
      </div>
    </PageShell>
  );
}
