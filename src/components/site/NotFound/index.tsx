import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {HomeSection, LessonLink} from '../../../../plugins/lesson-catalog/home';
import styles from './styles.module.css';

export type NotFoundProps = {
  /** The curriculum sections, each with its first lesson: shown whatever the missing address. */
  sections: readonly HomeSection[];
  /** Lessons whose URL is close to the missing one; undefined until the browser has compared them. */
  suggestions?: readonly LessonLink[];
  /** The search page's URL (with the base URL), where the search form sends its query. */
  searchAction: string;
};

/** The 404 page's content: what happened, a search box, close lessons, the sections, home and the catalog. */
export default function NotFound({sections, suggestions, searchAction}: NotFoundProps): ReactNode {
  return (
    <main className={styles.main}>
      <h1>Page not found</h1>
      <p className={styles.lead}>
        There is no page at this address. The lesson may have moved, or the link has a typo.
      </p>
      {/* A plain form: it searches with or without JavaScript, through the site's own search page. */}
      <form action={searchAction} method="get" role="search" className={styles.search}>
        <label htmlFor="not-found-search">Search the lessons</label>
        <span className={styles.searchRow}>
          <input id="not-found-search" name="q" type="search" required className={styles.input} />
          <button type="submit" className="button button--primary">
            Search
          </button>
        </span>
      </form>
      {suggestions && suggestions.length > 0 && (
        <section aria-labelledby="closest-lessons">
          <h2 id="closest-lessons">Did you mean</h2>
          <ul>
            {suggestions.map((lesson) => (
              <li key={lesson.id}>
                <Link to={lesson.permalink}>{lesson.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="sections-to-start">
        <h2 id="sections-to-start">Or start a section</h2>
        <ul>
          {sections.map((section) => (
            <li key={section.id}>
              {section.label}: <Link to={section.first.permalink}>{section.first.title}</Link>
            </li>
          ))}
        </ul>
      </section>
      <p className={styles.links}>
        <Link to="/">Home</Link>
        <Link to="/lessons">All lessons</Link>
      </p>
    </main>
  );
}
