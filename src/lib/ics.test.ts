import {escapeText, foldLine, icsFileName, scheduleToIcs} from './ics';
import {schedulePlan, type PlanLesson} from './studyPlan';

const lessons: PlanLesson[] = [
  {id: 'a/one', title: 'Metrics: Offline, Online; and Business', permalink: '/guide/a/one', section: 'a', minutes: 35, prerequisiteIds: []},
  {id: 'a/two', title: 'Größen und Maße — ünïcödé '.repeat(4).trim(), permalink: '/guide/a/two', section: 'a', minutes: 50, prerequisiteIds: ['a/one']},
  {id: 'a/three', title: 'Back\\slash', permalink: '/guide/a/three', section: 'a', minutes: 20, prerequisiteIds: []},
];
const schedule = schedulePlan(lessons, ['a/one', 'a/two', 'a/three'], '2026-12-31', {kind: 'days', days: 2});
const ics = scheduleToIcs(schedule, {
  name: 'Group, plan; "one"',
  siteUrl: 'https://example.org/guide/',
  planId: '1.20261231.d2.abcdef.Group',
  now: new Date(Date.UTC(2026, 10, 24, 22, 15, 7, 123)),
});

/** Unfolds lines (RFC 5545 §3.1) and splits them; checks every raw line on the way. */
function contentLines(text: string): string[] {
  expect(text.endsWith('\r\n')).toBe(true);
  const raw = text.slice(0, -2).split('\r\n');
  for (const line of raw) {
    expect(line).not.toMatch(/[\r\n]/);
    expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  }
  return text.slice(0, -2).replace(/\r\n[ \t]/g, '').split('\r\n');
}

function unescape(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, char: string) => (char.toLowerCase() === 'n' ? '\n' : char));
}

describe('scheduleToIcs', () => {
  const lines = contentLines(ics);
  const events = lines.join('\n').split('BEGIN:VEVENT').slice(1);
  const field = (event: string, name: string) => event.split('\n').find((line) => line.startsWith(name))?.slice(name.length);

  test('is one calendar with one all-day event per study day', () => {
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.some((line) => line.startsWith('PRODID:'))).toBe(true);
    expect(events).toHaveLength(schedule.days.length);
    expect(lines.filter((line) => line === 'END:VEVENT')).toHaveLength(schedule.days.length);
  });

  test('each event has a unique UID, a UTC DTSTAMP, a DATE start and the next day as its end', () => {
    const uids = events.map((event) => field(event, 'UID:'));
    expect(new Set(uids).size).toBe(events.length);
    uids.forEach((uid) => expect(uid).toMatch(/^[\w.-]+@example\.org$/));
    events.forEach((event) => expect(field(event, 'DTSTAMP:')).toBe('20261124T221507Z'));
    expect(events.map((event) => [field(event, 'DTSTART;VALUE=DATE:'), field(event, 'DTEND;VALUE=DATE:')])).toEqual([
      ['20261231', '20270101'],
      ['20270101', '20270102'],
    ]);
  });

  test('text is escaped and lists the lessons with absolute links', () => {
    expect(lines).toContain('X-WR-CALNAME:Group\\, plan\\; "one"');
    // 35 | 50 + 20 is the split with the shortest longest day.
    expect(unescape(field(events[0], 'DESCRIPTION:')!)).toBe(
      'Metrics: Offline, Online; and Business (35 min): https://example.org/guide/a/one',
    );
    expect(unescape(field(events[1], 'DESCRIPTION:')!).split('\n')).toEqual([
      `${lessons[1].title} (50 min): https://example.org/guide/a/two`,
      'Back\\slash (20 min): https://example.org/guide/a/three',
    ]);
    expect(unescape(field(events[1], 'SUMMARY:')!)).toBe('Group, plan; "one": day 2 of 2 (1 h 10 min)');
  });
});

describe('RFC 5545 helpers', () => {
  test('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
  test('folds at 75 octets without splitting a multi-byte character', () => {
    const line = `DESCRIPTION:${'é'.repeat(100)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(2);
    parts.forEach((part, index) => {
      expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
      if (index > 0) expect(part.startsWith(' ')).toBe(true);
      expect(part).not.toContain('\uFFFD');
    });
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });
  test('file names are safe', () => {
    expect(icsFileName('Our <group> plan / week 1')).toBe('our-group-plan-week-1.ics');
    expect(icsFileName('???')).toBe('study-plan.ics');
  });
});
