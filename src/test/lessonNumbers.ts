import fs from 'fs';
import path from 'path';
import {extractComponentProps} from '../../plugins/lessons/componentProps';

/**
 * For tests that hold a lesson's prose to its calculator: the lesson's source, the props of a
 * component in it, and the numbers its text states, compared at the precision the text gives them.
 */

const DOCS = path.resolve(__dirname, '../../docs');

/** The MDX source of a lesson by id ("foundations/estimation"), or undefined when the file is absent. */
export function lessonSource(id: string): string | undefined {
  const file = path.join(DOCS, `${id}.mdx`);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}

/** The props of the only use of `component` in the source (fails when there are none or several). */
export function onlyPropsOf(source: string, component: string): Record<string, unknown> {
  const uses = extractComponentProps(source, component);
  if (uses.length !== 1) throw new Error(`expected one <${component}> in the lesson, found ${uses.length}`);
  return uses[0];
}

/** "23,148" → 23148, "$1.52" → 1.52, "4.34 × 10^14" → 4.34e14, "69M" → 6.9e7, "50%" → 50. */
export function numberIn(text: string): number {
  const clean = text.replace(/[$,\s%]/g, '');
  const power = /^([\d.]+)×10\^(\d+)$/.exec(clean);
  if (power) return Number(power[1]) * 10 ** Number(power[2]);
  const scaled = /^([\d.]+)([kMB])$/.exec(clean);
  if (scaled) return Number(scaled[1]) * {k: 1e3, M: 1e6, B: 1e9}[scaled[2] as 'k' | 'M' | 'B'];
  const value = Number(clean);
  if (!Number.isFinite(value)) throw new Error(`"${text}" is not a number`);
  return value;
}

/**
 * The captured groups of the first match of `pattern` in the source, as text. Fails, quoting the
 * pattern, when the lesson no longer says it: then update the pattern along with the prose.
 */
export function stated(source: string, pattern: RegExp): string[] {
  const match = pattern.exec(source);
  if (!match) throw new Error(`the lesson no longer states ${pattern}`);
  return match.slice(1);
}

/**
 * Whether a computed value agrees with what the text states: within one unit of the text's last
 * significant digit ("1,430" allows ±10, "0.219" ±0.001, "339,000" ±1,000). One unit rather than
 * half, because lessons round intermediate results and then work on with the rounded numbers
 * (135.0 GB ÷ 6.7 TB/s = 20.1 ms where the unrounded 135.02 gives 20.15). Exact counts are compared
 * exactly by the tests themselves.
 */
export function agrees(statedText: string, computed: number): boolean {
  const value = numberIn(statedText);
  const digits = statedText.replace(/[$,\s%]/g, '').replace(/×10\^\d+$/, '');
  const scale = value / Number(digits.replace(/[kMB]$/, '')) || 1;
  const decimals = /\.(\d+)/.exec(digits)?.[1].length ?? 0;
  const trailingZeros = decimals === 0 ? (/(0*)[kMB]?$/.exec(digits)?.[1].length ?? 0) : 0;
  const unit = (decimals > 0 ? 10 ** -decimals : 10 ** trailingZeros) * scale;
  return Math.abs(computed - value) <= unit * (1 + 1e-9);
}

/** A readable failure: "the lesson says 232 (GPUs at 60%), the calculator computes 231.5". */
export function expectAgreement(what: string, statedText: string, computed: number): void {
  if (!agrees(statedText, computed)) {
    throw new Error(`the lesson says ${statedText} (${what}), the calculator computes ${computed}`);
  }
}
