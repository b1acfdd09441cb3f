import React from 'react';
import {render, screen} from '@testing-library/react';
import {schedulePlan, type PlanLesson} from '../../../lib/studyPlan';
import PlanSchedule from '.';

const lessons: PlanLesson[] = [
  {id: 'f/a', title: 'Alpha', permalink: '/f/a', section: 'f', minutes: 30, prerequisiteIds: []},
  {id: 'f/b', title: 'Beta', permalink: '/f/b', section: 'f', minutes: 40, prerequisiteIds: []},
];
const schedule = schedulePlan(lessons, ['f/a', 'f/b'], '2026-12-01', {kind: 'days', days: 2});

test('without dates no day is today, and done lessons carry a mark, not a checkbox', () => {
  render(<PlanSchedule schedule={schedule} showDates={false} completed={{'f/a': '2026-12-01'}} today="2026-12-01" />);
  expect(document.querySelector('[aria-current]')).toBeNull();
  expect(screen.queryByRole('checkbox')).toBeNull();
  expect(screen.getByText('Alpha').closest('li')).toHaveAttribute('data-done', 'true');
});

test('with dates, today is marked once, and each lesson has a done tick', () => {
  render(<PlanSchedule schedule={schedule} showDates completed={{}} today="2026-12-02" idPrefix="x-" onToggleDone={() => {}} />);
  const today = screen.getByText('today').closest('li');
  expect(today).toHaveAttribute('id', 'x-today');
  expect(today).toHaveAttribute('aria-current', 'date');
  expect(today).toHaveAttribute('data-day', '2');
  expect(document.querySelectorAll('[aria-current]')).toHaveLength(1);
  expect(screen.getAllByRole('checkbox').map((box) => box.getAttribute('aria-label'))).toEqual(['Done: Alpha', 'Done: Beta']);
});
