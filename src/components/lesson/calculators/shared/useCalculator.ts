import {useCallback, useEffect, useMemo, useState} from 'react';
import {readFields, textOf, type Field, type Values} from '../../../../lib/calculators/fields';
import type {Report} from '../../../../lib/calculators/report';
import {readSharedInputs} from '../../../../lib/calculators/shareLink';

/**
 * The state of one calculator: the text of every input as typed, the last inputs that gave a
 * complete result, and what a shared link brought. Results always come from the last good inputs,
 * so a half-typed or impossible value leaves them standing and shows a message beside its field.
 * The first render (the built HTML) uses the lesson's values; a shared link is read after hydration.
 */
export type CalculatorSetup = {
  fields: readonly Field[];
  /** The lesson's worked example. */
  defaults: Values;
  /** Names this calculator's parameters in a shared link and its anchor. */
  prefix: string;
  compute: (values: Values) => Report;
};

export type Calculator = {
  fields: readonly Field[];
  prefix: string;
  texts: Readonly<Record<string, string>>;
  setText: (key: string, text: string) => void;
  /** Replaces several texts at once (moving a ranked result swaps two). */
  setTexts: (change: (texts: Readonly<Record<string, string>>) => Record<string, string>) => void;
  /** Messages by field key: the value's own, or why the inputs together cannot be computed. */
  errors: Readonly<Record<string, string>>;
  /** The results of the last good inputs (the lesson's until the reader changes one). */
  report: Extract<Report, {ok: true}>;
  /** The last good inputs, which a share link carries. */
  values: Values;
  /** True when the inputs on screen are not the ones the results show. */
  stale: boolean;
  /** Set once a shared link has been read: what in it could not be used. */
  fromLink: {notices: string[]} | null;
  reset: () => void;
};

type State = {texts: Record<string, string>; good: Values};

export function textsOf(fields: readonly Field[], values: Values): Record<string, string> {
  return Object.fromEntries(fields.map((field) => [field.key, textOf(field, values[field.key])]));
}

export function useCalculator({fields, defaults, prefix, compute}: CalculatorSetup): Calculator {
  const initial = useMemo(() => textsOf(fields, defaults), [fields, defaults]);
  const [state, setState] = useState<State>(() => ({texts: initial, good: defaults}));
  const [fromLink, setFromLink] = useState<{notices: string[]} | null>(null);

  const apply = useCallback(
    (change: (texts: Readonly<Record<string, string>>) => Record<string, string>) =>
      setState((previous) => {
        const texts = change(previous.texts);
        const reading = readFields(fields, texts);
        const good = reading.values && compute(reading.values).ok ? reading.values : previous.good;
        return {texts, good};
      }),
    [fields, compute],
  );

  useEffect(() => {
    const shared = readSharedInputs(window.location.search, prefix, fields, defaults);
    if (shared.present) {
      apply(() => shared.texts);
      setFromLink({notices: shared.notices});
    }
    // Read once, when the page has hydrated; later edits never go back to the link.
  }, []);

  const reading = useMemo(() => readFields(fields, state.texts), [fields, state.texts]);
  const current = useMemo(() => (reading.values ? compute(reading.values) : undefined), [reading, compute]);
  const errors = current && !current.ok ? current.errors : reading.errors;
  const report = useMemo(() => {
    const result = compute(state.good);
    if (!result.ok) throw new Error(`${prefix}: the last good inputs no longer compute (${JSON.stringify(result.errors)})`);
    return result;
  }, [compute, state.good, prefix]);

  return {
    fields,
    prefix,
    texts: state.texts,
    setText: (key, text) => apply((texts) => ({...texts, [key]: text})),
    setTexts: apply,
    errors,
    report,
    values: state.good,
    stale: Object.keys(errors).length > 0,
    fromLink,
    reset: () => {
      apply(() => initial);
      setFromLink(null);
    },
  };
}
