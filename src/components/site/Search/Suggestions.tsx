import React, {useEffect, useState, type ReactNode} from 'react';
import {useHistory} from '@docusaurus/router';
import {searchLessons, type SearchHit} from '@site/src/lib/search/engine';
import {loadLessonSearch} from './loadSearch';
import styles from './styles.module.css';

/** How many lessons the navbar box suggests; the results page lists them all. */
export const SUGGESTION_LIMIT = 6;

export type SuggestionsProps = {
  listId: string;
  query: string;
  baseUrl: string;
  activeIndex: number;
  /** Told the suggestions shown (for the keyboard), or null while the index loads. */
  onHits: (hits: SearchHit[] | null) => void;
  onChoose: () => void;
};

/** The option id of suggestion `index`, for aria-activedescendant. */
export const optionId = (listId: string, index: number) => `${listId}-${index}`;

/**
 * The navbar box's suggestions (loaded with the index only once the reader focuses the box): one
 * option per lesson, its title in full, then its section of the guide and the heading that matches.
 */
export default function Suggestions({listId, query, baseUrl, activeIndex, onHits, onChoose}: SuggestionsProps): ReactNode {
  const history = useHistory();
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [shownFor, setShownFor] = useState('');
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let current = true;
    if (!query.trim()) {
      setHits([]);
      onHits([]);
      return;
    }
    loadLessonSearch(baseUrl).then(
      (search) => {
        if (!current) return;
        const found = searchLessons(search, query).slice(0, SUGGESTION_LIMIT);
        setHits(found);
        setShownFor(query);
        onHits(found);
      },
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [query, baseUrl, onHits]);

  if (!query.trim() || (!hits && !failed)) return null;
  return (
    <ul id={listId} role="listbox" aria-label="Suggested lessons" data-query={shownFor} className={styles.suggestions}>
      {failed && <li className={styles.suggestionFooter}>Search could not load. Press Enter for the results page.</li>}
      {hits?.length === 0 && <li className={styles.suggestionFooter}>No lesson matches. Press Enter for the results page.</li>}
      {hits?.map((hit, index) => {
        const heading = hit.headings[0];
        return (
          // An option holds no link (nothing interactive inside an option): the box's keyboard
          // handling opens the chosen one, a click or tap opens it here.
          <li
            key={hit.lesson.url}
            id={optionId(listId, index)}
            role="option"
            aria-selected={index === activeIndex}
            data-href={hit.lesson.url}
            className={styles.suggestion}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              history.push(hit.lesson.url);
              onChoose();
            }}>
            <span className={styles.suggestionTitle}>{hit.lesson.title}</span>
            <span className={styles.suggestionDetail}>
              {hit.lesson.sectionLabel}
              {heading && ` · ${heading.text}`}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
