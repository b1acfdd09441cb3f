import {fnv1a, utf8Bytes} from './utf8';
import {addDays, formatMinutes, type Schedule} from './studyPlan';

/**
 * A study plan as an iCalendar file (RFC 5545): one all-day event per study day, listing that day's
 * lessons with absolute links. Lines end in CRLF and are folded at 75 octets; text values escape
 * backslashes, semicolons, commas and newlines.
 */

export type IcsOptions = {
  /** The plan's name: the calendar's name and the start of each event's summary. */
  name: string;
  /** The site's absolute URL including its base path, e.g. "https://example.org/guide/". */
  siteUrl: string;
  /** A stable identifier of the plan (its code), so re-importing updates the same events. */
  planId: string;
  /** When the file is made: DTSTAMP. */
  now: Date;
};

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line so no line is longer than 75 octets of UTF-8 (RFC 5545 §3.1), breaking only
 * between characters so a multi-byte character is never split; continuation lines start with a space.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Bytes(char).length;
    // Continuation lines carry the leading space in their 75 octets.
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

/** YYYY-MM-DD -> YYYYMMDD (a DATE value). */
function dateValue(day: string): string {
  return day.replaceAll('-', '');
}

/** A UTC DATE-TIME value, e.g. 20261124T221500Z. */
export function dateTimeValue(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Absolute URL of a site path (the permalinks already include the base path). */
function absoluteUrl(siteUrl: string, permalink: string): string {
  return new URL(permalink, new URL(siteUrl).origin).href;
}

/** A UID domain part: the site's host, or a fixed name when the URL has none. */
function uidHost(siteUrl: string): string {
  try {
    return new URL(siteUrl).host || 'mlsd-guide';
  } catch {
    return 'mlsd-guide';
  }
}

export function scheduleToIcs(schedule: Schedule, {name, siteUrl, planId, now}: IcsOptions): string {
  const stamp = dateTimeValue(now);
  const host = uidHost(siteUrl);
  // The plan id may hold any characters; a UID only needs to be unique and stable.
  const uidBase = fnv1a(planId).toString(16).padStart(8, '0');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//ML System Design Guide//Study plans//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
  ];
  for (const day of schedule.days) {
    const description = day.lessons
      .map((lesson) => `${lesson.title} (${formatMinutes(lesson.minutes)}): ${absoluteUrl(siteUrl, lesson.permalink)}`)
      .join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:study-plan-${uidBase}-day-${day.number}@${host}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${dateValue(day.date)}`,
      `DTEND;VALUE=DATE:${dateValue(addDays(day.date, 1))}`,
      `SUMMARY:${escapeText(`${name}: day ${day.number} of ${schedule.days.length} (${formatMinutes(day.minutes)})`)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `URL:${absoluteUrl(siteUrl, day.lessons[0].permalink)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** A file name for the plan: its name in lower case with dashes, e.g. "our-group-plan.ics". */
export function icsFileName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'study-plan'}.ics`;
}
