import React, {useCallback, useMemo, type ReactNode} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {CatalogData} from '../../../plugins/lesson-catalog/catalog';
import LessonCatalog from '.';
import {catalogQueryString, NO_FILTERS, parseCatalogQuery, type CatalogFilters} from './filters';
import styles from './page.module.css';

/**
 * The /lessons route (added by plugins/lesson-catalog with the catalog as a route prop). The filters
 * live in the URL's query string; the built HTML, rendered without one, lists every lesson.
 */
export default function CatalogPage({catalog}: {catalog: CatalogData}): ReactNode {
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const history = useHistory();
  const options = useMemo(() => ({companies: catalog.companies, sections: catalog.sections}), [catalog]);
  // Before hydration there is no query string to read: render what the built HTML shows.
  const filters = isBrowser ? parseCatalogQuery(location.search, options) : NO_FILTERS;
  const onChange = useCallback(
    (next: CatalogFilters) => history.replace({pathname: location.pathname, search: catalogQueryString(next)}),
    [history, location.pathname],
  );
  return (
    <Layout
      title="Lesson catalog"
      description="Every lesson of the ML System Design Guide with its difficulty, time and the companies that ask about it; filter by difficulty, company, section or text.">
      <main className={styles.main}>
        <Heading as="h1">Lesson catalog</Heading>
        <p className={styles.lead}>
          Every lesson with its difficulty, reading time and the companies known to ask about it. Combine
          the filters, then share the address: it keeps them.
        </p>
        <LessonCatalog catalog={catalog} filters={filters} onChange={onChange} clearHref={location.pathname} />
      </main>
    </Layout>
  );
}
