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
  test('members: done, behind today, and the next lesson as a link', () => {
    renderBoard('2026-12-02');
    const ana = screen.getByRole('row', {name: /^Ana/});
    expect(within(ana).getByText('2 of 4')).toBeInTheDocument();
    expect(within(ana).getByText('On schedule')).toBeInTheDocument();
    expect(within(ana).getByRole('link', {name: 'Lesson s/c'})).toHaveAttribute('href', '/s/c');
    const ben = screen.getAllByRole('row', {name: /^Ben/})[0];
    expect(within(ben).getByText('0 of 4 (1 unknown)')).toBeInTheDocument();
    expect(within(ben).getByText('2 lessons behind')).toBeInTheDocument();
    expect(screen.getByText(/Today, Wed 2 Dec 2026, is day 2 of 4: 2 lessons are due/)).toBeInTheDocument();
    expect(screen.getByText('update panel')).toBeInTheDocument();
  });

  test('the days table marks today and each cell in words for screen readers', () => {
    renderBoard('2026-12-02');
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
  });
});
