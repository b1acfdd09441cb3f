import React from 'react';
import {render, screen, within} from '@testing-library/react';
import {buildBoard} from '../../../lib/groupBoard';
import {schedulePlan, type PlanLesson} from '../../../lib/studyPlan';
import GroupBoard from '.';

const lesson = (id: string): PlanLesson => ({id, title: `Lesson ${id}`, permalink: `/${id}`, section: 's', minutes: 30, prerequisiteIds: []});
const lessons = ['s/a', 's/b', 's/c', 's/d'].map(lesson);
const plan = {name: 'Our plan', start: '2026-12-01', pace: {kind: 'days' as const, days: 4}, lessonIds: lessons.map((item) => item.id)};
const schedule = schedulePlan(lessons, plan.lessonIds, plan.start, plan.pace);
const members = [
  {name: 'Ana', doneIds: ['s/a', 's/b'], unknownIds: []},
  {name: 'Ben', doneIds: [], unknownIds: ['s/d']},
];

function renderBoard(today: string, problems: string[] = []) {
  render(
    <GroupBoard plan={plan} schedule={schedule} board={buildBoard(schedule, members, today)} problems={problems} today={today}>
      <p>update panel</p>
    </GroupBoard>,
  );
}

describe('GroupBoard', () => {
  /** A member's card as {term: definition}. */
  function cardOf(name: string): Record<string, string> {
    const list = screen.getByRole('list', {name: 'Each member’s progress on the plan'});
    const card = within(list)
      .getAllByRole('listitem')
      .find((item) => item.querySelector('strong')?.textContent === name)!;
    const terms = within(card).getAllByRole('term').map((term) => term.textContent);
    return Object.fromEntries(within(card).getAllByRole('definition').map((definition, index) => [terms[index], definition.textContent]));
  }

  test('members: a card each, with done, behind today, and the next lesson as a link', () => {
    renderBoard('2026-12-02');
    expect(cardOf('Ana')).toEqual({'Done': '2 of 4', 'Today’s schedule': 'On schedule', 'Read next': 'Lesson s/c'});
    expect(cardOf('Ben')).toEqual({'Done': '0 of 4 (1 unknown)', 'Today’s schedule': '2 lessons behind', 'Read next': 'Lesson s/a'});
    const list = screen.getByRole('list', {name: 'Each member’s progress on the plan'});
    expect(within(list).getByRole('link', {name: 'Lesson s/c'})).toHaveAttribute('href', '/s/c');
    expect(screen.queryByRole('table', {name: 'Each member’s progress on the plan'})).toBeNull();
    expect(screen.getByText(/Today, Wed 2 Dec 2026, is day 2 of 4: 2 lessons are due/)).toBeInTheDocument();
    expect(screen.getByText('update panel')).toBeInTheDocument();
  });

  test('the days table marks today and each cell in words for screen readers', () => {
    renderBoard('2026-12-02');
    // It scrolls in its own box, which the keyboard can reach and a screen reader names.
    const box = screen.getByRole('region', {name: 'The plan’s days'});
    expect(box).toHaveAttribute('tabindex', '0');
    expect(within(box).getByRole('table')).toHaveAttribute('data-days');
    expect(screen.getByRole('columnheader', {name: 'Day 2, Wed 2 Dec 2026 (today)'})).toBeInTheDocument();
    const rowD = screen.getByRole('row', {name: /^Lesson s\/d/});
    const cells = within(rowD).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual(['·not yet', '?not in the link']);
    const rowA = screen.getByRole('row', {name: /^Lesson s\/a/});
    expect(within(rowA).getAllByRole('cell')[0]).toHaveAttribute('data-state', 'done');
    // Only s/c has nobody known to have done it: s/d is unknown for Ben.
    const nobody = screen.getByRole('heading', {name: 'Lessons nobody has done yet'}).nextElementSibling as HTMLElement;
    expect(within(nobody).getAllByRole('link').map((link) => link.textContent)).toEqual(['Lesson s/c']);
  });

  test('problems are listed; a damaged plan is an alert with no board', () => {
    renderBoard('2026-11-20', ['Cy’s progress in this link is damaged.']);
    expect(screen.getByRole('status')).toHaveTextContent(/^Part of this link could not be read: ?Cy’s progress in this link is damaged.$/);
    expect(screen.getByText(/The plan starts on Tue 1 Dec 2026; nobody is behind yet/)).toBeInTheDocument();
  });

  test('without a plan: the reason, and nothing else', () => {
    render(<GroupBoard plan={null} planError="The start date is wrong." schedule={null} board={null} problems={[]} today="2026-12-02" />);
    expect(screen.getByRole('alert')).toHaveTextContent('The plan in this group link could not be read. The start date is wrong.');
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('list', {name: 'Each member’s progress on the plan'})).toBeNull();
  });

  test('a plan with no members yet says to add yourself', () => {
    render(<GroupBoard plan={plan} schedule={schedule} board={buildBoard(schedule, [], '2026-12-02')} problems={[]} today="2026-12-02" />);
    expect(screen.getByText('No members yet: add yourself below.')).toBeInTheDocument();
    expect(screen.queryByRole('list', {name: 'Each member’s progress on the plan'})).toBeNull();
  });
});
