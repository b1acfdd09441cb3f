import React, {useEffect, useMemo, useState, type FormEvent, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useIsBrowser from '@docusaurus/useIsBrowser';
import PageShell from '@site/src/components/site/PageShell';
import {queryTerms, searchLessons, type SearchHit} from '@site/src/lib/search/engine';
import {bestSection} from '@site/src/lib/search/snippet';
import {DIFFICULTIES} from '../../../../plugins/lessons/difficulty';
import type {CatalogSection} from '../../../../plugins/lesson-catalog/catalog';
import type {SearchTextFile} from '../../../../plugins/search/searchFiles';
import {loadLessonSearch, loadSearchText} from './loadSearch';
import {parseSearchQuery, searchQueryString, type SearchQuery} from './searchQuery';
import Snippet from './Snippet';
import styles from './styles.module.css';

type State = {status: 'loading'} | {status: 'error'} | {status: 'ready'; hits: SearchHit[]};

/**
 * The results page, /search?q=...&section=...&difficulty=... (added by plugins/search with the
 * curriculum sections as a route prop): every matching lesson, best first, each with the sections
 * that match and a snippet. The form works without JavaScript; results need it.
 */
export default function SearchResultsPage({sections}: {sections: CatalogSection[]}): ReactNode {
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const history = useHistory();
  const baseUrl = useBaseUrl('/');
  const action = useBaseUrl('/search');
  const parsed = useMemo(
    () => (isBrowser ? parseSearchQuery(location.search, sections) : {query: {q: '', section: '', difficulty: ''}, ignored: []}),
    [isBrowser, location.search, sections],
  );
  const {query, ignored} = parsed;
  const [draft, setDraft] = useState(query.q);
  useEffect(() => setDraft(query.q), [query.q]);
  const [state, setState] = useState<State>({status: 'loading'});
  const [text, setText] = useState<SearchTextFile>();

  useEffect(() => {
    if (!isBrowser || !query.q.trim()) return;
    let current = true;
    loadLessonSearch(baseUrl).then(
      (search) => {
        if (!current) return;
        const hits = searchLessons(search, query.q, {
          sections: query.section ? [query.section] : [],
          difficulties: query.difficulty ? [query.difficulty] : [],
        });
        setState({status: 'ready', hits});
        if (hits.length > 0) loadSearchText(baseUrl).then((loaded) => current && setText(loaded), () => {});
      },
      () => current && setState({status: 'error'}),
    );
    return () => {
      current = false;
    };
  }, [isBrowser, baseUrl, query.q, query.section, query.difficulty]);

  const go = (next: SearchQuery) => history.push(`${action}${searchQueryString(next)}`);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    go({...query, q: draft});
  };
  const terms = useMemo(() => queryTerms(query.q), [query.q]);
  const sectionLabel = sections.find((section) => section.id === query.section)?.label;

  return (
    <PageShell title="Search" description="Search every lesson of the guide, offline as well as online.">
      <form role="search" aria-label="Search the lessons" action={action} method="get" onSubmit={onSubmit} className={styles.form}>
        <label className={styles.field}>
          <span>Search the lessons</span>
          <input type="search" name="q" value={draft} onChange={(event) => setDraft(event.target.value)} />
        </label>
        <label className={styles.field}>
          <span>Section</span>
          <select name="section" value={query.section} onChange={(event) => go({...query, q: draft, section: event.target.value})}>
            <option value="">All sections</option>
            {sections.map((section) => (
              <option key={section.id} value={section.id}>
                {section.label}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.field}>
          <span>Difficulty</span>
          <select name="difficulty" value={query.difficulty} onChange={(event) => go({...query, q: draft, difficulty: event.target.value})}>
            <option value="">Any difficulty</option>
            {DIFFICULTIES.map((difficulty) => (
              <option key={difficulty} value={difficulty}>
                {difficulty}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button button--primary">
          Search
        </button>
      </form>
      {ignored.length > 0 && <p className={styles.note}>Ignored from the address: {ignored.join('; ')}.</p>}
      <p role="status" className={styles.status}>
        {!query.q.trim()
          ? isBrowser
            ? 'Type a term, an abbreviation or a question.'
            : ''
          : state.status === 'loading'
            ? 'Searching…'
            : state.status === 'error'
              ? 'Search could not load its index. Reload the page to try again.'
              : resultCount(state.hits.length, query.q, [sectionLabel, query.difficulty].filter(Boolean).join(', '))}
      </p>
      {query.q.trim() && state.status === 'ready' && (
        <ol className={styles.results}>
          {state.hits.map((hit) => (
            <SearchResult key={hit.lesson.url} hit={hit} terms={terms} text={text} />
          ))}
        </ol>
      )}
    </PageShell>
  );
}

/** "3 lessons match "kv cache"" — the true number of matching lessons, after the filters. */
export function resultCount(count: number, q: string, filters: string): string {
  const where = filters ? ` (${filters})` : '';
  if (count === 0) return `No lesson matches “${q}”${where}.`;
  return `${count} ${count === 1 ? 'lesson matches' : 'lessons match'} “${q}”${where}.`;
}

function SearchResult({hit, terms, text}: {hit: SearchHit; terms: readonly string[]; text?: SearchTextFile}): ReactNode {
  const {lesson} = hit;
  const sections = text?.lessons.find((entry) => entry.url === lesson.url)?.sections;
  const best = sections && bestSection(sections, terms);
  const shownHeadings = hit.headings.slice(0, 3);
  return (
    <li>
      <article className={styles.result}>
        <h2 className={styles.resultTitle}>
          <Link to={lesson.url}>{lesson.title}</Link>
        </h2>
        <p className={styles.meta}>
          {lesson.sectionLabel} · {lesson.difficulty}
        </p>
        {shownHeadings.length > 0 && (
          <p className={styles.sections}>
            <span>{shownHeadings.length === 1 ? 'Section: ' : 'Sections: '}</span>
            {shownHeadings.map((heading, index) => (
              <React.Fragment key={heading.anchor}>
                {index > 0 && ' · '}
                <Link to={`${lesson.url}#${heading.anchor}`}>{heading.text}</Link>
              </React.Fragment>
            ))}
          </p>
        )}
        {best && (
          <div className={styles.snippet}>
            {best.heading && !shownHeadings.some((heading) => heading.anchor === best.anchor) && (
              <p className={styles.snippetHeading}>
                In <Link to={`${lesson.url}#${best.anchor}`}>{best.heading}</Link>:
              </p>
            )}
            <Snippet text={best.text} terms={terms} />
          </div>
        )}
      </article>
    </li>
  );
}
