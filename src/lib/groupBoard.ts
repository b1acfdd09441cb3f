import type {PlanLesson, Schedule} from './studyPlan';

/**
 * The study-group board: a plan's schedule against each member's done lessons, on a given day.
 * Pure: `today` (YYYY-MM-DD, the reader's local day) is passed in.
 */

export type BoardMemberInput = {name: string; doneIds: readonly string[]; unknownIds?: readonly string[]};

export type MemberStatus = {
  name: string;
  /** Plan lessons done. */
  done: number;
  /** Lessons in the plan. */
  total: number;
  /** Lessons scheduled up to today that the member has not done (unknown ones are not counted). */
  behind: PlanLesson[];
  /** The first lesson of the plan, in its order, the member has not done; null when all are done. */
  next: PlanLesson | null;
  /** Plan lessons the link could not tell about for this member. */
  unknown: number;
  /** Lesson id → done, not done, or unknown. */
  state: (lessonId: string) => 'done' | 'todo' | 'unknown';
};

export type Board = {
  /** 'before' the first day, 'during' the plan, or 'after' its last day. */
  phase: 'before' | 'during' | 'after';
  /** The plan day that is today (1-based), or null before or after the plan. */
  todayNumber: number | null;
  /** Lessons scheduled up to and including today. */
  dueCount: number;
  members: MemberStatus[];
  /** Plan lessons no member is known to have done, in plan order. */
  nobodyDone: PlanLesson[];
};

export function buildBoard(schedule: Schedule, members: readonly BoardMemberInput[], today: string): Board {
  const lessons = schedule.days.flatMap((day) => day.lessons);
  const due = schedule.days.filter((day) => day.date <= today).flatMap((day) => day.lessons);
  const first = schedule.days[0]?.date;
  const last = schedule.days.at(-1)?.date;
  const phase = first === undefined || today < first ? 'before' : last !== undefined && today > last ? 'after' : 'during';
  const todayNumber = schedule.days.find((day) => day.date === today)?.number ?? null;
  const statuses = members.map((member): MemberStatus => {
    const done = new Set(member.doneIds);
    const unknown = new Set(member.unknownIds ?? []);
    const state = (id: string) => (done.has(id) ? 'done' : unknown.has(id) ? 'unknown' : 'todo') as 'done' | 'todo' | 'unknown';
    return {
      name: member.name,
      done: lessons.filter((lesson) => done.has(lesson.id)).length,
      total: lessons.length,
      behind: due.filter((lesson) => state(lesson.id) === 'todo'),
      next: lessons.find((lesson) => state(lesson.id) === 'todo') ?? null,
      unknown: lessons.filter((lesson) => unknown.has(lesson.id)).length,
      state,
    };
  });
  const nobodyDone = lessons.filter((lesson) => statuses.every((member) => member.state(lesson.id) === 'todo'));
  return {phase, todayNumber, dueCount: due.length, members: statuses, nobodyDone};
}

/** "On schedule", "2 lessons behind", or before the plan "The plan has not started". */
export function scheduleText(member: MemberStatus, board: Board): string {
  if (member.done === member.total) return 'Finished the plan';
  if (board.phase === 'before') return 'The plan has not started';
  const count = member.behind.length;
  return count === 0 ? 'On schedule' : `${count} ${count === 1 ? 'lesson' : 'lessons'} behind`;
}
