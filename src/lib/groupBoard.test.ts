import {buildBoard, scheduleText} from './groupBoard';
import {schedulePlan, type PlanLesson} from './studyPlan';

const lesson = (id: string, minutes = 30): PlanLesson => ({id, title: id, permalink: `/${id}`, section: 's', minutes, prerequisiteIds: []});
const lessons = ['s/a', 's/b', 's/c', 's/d', 's/e', 's/f'].map((id) => lesson(id));
// One lesson a day from 1 Dec to 6 Dec (fake dates: "today" is passed in).
const schedule = schedulePlan(lessons, lessons.map((item) => item.id), '2026-12-01', {kind: 'days', days: 6});
const ids = (items: {id: string}[]) => items.map((item) => item.id);

describe('group board', () => {
  const members = [
    {name: 'Ana', doneIds: ['s/a', 's/b', 's/c']},
    {name: 'Ben', doneIds: ['s/a']},
    {name: 'Cy', doneIds: [], unknownIds: ['s/e', 's/f']},
  ];

  test('on day 3: who is behind, what each reads next, what nobody has done', () => {
    const board = buildBoard(schedule, members, '2026-12-03');
    expect(board).toMatchObject({phase: 'during', todayNumber: 3, dueCount: 3});
    const [ana, ben, cy] = board.members;
    expect([ana.done, ana.total, ids(ana.behind), ana.next?.id]).toEqual([3, 6, [], 's/d']);
    expect([ben.done, ids(ben.behind), ben.next?.id]).toEqual([1, ['s/b', 's/c'], 's/b']);
    expect([cy.done, ids(cy.behind), cy.next?.id, cy.unknown]).toEqual([0, ['s/a', 's/b', 's/c'], 's/a', 2]);
    expect(cy.state('s/e')).toBe('unknown');
    // s/e and s/f are unknown for Cy: not claimed as "nobody".
    expect(ids(board.nobodyDone)).toEqual(['s/d']);
    expect(scheduleText(ana, board)).toBe('On schedule');
    expect(scheduleText(ben, board)).toBe('2 lessons behind');
  });

  test('before the start nobody is behind; after the end everything is due', () => {
    const before = buildBoard(schedule, members, '2026-11-30');
    expect(before).toMatchObject({phase: 'before', todayNumber: null, dueCount: 0});
    expect(before.members.every((member) => member.behind.length === 0)).toBe(true);
    expect(scheduleText(before.members[0], before)).toBe('The plan has not started');
    const after = buildBoard(schedule, members, '2027-01-15');
    expect(after).toMatchObject({phase: 'after', todayNumber: null, dueCount: 6});
    expect(ids(after.members[0].behind)).toEqual(['s/d', 's/e', 's/f']);
    expect(scheduleText(after.members[1], after)).toBe('5 lessons behind');
  });

  test('a member who did everything has nothing next and has finished; ids outside the plan do not count', () => {
    const board = buildBoard(schedule, [{name: 'Di', doneIds: [...ids(lessons), 'other/x']}], '2026-12-02');
    expect(board.members[0]).toMatchObject({done: 6, next: null});
    expect(scheduleText(board.members[0], board)).toBe('Finished the plan');
    expect(board.nobodyDone).toEqual([]);
  });

  test('a group of nobody: every lesson is nobody’s yet', () => {
    expect(ids(buildBoard(schedule, [], '2026-12-02').nobodyDone)).toEqual(ids(lessons));
  });
});
