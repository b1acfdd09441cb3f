import React, {useEffect, useId, useRef, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {DIFFICULTIES} from '../../../../plugins/lessons/difficulty';
import type {CatalogData, CatalogLesson} from '../../../../plugins/lesson-catalog/catalog';
import {DifficultyBadge} from '../../lesson/LessonMeta';
import {activeFilters, filterLessons, hasFilters, PARAM, resultSummary, toggle, withoutFilter, type CatalogFilters} from './filters';
import styles from './styles.module.css';

/**
 * Every lesson as a card, with filters by text, difficulty, section and company. The filters are
 * plain data in and out (`filters`, `onChange`), so the page decides where they live (the URL).
 * `clearHref` is where "Clear filters" leads: the catalog without a query string. `completed` maps
 * the reader's completed lesson ids to the day they were completed.
 */
export type LessonCatalogProps = {
  catalog: CatalogData;
  filters: CatalogFilters;
  onChange: (filters: CatalogFilters) => void;
  clearHref: string;
  completed?: Readonly<Record<string, string>>;
  /** Self-check questions answered and in all, by lesson id (lessons without questions are absent). */
  selfChecks?: Readonly<Record<string, {answered: number; total: number}>>;
};

function CheckboxGroup<T extends string>({
  legend,
  name,
  options,
  selected,
  onToggle,
}: {
  legend: string;
  name: string;
  options: readonly {value: T; label: string}[];
  selected: readonly T[];
  onToggle: (value: T) => void;
}): ReactNode {
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{legend}</legend>
      <div className={styles.choices}>
        {options.map((option) => (
          <label key={option.value} className={styles.choice}>
            <input
              type="checkbox"
              name={name}
              value={option.value.toLowerCase()}
              checked={selected.includes(option.value)}
              onChange={() => onToggle(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function LessonCard({
  lesson,
  sectionLabel,
  doneDay,
  selfChecks,
}: {
  lesson: CatalogLesson;
  sectionLabel: string;
  doneDay?: string;
  selfChecks?: {answered: number; total: number};
}): ReactNode {
  return (
    <li className={styles.card} data-done={doneDay !== undefined || undefined}>
      <h2 className={styles.cardTitle}>
        <Link to={lesson.permalink}>{lesson.title}</Link>
      </h2>
      {doneDay !== undefined && (
        <p className={styles.done}>
          <span aria-hidden="true">✓ </span>Completed on {doneDay}
        </p>
      )}
      <p className={styles.description}>{lesson.description}</p>
      <dl className={styles.facts}>
        <div>
          <dt>Section</dt>
          <dd>{sectionLabel}</dd>
        </div>
        <div>
          <dt>Difficulty</dt>
          <dd>
            <DifficultyBadge difficulty={lesson.difficulty} />
          </dd>
        </div>
        <div>
          <dt>Time</dt>
          <dd>{lesson.estimatedTime}</dd>
        </div>
        {lesson.companies.length > 0 && (
          <div>
            <dt>Asked at</dt>
            <dd>{lesson.companies.join(', ')}</dd>
          </div>
        )}
        {selfChecks && selfChecks.total > 0 && (
          <div>
            <dt>Self-checks</dt>
            <dd data-self-checks={`${selfChecks.answered}/${selfChecks.total}`}>
              answered {selfChecks.answered} of {selfChecks.total}
            </dd>
          </div>
        )}
      </dl>
    </li>
  );
}

/** Where the filters sit beside the list instead of above it (Infima's desktop breakpoint). */
const WIDE = '(min-width: 997px)';

export default function LessonCatalog({
  catalog,
  filters,
  onChange,
  clearHref,
  completed = {},
  selfChecks = {},
}: LessonCatalogProps): ReactNode {
  const textId = useId();
  const shown = filterLessons(catalog.lessons, filters);
  const sectionLabel = new Map(catalog.sections.map((section) => [section.id, section.label]));
  const chips = activeFilters(filters, sectionLabel);
  // Folded on a phone, where 40 checkboxes would push the first lesson two screens down; open beside
  // the list on a wide screen. The built HTML has them folded: without JavaScript they do nothing.
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (window.matchMedia?.(WIDE).matches) setOpen(true);
  }, []);
  const chipList = useRef<HTMLUListElement>(null);
  const filtersSummary = useRef<HTMLElement>(null);
  const remove = (index: number) => {
    onChange(withoutFilter(filters, chips[index]));
    // Focus stays in the chips (on the next one, or the previous), or returns to the filters.
    const buttons = chipList.current ? [...chipList.current.querySelectorAll('button')] : [];
    const next = buttons[index + 1] ?? buttons[index - 1];
    (next ?? filtersSummary.current)?.focus();
  };
  return (
    <div className={styles.catalog}>
      <details
        className={styles.filterBox}
        open={open}
        onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}>
        <summary ref={filtersSummary} className={styles.filterSummary}>
          Filters{chips.length > 0 && ` (${chips.length} active)`}
        </summary>
      <form
        className={styles.filters}
        role="search"
        aria-label="Filter lessons"
        method="get"
        onSubmit={(event) => event.preventDefault()}>
        <div className={styles.group}>
          <label className={styles.legend} htmlFor={textId}>
            Filter by text
          </label>
          <input
            id={textId}
            className={styles.text}
            type="search"
            name={PARAM.text}
            value={filters.text}
            placeholder="e.g. ranking, drift, NDCG"
            autoComplete="off"
            onChange={(event) => onChange({...filters, text: event.target.value})}
          />
        </div>
        <CheckboxGroup
          legend="Difficulty"
          name={PARAM.difficulty}
          options={DIFFICULTIES.map((difficulty) => ({value: difficulty, label: difficulty}))}
          selected={filters.difficulties}
          onToggle={(value) => onChange({...filters, difficulties: toggle(filters.difficulties, value, DIFFICULTIES)})}
        />
        <CheckboxGroup
          legend="Section"
          name={PARAM.section}
          options={catalog.sections.map((section) => ({value: section.id, label: section.label}))}
          selected={filters.sections}
          onToggle={(value) =>
            onChange({...filters, sections: toggle(filters.sections, value, catalog.sections.map((section) => section.id))})
          }
        />
        <CheckboxGroup
          legend="Company"
          name={PARAM.company}
          options={catalog.companies.map((company) => ({value: company, label: company}))}
          selected={filters.companies}
          onToggle={(value) => onChange({...filters, companies: toggle(filters.companies, value, catalog.companies)})}
        />
        <noscript>
          <p className={styles.note}>Filtering needs JavaScript; every lesson is listed.</p>
        </noscript>
      </form>
      </details>
      <div className={styles.results}>
        <div className={styles.summary}>
          <p role="status" aria-live="polite" aria-atomic="true" className={styles.count}>
            {resultSummary(shown, catalog.lessons.length)}
          </p>
          {hasFilters(filters) && (
            <Link to={clearHref} className={styles.clear}>
              Clear filters
            </Link>
          )}
        </div>
        {chips.length > 0 && (
          <ul className={styles.chips} aria-label="Active filters" ref={chipList}>
            {chips.map((chip, index) => (
              <li key={`${chip.kind}:${chip.value}`}>
                <button
                  type="button"
                  className="button button--sm button--outline button--secondary"
                  aria-label={`Remove filter ${chip.label}`}
                  onClick={() => remove(index)}>
                  {chip.label} <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        {shown.length > 0 && (
          <ul className={styles.cards} aria-label="Lessons">
            {shown.map((lesson) => (
              <LessonCard
                key={lesson.id}
                lesson={lesson}
                sectionLabel={sectionLabel.get(lesson.section) ?? lesson.section}
                doneDay={completed[lesson.id]}
                selfChecks={selfChecks[lesson.id]}
              />
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
