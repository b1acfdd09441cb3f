import React, {useId, type ReactNode} from 'react';
import type {Field} from '../../../../lib/calculators/fields';
import type {Calculator} from './useCalculator';
import {cls} from './styles';

/** The id of a field's input, so results, messages and buttons can point at it. */
export const inputId = (base: string, key: string): string => `${base}-${key}`;

/**
 * One input with its label, hint and message. The hint sits above the input, so the inputs of a
 * row line up whatever the length of their labels and hints. Numbers are typed into a text box
 * rather than `type="number"`, which would hide what was typed ("1,5", "abc") instead of saying
 * what is wrong.
 */
export function FieldInput({field, calc, base, labelHidden = false}: {field: Field; calc: Calculator; base: string; labelHidden?: boolean}): ReactNode {
  const id = inputId(base, field.key);
  const error = calc.errors[field.key];
  const hintShown = Boolean(field.hint) && !labelHidden;
  const describedBy = [hintShown && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  } as const;
  return (
    <div className={cls.field}>
      <label htmlFor={id} className={labelHidden ? 'visually-hidden' : cls.label}>
        {field.label}
        {field.kind === 'number' && field.unit && <span className={cls.unit}> ({field.unit})</span>}
      </label>
      {hintShown && (
        <p id={`${id}-hint`} className={cls.hint}>
          {field.hint}
        </p>
      )}
      {field.kind === 'number' ? (
        <input
          {...common}
          className={cls.input}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={calc.texts[field.key] ?? ''}
          onChange={(event) => calc.setText(field.key, event.target.value)}
        />
      ) : (
        <select {...common} className={cls.input} value={calc.texts[field.key] ?? ''} onChange={(event) => calc.setText(field.key, event.target.value)}>
          {field.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
      {error && (
        <p id={`${id}-error`} className={cls.error}>
          {error}
        </p>
      )}
    </div>
  );
}

/** A group of fields under a legend. */
export function FieldGroup({legend, keys, calc, base}: {legend: string; keys: readonly string[]; calc: Calculator; base: string}): ReactNode {
  return (
    <fieldset className={cls.group}>
      <legend className={cls.legend}>{legend}</legend>
      <div className={cls.fields}>
        {keys.map((key) => {
          const field = calc.fields.find((candidate) => candidate.key === key);
          if (!field) throw new Error(`${calc.prefix}: no field "${key}"`);
          return <FieldInput key={key} field={field} calc={calc} base={base} />;
        })}
      </div>
    </fieldset>
  );
}

export function useBaseId(): string {
  return useId().replace(/[^\w-]/g, '');
}
