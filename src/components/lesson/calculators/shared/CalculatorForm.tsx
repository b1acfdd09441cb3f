import React, {useEffect, useRef, useState, type ReactNode} from 'react';
import {shareQuery, shareUrl} from '../../../../lib/calculators/shareLink';
import {copyText} from '../../CopySectionLink/copy';
import {FieldGroup, inputId} from './Inputs';
import type {Calculator} from './useCalculator';
import {CalculatorStyles, cls} from './styles';

/** How long the reader pauses typing before the new result is read out. */
const ANNOUNCE_DELAY_MS = 800;

export const anchorOf = (prefix: string): string => `calculator-${prefix}`;

/**
 * The frame every calculator shares: a titled form with the inputs (in groups, or `children` for
 * inputs of their own shape), the results in <output> elements with their formula and working,
 * one polite live region that reads out a summary once the reader pauses, and the share link.
 * Without JavaScript it is a printed worked example: the lesson's inputs and their results.
 */
export type CalculatorFormProps = {
  calc: Calculator;
  /** From useBaseId: prefixes every id inside. */
  base: string;
  title: string;
  groups?: readonly {legend: string; keys: readonly string[]}[];
  children?: ReactNode;
};

function Results({calc, base}: {calc: Calculator; base: string}): ReactNode {
  return (
    <div className={cls.results}>
      <p className={cls.resultsTitle}>Results</p>
      {calc.stale && (
        <p className={cls.stale}>
          These results are for the last inputs that worked. Fix the marked {Object.keys(calc.errors).length === 1 ? 'field' : 'fields'} to update them.
        </p>
      )}
      {calc.report.groups.map((group) => (
        <div key={group.title} className={cls.resultGroup} role="group" aria-label={group.title}>
          <p className={cls.groupTitle}>{group.title}</p>
          {group.lines.map((line) => {
            const id = `${base}-out-${line.key}`;
            return (
              <div key={line.key} className={cls.result}>
                <div className={cls.resultHead}>
                  <label htmlFor={id}>{line.label}</label>
                  <output id={id} className={cls.value} aria-live="off" aria-describedby={`${id}-working`}>
                    {line.value}
                  </output>
                </div>
                <p id={`${id}-working`} className={cls.working}>
                  <span className={cls.formula}>{line.formula}</span>: {line.working}
                </p>
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}

function LinkNotice({calc}: {calc: Calculator}): ReactNode {
  if (!calc.fromLink) return null;
  const {notices} = calc.fromLink;
  return (
    <div className={notices.length > 0 ? cls.warning : cls.note}>
      <p>
        {notices.length > 0
          ? 'These inputs come from a shared link, but some of its values could not be used:'
          : 'These inputs come from a shared link.'}
      </p>
      {notices.length > 0 && (
        <ul>
          {notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ShareActions({calc, base}: {calc: Calculator; base: string}): ReactNode {
  const [message, setMessage] = useState('');
  const [fallback, setFallback] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const copy = async (): Promise<void> => {
    const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
    const link = shareUrl(canonical || window.location.href, shareQuery(calc.prefix, calc.fields, calc.values), anchorOf(calc.prefix));
    if (await copyText(link)) {
      setFallback(null);
      setMessage(calc.stale ? 'Link copied, with the last inputs that worked.' : 'Link copied.');
      return;
    }
    setFallback(link);
    setMessage('Could not copy automatically: the link is selected below; press Ctrl+C (⌘C on a Mac).');
    requestAnimationFrame(() => field.current?.select());
  };
  return (
    <div className={cls.share}>
      <div className={cls.buttons}>
        <button type="button" className="button button--secondary button--sm" onClick={copy}>
          Copy a link to these inputs
        </button>
        <button
          type="button"
          className="button button--link button--sm"
          onClick={() => {
            calc.reset();
            setMessage('Back to the lesson’s values.');
          }}>
          Reset to the lesson’s values
        </button>
      </div>
      {fallback !== null && (
        <>
          <label htmlFor={`${base}-link`} className="visually-hidden">
            Link to these inputs
          </label>
          <input id={`${base}-link`} ref={field} className={cls.input} type="text" readOnly value={fallback} onFocus={(event) => event.currentTarget.select()} />
        </>
      )}
      <p className={cls.message} role="status">
        {message}
      </p>
    </div>
  );
}

/** The summary, or what is wrong, read out once typing pauses; nothing on the first render. */
function useAnnouncement(calc: Calculator): string {
  const [said, setSaid] = useState('');
  const firstError = Object.entries(calc.errors)[0];
  const label = firstError && (calc.fields.find((field) => field.key === firstError[0])?.label ?? firstError[0]);
  const text = firstError ? `Not updated. ${label}: ${firstError[1]}` : calc.report.summary;
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return undefined;
    }
    const timer = setTimeout(() => setSaid(text), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);
  return said;
}

export default function CalculatorForm({calc, base, title, groups = [], children}: CalculatorFormProps): ReactNode {
  const said = useAnnouncement(calc);
  const titleId = `${base}-title`;
  const fieldKeys = new Set(calc.fields.map((field) => field.key));
  const otherErrors = Object.entries(calc.errors).filter(([key]) => !fieldKeys.has(key));
  return (
    <form id={anchorOf(calc.prefix)} className={cls.calculator} aria-labelledby={titleId} noValidate onSubmit={(event) => event.preventDefault()}>
      <CalculatorStyles />
      <p id={titleId} className={cls.title}>
        {title}
      </p>
      <p className={cls.lead}>
        Starts from the lesson’s worked example. Change any input: the results follow, each with its formula and the
        numbers in it.
      </p>
      <noscript>
        <p className={cls.note}>Changing the inputs needs JavaScript; the results below are the lesson’s worked example.</p>
      </noscript>
      <LinkNotice calc={calc} />
      <div className={cls.inputs}>
        {groups.map((group) => (
          <FieldGroup key={group.legend} legend={group.legend} keys={group.keys} calc={calc} base={base} />
        ))}
        {children}
      </div>
      {otherErrors.map(([key, message]) => (
        <p key={key} className={cls.error}>
          {message}
        </p>
      ))}
      <Results calc={calc} base={base} />
      <ShareActions calc={calc} base={base} />
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {said}
      </p>
    </form>
  );
}

export {inputId};
