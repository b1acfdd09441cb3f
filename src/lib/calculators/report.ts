/**
 * What a calculator shows for one set of inputs: its results in groups, each with the formula and
 * the numbers plugged in, and one sentence for screen readers. A report is either complete or a set
 * of messages for the fields that make it impossible (a model too big for the GPUs, a rate above
 * 100%), so a half-computed or non-finite result can never reach the page.
 */

export type ResultLine = {
  key: string;
  label: string;
  /** The result as the reader sees it, with its unit. */
  value: string;
  /** In words: "requests per day ÷ 86,400 s". */
  formula: string;
  /** With the numbers: "2,000,000,000 ÷ 86,400 ≈ 23,148". */
  working: string;
};

export type ResultGroup = {title: string; lines: ResultLine[]};

export type Report =
  | {ok: true; groups: ResultGroup[]; summary: string}
  | {ok: false; errors: Record<string, string>};

/** A report with a message for each field at fault. */
export function refuse(errors: Record<string, string>): Report {
  return {ok: false, errors};
}

/**
 * A complete report, unless one of the raw numbers behind it is not finite (an overflow the field
 * rules did not foresee): then a message on `blame`, never "NaN" or "Infinity" on the page.
 */
export function complete(groups: ResultGroup[], summary: string, numbers: readonly number[], blame: string): Report {
  if (!numbers.every(Number.isFinite)) {
    return refuse({[blame]: 'These inputs give a result too large to compute; try smaller numbers.'});
  }
  return {ok: true, groups, summary};
}
