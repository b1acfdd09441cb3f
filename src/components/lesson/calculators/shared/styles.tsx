import React, {type ReactNode} from 'react';

/**
 * The calculators' styles, rendered by each calculator as a React 19 style resource: React puts one
 * copy in the page (in the built HTML of a lesson with a calculator, and in <head> when a reader
 * navigates to one), and no other page loads it. A CSS module would land in the one stylesheet that
 * Docusaurus makes for every page, and a stylesheet split per chunk is not linked from the built
 * HTML, so the server-rendered results would show unstyled until the scripts ran.
 * Infima's variables only, so dark mode and printing follow the site.
 */
export const cls = {
  buttons: 'calc-buttons',
  calculator: 'calc',
  counts: 'calc-counts',
  error: 'calc-error',
  field: 'calc-field',
  fields: 'calc-fields',
  formula: 'calc-formula',
  group: 'calc-group',
  groupTitle: 'calc-group-title',
  hint: 'calc-hint',
  input: 'calc-input',
  inputs: 'calc-inputs',
  label: 'calc-label',
  lead: 'calc-lead',
  legend: 'calc-legend',
  message: 'calc-message',
  move: 'calc-move',
  note: 'calc-note',
  rankItem: 'calc-rank-item',
  rankList: 'calc-rank-list',
  result: 'calc-result',
  resultGroup: 'calc-result-group',
  resultHead: 'calc-result-head',
  results: 'calc-results',
  resultsTitle: 'calc-results-title',
  share: 'calc-share',
  stale: 'calc-stale',
  title: 'calc-title',
  unit: 'calc-unit',
  value: 'calc-value',
  warning: 'calc-warning',
  working: 'calc-working',
} as const;

const CSS = `
.calc {
  container-type: inline-size;
  margin: 0 0 var(--ifm-spacing-vertical);
  padding: 1rem;
  border: 1px solid var(--ifm-color-emphasis-300);
  border-radius: var(--ifm-global-radius);
  background: var(--ifm-background-surface-color);
}

.calc-title,
.calc-results-title {
  margin: 0 0 0.25rem;
  font-size: 1.1rem;
  font-weight: var(--ifm-font-weight-bold);
}

.calc-lead,
.calc-hint,
.calc-working,
.calc-message {
  margin: 0;
  font-size: 0.875rem;
  color: var(--ifm-color-emphasis-800);
}

.calc-inputs,
.calc-fields,
.calc-results {
  display: grid;
  gap: 0.75rem;
  margin-top: 0.75rem;
}

.calc-group {
  min-width: 0;
  margin: 0;
  padding: 0.5rem 0 0;
  border: 0;
  border-top: 1px solid var(--ifm-color-emphasis-300);
}

.calc-legend,
.calc-group-title,
.calc-label {
  padding: 0;
  font-weight: var(--ifm-font-weight-semibold);
}

.calc-group-title {
  margin: 0.5rem 0 0.25rem;
}

.calc-fields {
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr));
  margin-top: 0.25rem;
}

.calc-field {
  display: flex;
  flex-direction: column;
  gap: 0.2rem;
  min-width: 0;
}

.calc-unit {
  font-weight: var(--ifm-font-weight-normal);
}

.calc-input {
  width: 100%;
  min-width: 0;
  margin-top: auto;
  padding: 0.35rem 0.5rem;
  border: 1px solid var(--ifm-color-emphasis-600);
  border-radius: var(--ifm-global-radius);
  background: var(--ifm-background-color);
  color: var(--ifm-font-color-base);
  font: inherit;
}

.calc-input[aria-invalid='true'] {
  border: 2px solid var(--ifm-color-danger-contrast-foreground);
}

.calc-error {
  margin: 0;
  font-size: 0.875rem;
  color: var(--ifm-color-danger-contrast-foreground);
}

.calc-results {
  padding-top: 0.75rem;
  border-top: 2px solid var(--ifm-color-emphasis-300);
}

.calc-result-group {
  display: grid;
  gap: 0.5rem;
}

.calc-result {
  padding: 0.4rem 0.6rem;
  border-left: 3px solid var(--ifm-color-primary);
  background: var(--ifm-color-emphasis-100);
  overflow-wrap: anywhere;
}

.calc-result-head {
  display: flex;
  flex-wrap: wrap;
  justify-content: space-between;
  gap: 0 1rem;
}

.calc-value {
  font-weight: var(--ifm-font-weight-bold);
  font-variant-numeric: tabular-nums;
}

.calc-formula {
  font-style: italic;
}

.calc-note,
.calc-warning,
.calc-stale {
  margin: 0.75rem 0 0;
  padding: 0.5rem 0.75rem;
  border-left: 4px solid var(--ifm-color-info-contrast-foreground);
  background: var(--ifm-color-info-contrast-background);
  color: var(--ifm-color-info-contrast-foreground);
}

.calc-warning,
.calc-stale {
  border-left-color: var(--ifm-color-warning-contrast-foreground);
  background: var(--ifm-color-warning-contrast-background);
  color: var(--ifm-color-warning-contrast-foreground);
}

.calc-note > :last-child,
.calc-warning > :last-child {
  margin-bottom: 0;
}

.calc-share {
  display: grid;
  gap: 0.5rem;
  margin-top: 1rem;
}

.calc-buttons {
  display: flex;
  flex-wrap: wrap;
  gap: 0.5rem;
}

/* Ranked results: position, grade, and buttons to move it. */
.calc-rank-list {
  display: grid;
  gap: 0.4rem;
  margin: 0.25rem 0 0;
  padding: 0;
  list-style: none;
}

.calc-rank-item {
  display: grid;
  grid-template-columns: 5.5rem minmax(0, 8rem) auto;
  align-items: start;
  gap: 0.5rem;
}

.calc-move {
  display: flex;
  gap: 0.25rem;
}

.calc-move button {
  min-width: 2.5rem;
  min-height: 2.25rem;
  font-size: 1rem;
}

.calc-counts {
  width: 100%;
  display: table;
  margin: 0.25rem 0 0;
}

.calc-counts th,
.calc-counts td {
  padding: 0.3rem;
  vertical-align: top;
}

@media print {
  .calc-share {
    display: none;
  }
}
`;

/** The rules with comments and runs of white space removed. */
export const CALCULATOR_CSS = CSS.replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/\s+/g, ' ')
  .replace(/ ?([{};,]) ?/g, '$1')
  .replace(/: /g, ':')
  .trim();

export function CalculatorStyles(): ReactNode {
  return (
    <style href="mlsd-calculators" precedence="default">
      {CALCULATOR_CSS}
    </style>
  );
}
