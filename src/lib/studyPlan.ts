import {orderByPrerequisites} from '../../plugins/lessons/order';

/**
 * Study plans: which lessons to read on which day. Pure functions shared by the build (ready plans
 * rendered into the HTML) and the browser (the plan builder and plan links).
 *
 * Rules, stated once:
 * - Lessons are read in prerequisite order (ties keep the curriculum's reading order).
 * - A lesson is never split across days.
 * - Picking a lesson adds the prerequisites it needs (all the way down) that were not picked; the
 *   page lists what was added, so a plan is always readable in order.
 * - Pace "days": the lessons are spread over at most that many days, keeping the longest day as short
 *   as possible. Fewer lessons than days means one lesson a day and an earlier finish.
 * - Pace "minutes a day": each day is filled up to the budget. A lesson longer than the budget gets a
 *   day of its own and is flagged as over budget (it cannot be split).
 */

/** A lesson as a plan needs it. */
export type PlanLesson = {
  id: string;
  title: string;
  permalink: string;
  /** Section id, e.g. "ml-system-design". */
  section: string;
  minutes: number;
  prerequisiteIds: string[];
};

export type PlanSection = {id: string; label: string};

export type Pace = {kind: 'days'; days: number} | {kind: 'minutesPerDay'; minutes: number};

export const PACE_LIMITS = {
  days: {min: 1, max: 365},
  minutesPerDay: {min: 15, max: 720},
} as const;

export type StudyDay = {
  /** 1-based. */
  number: number;
  /** YYYY-MM-DD. */
  date: string;
  lessons: PlanLesson[];
  minutes: number;
  /** True when the day holds one lesson longer than the daily budget. */
  overBudget: boolean;
};

export type Schedule = {
  days: StudyDay[];
  totalMinutes: number;
  /** Prerequisites that were not picked but are in the plan, in reading order. */
  added: PlanLesson[];
  /** Picked ids that are not lessons of the site (ignored). */
  unknownIds: string[];
};

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Plans start between these years; anything else is a typo or junk. */
export const YEAR_RANGE = {min: 2000, max: 2100} as const;

/** The date as UTC midnight, or null when it is not a real calendar day in range. */
function parseDay(day: string): Date | null {
  const match = ISO_DAY.exec(day);
  if (!match) {
    return null;
  }
  const [year, month, date] = match.slice(1).map(Number);
  if (year < YEAR_RANGE.min || year > YEAR_RANGE.max) {
    return null;
  }
  const value = new Date(Date.UTC(year, month - 1, date));
  return value.getUTCMonth() === month - 1 && value.getUTCDate() === date ? value : null;
}

export function isValidDay(day: string): boolean {
  return parseDay(day) !== null;
}

/** YYYY-MM-DD plus `count` days (calendar days, unaffected by time zones and DST). */
export function addDays(day: string, count: number): string {
  const start = parseDay(day);
  if (!start) {
    throw new RangeError(`not a valid day: ${day}`);
  }
  return new Date(start.getTime() + count * DAY_MS).toISOString().slice(0, 10);
}

export function isValidPace(pace: Pace): boolean {
  const value = pace.kind === 'days' ? pace.days : pace.minutes;
  const limits = PACE_LIMITS[pace.kind];
  return Number.isInteger(value) && value >= limits.min && value <= limits.max;
}

/**
 * The picked lessons plus every prerequisite they need, in reading order. `lessons` is the whole
 * curriculum in its reading order (the catalog's), which breaks ties.
 */
