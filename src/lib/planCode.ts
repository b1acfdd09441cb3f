import {fnv1a} from './utf8';
import {isValidDay, isValidPace, PACE_LIMITS, YEAR_RANGE, type Pace} from './studyPlan';

/**
 * A study plan as a short text for a URL (`/practice/study-plans?plan=<code>`):
 *
 *     1.20261201.d14.Ab3x_Q9kL.Our group plan
 *     │ │        │   │         └ name (the rest, any text; the URL encodes it)
 *     │ │        │   └ lessons: 3 characters each, a hash of the lesson id (sorted)
 *     │ │        └ pace: d<days> or m<minutes a day>
 *     │ └ start day, YYYYMMDD
 *     └ format version
 *
 * A lesson's code depends on its id only, never on how many lessons exist or their order, so links
 * stay valid when lessons are added. The build checks that no two lessons share a code.
 */

export const PLAN_CODE_VERSION = '1';
export const MAX_NAME_LENGTH = 80;
export const DEFAULT_PLAN_NAME = 'Study plan';
/** Longer input is not a plan link anyone made; refuse it before looking inside. */
export const MAX_CODE_LENGTH = 4_000;

const CODE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export const LESSON_CODE_LENGTH = 3;

export type PlanSpec = {
  name: string;
  /** YYYY-MM-DD. */
  start: string;
  pace: Pace;
  lessonIds: string[];
};

export type DecodedPlan =
  | {ok: true; plan: PlanSpec; warnings: string[]}
  | {ok: false; error: string};

/** The 3-character code of a lesson id (18 bits of its hash, in URL-safe characters). */
export function lessonCode(id: string): string {
  const hash = fnv1a(id);
  let code = '';
  for (let index = 0; index < LESSON_CODE_LENGTH; index += 1) {
    code += CODE_ALPHABET[(hash >>> (index * 6)) & 63];
  }
  return code;
}

/** Pairs of lesson ids that share a code (none is allowed; the build reports them). */
export function codeCollisions(ids: readonly string[]): [string, string][] {
  const seen = new Map<string, string>();
  const collisions: [string, string][] = [];
  for (const id of ids) {
    const code = lessonCode(id);
    const other = seen.get(code);
    if (other !== undefined && other !== id) {
      collisions.push([other, id]);
    } else {
      seen.set(code, id);
    }
  }
  return collisions;
}

function collapseSpaces(name: string): string {
  return name
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Drops control characters and extra spaces, and shortens to MAX_NAME_LENGTH characters. */
export function cleanName(name: string): string {
  return [...collapseSpaces(name)].slice(0, MAX_NAME_LENGTH).join('').trim();
}

export function encodePlan(plan: PlanSpec): string {
  const pace = plan.pace.kind === 'days' ? `d${plan.pace.days}` : `m${plan.pace.minutes}`;
  const codes = [...new Set(plan.lessonIds.map(lessonCode))].sort().join('');
  return [PLAN_CODE_VERSION, plan.start.replaceAll('-', ''), pace, codes, cleanName(plan.name)].join('.');
}

/** The page address of a plan: `base` is the study-plans page URL or path. */
export function planHref(base: string, plan: PlanSpec): string {
  return `${base}?${new URLSearchParams({plan: encodePlan(plan)}).toString()}`;
}

const DAMAGED = 'This plan link is incomplete or damaged, so no plan could be read from it.';

/**
 * Reads a plan code against the site's lesson ids. Anything that is not a plan gives one clear
 * error; lessons the site no longer has and an over-long name give warnings and the rest of the plan.
 */
export function decodePlan(code: string, lessonIds: readonly string[]): DecodedPlan {
  if (code.length > MAX_CODE_LENGTH) {
    return {ok: false, error: `This plan link is too long to be a plan (over ${MAX_CODE_LENGTH.toLocaleString('en-US')} characters).`};
  }
  const parts = code.split('.');
  if (parts.length < 5) {
    return {ok: false, error: DAMAGED};
  }
  const [version, day, paceText, codes] = parts;
  const rawName = parts.slice(4).join('.');
  if (version !== PLAN_CODE_VERSION) {
    return {ok: false, error: `This plan link uses a format this site does not know (version "${version.slice(0, 8)}").`};
  }
  const start = /^\d{8}$/.test(day) ? `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}` : '';
  if (!isValidDay(start)) {
    return {
      ok: false,
      error: `The start date in this plan link is not a real date between ${YEAR_RANGE.min} and ${YEAR_RANGE.max}.`,
    };
  }
  const paceMatch = /^([dm])(\d{1,4})$/.exec(paceText);
  const pace: Pace | undefined = paceMatch
    ? paceMatch[1] === 'd'
      ? {kind: 'days', days: Number(paceMatch[2])}
      : {kind: 'minutesPerDay', minutes: Number(paceMatch[2])}
    : undefined;
  if (!pace || !isValidPace(pace)) {
    const {days, minutesPerDay} = PACE_LIMITS;
    return {
      ok: false,
      error: `The pace in this plan link must be ${days.min} to ${days.max} days, or ${minutesPerDay.min} to ${minutesPerDay.max} minutes a day.`,
    };
  }
  if (codes.length === 0 || codes.length % LESSON_CODE_LENGTH !== 0 || !/^[A-Za-z0-9_-]+$/.test(codes)) {
    return {ok: false, error: 'The list of lessons in this plan link is damaged.'};
  }
  const idByCode = new Map(lessonIds.map((id) => [lessonCode(id), id]));
  const wanted = new Set<string>();
  for (let at = 0; at < codes.length; at += LESSON_CODE_LENGTH) {
    wanted.add(codes.slice(at, at + LESSON_CODE_LENGTH));
  }
  const found = [...wanted].flatMap((lessonCodeText) => {
    const id = idByCode.get(lessonCodeText);
    return id === undefined ? [] : [id];
  });
  if (found.length === 0) {
    return {ok: false, error: 'None of the lessons in this plan link exist on this site.'};
  }
  const warnings: string[] = [];
  const unknown = wanted.size - found.length;
  if (unknown > 0) {
    warnings.push(
      `${unknown} ${unknown === 1 ? 'lesson' : 'lessons'} in this link ${unknown === 1 ? 'is' : 'are'} not on this site (perhaps removed or renamed) and ${unknown === 1 ? 'was' : 'were'} left out.`,
    );
  }
  let name = cleanName(rawName);
  if ([...collapseSpaces(rawName)].length > MAX_NAME_LENGTH) {
    warnings.push(`The plan's name was shortened to ${MAX_NAME_LENGTH} characters.`);
  }
  if (!name) {
    name = DEFAULT_PLAN_NAME;
  }
  // Keep the curriculum's order; the schedule orders by prerequisites anyway.
  const order = new Map(lessonIds.map((id, index) => [id, index]));
  found.sort((a, b) => order.get(a)! - order.get(b)!);
  return {ok: true, plan: {name, start, pace, lessonIds: found}, warnings};
}
