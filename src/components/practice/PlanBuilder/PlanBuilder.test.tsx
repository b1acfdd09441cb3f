import React from 'react';
import {fireEvent, render, screen} from '@testing-library/react';
import type {PlanSpec} from '../../../lib/planCode';
import type {PlanLesson, Schedule} from '../../../lib/studyPlan';
import PlanBuilder, {readPace} from '.';

const lessons: PlanLesson[] = [
  {id: 'f/a', title: 'Alpha', permalink: '/f/a', section: 'f', minutes: 30, prerequisiteIds: []},
  {id: 'f/b', title: 'Beta', permalink: '/f/b', section: 'f', minutes: 40, prerequisiteIds: ['f/a']},
  {id: 'c/x', title: 'Xray', permalink: '/c/x', section: 'c', minutes: 50, prerequisiteIds: ['f/b']},
];
const sections = [
  {id: 'f', label: 'Foundations'},
  {id: 'c', label: 'Cases'},
];

function renderBuilder(renderActions = jest.fn((_plan: PlanSpec, _schedule: Schedule) => null)) {
  render(<PlanBuilder lessons={lessons} sections={sections} completed={{'f/a': '2026-01-01'}} today="2026-12-01" renderActions={renderActions} />);
  return renderActions;
}

test('picking a lesson adds its prerequisites, says so, and schedules them first', () => {
  const actions = renderBuilder();
  expect(screen.getByRole('status')).toHaveTextContent('Pick at least one lesson to see the schedule.');
  fireEvent.click(screen.getByRole('checkbox', {name: /^Xray/}));
  const added = screen.getByText(/^Added 2 prerequisites the picked lessons need$/);
  expect(added.tagName).toBe('SUMMARY');
  expect(added.closest('details')).not.toHaveAttribute('open');
  expect(added.closest('details')).toHaveTextContent(/need\s*Alpha, Beta\.$/);
  expect(screen.getByRole('status')).toHaveTextContent('3 lessons over 3 days, 2 h in all');
  const plan = actions.mock.calls.at(-1)![0];
  expect(plan).toEqual({name: 'Study plan', start: '2026-12-01', pace: {kind: 'days', days: 14}, lessonIds: ['f/a', 'f/b', 'c/x']});
  expect(screen.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['/f/a', '/f/b', '/c/x']);
  expect(screen.getByText('(done)').closest('li')).toHaveAttribute('data-lesson', 'f/a');
});

test('select all per section, half-picked sections are indeterminate', () => {
  renderBuilder();
  const all = screen.getByRole('checkbox', {name: 'All of Foundations'}) as HTMLInputElement;
  fireEvent.click(all);
  expect(screen.getByRole('checkbox', {name: /^Alpha/})).toBeChecked();
  expect(screen.getByRole('checkbox', {name: /^Beta/})).toBeChecked();
  fireEvent.click(screen.getByRole('checkbox', {name: /^Beta/}));
  expect(all.indeterminate).toBe(true);
});

test('hours a day, and invalid paces and dates explain themselves', () => {
  renderBuilder();
  fireEvent.click(screen.getByRole('checkbox', {name: 'All of Foundations'}));
  fireEvent.click(screen.getByRole('radio', {name: 'Study a fixed time each day'}));
  fireEvent.change(screen.getByLabelText('Hours a day'), {target: {value: '0.5'}});
  expect(screen.getByRole('status')).toHaveTextContent('2 lessons over 2 days');
  fireEvent.change(screen.getByLabelText('Hours a day'), {target: {value: '99'}});
  expect(screen.getByLabelText('Hours a day')).toHaveAttribute('aria-invalid', 'true');
  expect(screen.getByLabelText('Hours a day')).toHaveAccessibleDescription(/^Enter hours a day from 0.25 to 12/);
  expect(screen.getByRole('status')).toHaveTextContent('Fix the highlighted field to see the schedule.');
  fireEvent.change(screen.getByLabelText('Hours a day'), {target: {value: '1'}});
  fireEvent.change(screen.getByLabelText('Start date'), {target: {value: ''}});
  expect(screen.getByLabelText('Start date')).toHaveAccessibleDescription(/^Pick a start date/);
});

test('readPace', () => {
  expect(readPace('days', '7', '')).toEqual({pace: {kind: 'days', days: 7}});
  expect(readPace('days', '1.5', '').error).toMatch(/whole number/);
  expect(readPace('days', '', '').error).toMatch(/whole number/);
  expect(readPace('minutesPerDay', '', '1.25')).toEqual({pace: {kind: 'minutesPerDay', minutes: 75}});
  expect(readPace('minutesPerDay', '', 'abc').error).toMatch(/hours a day/);
});

test('single lessons are folded per section, with the section count in view', () => {
  renderBuilder();
  const alpha = screen.getByRole('checkbox', {name: /^Alpha/});
  expect(alpha.closest('details')).not.toHaveAttribute('open');
  expect(screen.getByText('Pick single lessons (2)', {selector: 'summary'})).toBeInTheDocument();
  fireEvent.click(screen.getByRole('checkbox', {name: 'All of Foundations'}));
  expect(screen.getByText('Foundations').closest('legend')).toHaveTextContent('Foundations (2 of 2)');
});

test('a plan made one’s own starts from that plan, today, and ticks mark lessons done', () => {
  const onToggleDone = jest.fn();
  const actions = jest.fn((_plan: PlanSpec, _schedule: Schedule) => null);
  const initial: PlanSpec = {name: 'Group plan', start: '2026-01-05', pace: {kind: 'minutesPerDay', minutes: 90}, lessonIds: ['f/a', 'f/b']};
  render(
    <PlanBuilder
      lessons={lessons}
      sections={sections}
      completed={{'f/a': '2026-01-01'}}
      today="2026-12-01"
      renderActions={actions}
      initial={initial}
      onToggleDone={onToggleDone}
    />,
  );
  expect(screen.getByLabelText('Plan name')).toHaveValue('Group plan');
  expect(screen.getByLabelText('Hours a day')).toHaveValue(1.5);
  expect(actions.mock.calls.at(-1)![0]).toEqual({...initial, start: '2026-12-01'});
  expect(screen.getByRole('checkbox', {name: 'Done: Alpha'})).toBeChecked();
  fireEvent.click(screen.getByRole('checkbox', {name: 'Done: Beta'}));
  expect(onToggleDone).toHaveBeenCalledWith('f/b', true);
  // Day 1 is today.
  const today = document.getElementById('built-today')!;
  expect(today).toHaveAttribute('aria-current', 'date');
  expect(today).toHaveTextContent(/^Day 1.*today/);
});
