import React, {lazy, Suspense, useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode} from 'react';
import {useHistory} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type {SearchHit} from '@site/src/lib/search/engine';
import styles from './styles.module.css';

// The suggestions, the search engine and the index load only once the reader focuses the box.
const Suggestions = lazy(() => import('@site/src/components/site/Search/Suggestions'));

/**
 * The navbar search box: a plain form to /search?q= (so it works without JavaScript); with it,
 * suggestions as you type. Enter opens the results page, or the suggestion chosen with the arrows.
 */
export default function SearchBar(): ReactNode {
  const history = useHistory();
  const action = useBaseUrl('/search');
  const baseUrl = useBaseUrl('/');
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [active, setActive] = useState(-1);
  const onHits = useCallback((found: SearchHit[] | null) => {
    setHits(found);
    setActive(-1);
  }, []);
  const close = useCallback(() => {
    setOpen(false);
    setActive(-1);
  }, []);

  // Ctrl/⌘ K focuses the box from anywhere.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        input.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = hits?.length ?? 0;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (count === 0) return;
      event.preventDefault();
      setOpen(true);
      setActive((current) => (event.key === 'ArrowDown' ? (current + 1) % count : (current <= 0 ? count : current) - 1));
    } else if (event.key === 'Escape') {
      close();
    } else if (event.key === 'Enter' && open && active >= 0 && hits?.[active]) {
      event.preventDefault();
      history.push(hits[active].lesson.url);
      close();
      input.current?.blur();
    }
  };

  return (
    <form
      role="search"
      aria-label="Site search"
      action={action}
      method="get"
      className={`navbar__search ${styles.form}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (!query.trim()) return;
        history.push(`${action}?${new URLSearchParams({q: query.trim()})}`);
        close();
        input.current?.blur();
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) close();
      }}>
      <input
        ref={input}
        // type="text": HTML allows role="combobox" on a text input, not on type="search" (Nu HTML Checker).
        // inputMode and enterKeyHint keep the phone keyboard's search key.
        type="text"
        inputMode="search"
        enterKeyHint="search"
        name="q"
        className={styles.input}
        placeholder="Search"
        aria-label="Search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open && Boolean(query.trim()) && hits !== null}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        value={query}
        onFocus={() => {
          setUsed(true);
          setOpen(true);
        }}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
      />
      {used && open && (
        <Suspense fallback={null}>
          <Suggestions listId={listId} query={query} baseUrl={baseUrl} activeIndex={active} onHits={onHits} onChoose={close} />
        </Suspense>
      )}
    </form>
  );
}