export function withPrerequisites(
  lessons: readonly PlanLesson[],
  pickedIds: readonly string[],
): {lessons: PlanLesson[]; added: PlanLesson[]; unknownIds: string[]} {
  const byId = new Map(lessons.map((lesson) => [lesson.id, lesson]));
  const picked = new Set(pickedIds.filter((id) => byId.has(id)));
  const included = new Set<string>();
  const include = (id: string): void => {
    if (included.has(id) || !byId.has(id)) {
      return;
    }
    included.add(id);
    byId.get(id)!.prerequisiteIds.forEach(include);
  };
  picked.forEach(include);
  const ordered = orderByPrerequisites(lessons.filter((lesson) => included.has(lesson.id)));
  return {
    lessons: ordered,
    added: ordered.filter((lesson) => !picked.has(lesson.id)),
    unknownIds: [...new Set(pickedIds.filter((id) => !byId.has(id)))],
  };
}

/** Splits the sequence into days of at most `capacity` minutes (a longer lesson alone), greedily. */
function fillDays(minutes: readonly number[], capacity: number, maxDays = Infinity): number[][] {
  const days: number[][] = [];
  let current: number[] = [];
  let load = 0;
  minutes.forEach((value, index) => {
    const left = minutes.length - index;
    const daysLeftAfterCurrent = Number.isFinite(maxDays) ? maxDays - days.length - 1 : 0;
    // Close the day when the lesson does not fit, or when every remaining day needs one lesson.
    if (current.length > 0 && (load + value > capacity || left <= daysLeftAfterCurrent)) {
      days.push(current);
      current = [];
      load = 0;
    }
    current.push(index);
    load += value;
  });
  if (current.length > 0) {
    days.push(current);
  }
  return days;
}

/** The smallest longest-day (in minutes) that fits the sequence, in order, into `dayCount` days. */
function smallestLongestDay(minutes: readonly number[], dayCount: number): number {
  let low = Math.max(0, ...minutes);
  let high = minutes.reduce((sum, value) => sum + value, 0);
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (fillDays(minutes, middle).length <= dayCount) {
      high = middle;
    } else {
      low = middle + 1;
    }
  }
  return low;
}

/** The day-by-day schedule for the picked lessons, starting on `start` (YYYY-MM-DD). */
export function schedulePlan(
  lessons: readonly PlanLesson[],
  pickedIds: readonly string[],
  start: string,
  pace: Pace,
): Schedule {
  if (!isValidDay(start)) {
    throw new RangeError(`not a valid start day: ${start}`);
  }
  if (!isValidPace(pace)) {
    throw new RangeError(`not a valid pace: ${JSON.stringify(pace)}`);
  }
  const {lessons: ordered, added, unknownIds} = withPrerequisites(lessons, pickedIds);
  const minutes = ordered.map((lesson) => lesson.minutes);
  const groups =
    ordered.length === 0
      ? []
      : pace.kind === 'days'
        ? fillDays(minutes, smallestLongestDay(minutes, Math.min(pace.days, ordered.length)), Math.min(pace.days, ordered.length))
        : fillDays(minutes, pace.minutes);
  const days = groups.map((indexes, index): StudyDay => {
    const dayLessons = indexes.map((lessonIndex) => ordered[lessonIndex]);
    const dayMinutes = dayLessons.reduce((sum, lesson) => sum + lesson.minutes, 0);
    return {
      number: index + 1,
      date: addDays(start, index),
      lessons: dayLessons,
      minutes: dayMinutes,
      overBudget: pace.kind === 'minutesPerDay' && dayMinutes > pace.minutes,
    };
  });
  return {days, totalMinutes: minutes.reduce((sum, value) => sum + value, 0), added, unknownIds};
}

/** "2 h 35 min", "45 min", "3 h". */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) {
    return `${rest} min`;
  }
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** The longest and the average day of a schedule, in minutes. */
export function dailyLoad(schedule: Schedule): {longest: number; average: number} {
  const count = schedule.days.length;
  return {
    longest: Math.max(0, ...schedule.days.map((day) => day.minutes)),
    average: count === 0 ? 0 : Math.round(schedule.totalMinutes / count),
  };
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Tue 1 Dec 2026": the same text on the server and in every browser (no locale data involved). */
export function formatDay(day: string): string {
  const date = parseDay(day);
  if (!date) {
    return day;
  }
  return `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
