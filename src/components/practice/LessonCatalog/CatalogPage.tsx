import React, {useCallback, useMemo, type ReactNode} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import PageShell from '@site/src/components/site/PageShell';
import ProgressSummary from '@site/src/components/practice/ProgressSummary';
import {progressState} from '@site/src/lib/progress';
import {answeredCount, selfCheckState} from '@site/src/lib/selfCheck';
import {summarizeProgress} from '@site/src/lib/progressSummary';
import {useStoredState} from '@site/src/lib/storedState';
import type {CatalogData} from '../../../../plugins/lesson-catalog/catalog';
import LessonCatalog from '.';
import {catalogQueryString, NO_FILTERS, parseCatalogQuery, type CatalogFilters} from './filters';

/**
 * The /lessons route (added by plugins/lesson-catalog with the catalog as a route prop). The filters
 * live in the URL's query string; the built HTML, rendered without one, lists every lesson. The
 * reader's progress (from the browser) marks completed cards and fills the progress summary, and
 * their self-check marks give each card "answered N of M".
 */
export default function CatalogPage({
  catalog,
  selfCheckIds = {},
}: {
  catalog: CatalogData;
  /** Each lesson's self-check question ids (lessons that have any). */
  selfCheckIds?: Readonly<Record<string, readonly string[]>>;
}): ReactNode {
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const history = useHistory();
  const [progress] = useStoredState(progressState);
  const [marks] = useStoredState(selfCheckState);
  // Counted from the marks saved in this browser, so only once the page runs there.
  const selfChecks = useMemo(
    () =>
      isBrowser
        ? Object.fromEntries(Object.entries(selfCheckIds).map(([id, ids]) => [id, {answered: answeredCount(ids, marks), total: ids.length}]))
        : undefined,
    [isBrowser, selfCheckIds, marks],
  );
  const summary = useMemo(
    () => summarizeProgress(catalog.lessons, catalog.sections, (id) => progress.completed[id] !== undefined),
    [catalog, progress],
  );
  const options = useMemo(() => ({companies: catalog.companies, sections: catalog.sections}), [catalog]);
  // Before hydration there is no query string to read: render what the built HTML shows.
  const filters = isBrowser ? parseCatalogQuery(location.search, options) : NO_FILTERS;
  const onChange = useCallback(
    (next: CatalogFilters) => history.replace({pathname: location.pathname, search: catalogQueryString(next)}),
    [history, location.pathname],
  );
  return (
    <PageShell
      title="Lesson catalog"
      description="Every lesson of the ML System Design Guide with its difficulty, time and the companies that ask about it; filter by difficulty, company, section or text."
      lead="Every lesson with its difficulty, reading time and the companies known to ask about it. Combine the filters, then share the address: it keeps them.">
      <ProgressSummary summary={summary} title="Your progress" compact />
      <LessonCatalog
        catalog={catalog}
        filters={filters}
        onChange={onChange}
        clearHref={location.pathname}
        completed={progress.completed}
        selfChecks={selfChecks}
      />
    </PageShell>
  );
}
