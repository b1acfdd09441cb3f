import React from 'react';
import {fireEvent, render, screen, within} from '@testing-library/react';
import ProgressTracker, {type ProgressTrackerProps} from '.';

const data: ProgressTrackerProps['data'] = {
  lessons: [
    {id: 'f/a', title: 'Lesson A', permalink: '/f/a', section: 'f', minutes: 30, selfCheckIds: ['f/a#why', 'f/a#how', 'f/a#what']},
    {id: 'm/b', title: 'Lesson B', permalink: '/m/b', section: 'm', minutes: 90, selfCheckIds: []},
  ],
  sections: [
    {id: 'f', label: 'Foundations'},
    {id: 'm', label: 'ML'},
  ],
};

function renderTracker(props: Partial<ProgressTrackerProps> = {}) {
  const handlers = {onShareNameChange: jest.fn(), onCopyShareUrl: jest.fn(), onExport: jest.fn(), onImport: jest.fn()};
  render(
    <ProgressTracker
      data={data}
      mine={{completed: {'f/a': '2026-11-20'}}}
      marks={{marks: {'f/a#why': 'knew', 'f/a#how': 'review', 'f/gone#x': 'knew'}, drills: {}}}
      shared={{kind: 'none'}}
      shareName=""
      shareUrl="http://x/practice/progress?done=1abc"
      ready
      {...handlers}
      {...props}
    />,
  );
  return handlers;
}

const rowOf = (title: string) => screen.getByRole('link', {name: title}).closest('tr') as HTMLElement;

describe('ProgressTracker', () => {
  test('each lesson row says how many of its self-checks are answered', () => {
    renderTracker();
    expect(within(rowOf('Lesson A')).getByText('2 of 3')).toHaveAttribute('data-self-checks');
    expect(within(rowOf('Lesson B')).getByText('none in this lesson')).toBeInTheDocument();
  });

  test('shows overall and section progress and each lesson with its done date', () => {
    renderTracker();
    const mine = screen.getByRole('region', {name: 'Your progress'});
    expect(mine).toHaveTextContent('1 of 2 lessons, 30 min of 2 h (25% of the time)');
    expect(within(mine).getByRole('progressbar', {name: 'Foundations: share of estimated time done'})).toHaveAttribute('value', '30');
    expect(rowOf('Lesson A')).toHaveTextContent('Completed 2026-11-20');
    expect(rowOf('Lesson B')).toHaveTextContent('Not yet');
    expect(screen.getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Lesson', 'Section', 'You', 'Your self-checks answered']);
  });

  test('a shared progress appears read-only beside the reader’s, with the name as text', () => {
    renderTracker({shared: {kind: 'shared', name: '<b>Ana</b>', lessonIds: ['m/b'], unknownCount: 2}});
    expect(screen.getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Lesson', 'Section', 'You', '<b>Ana</b>', 'Your self-checks answered']);
    expect(screen.getByRole('region', {name: '<b>Ana</b>’s progress (shared, read-only)'})).toHaveTextContent('1 of 2 lessons');
    expect(rowOf('Lesson B').textContent).toBe('Lesson BMLNot yetCompletednone in this lesson');
    expect(screen.getByText(/also lists 2 lessons this version of the guide does not have/)).toBeInTheDocument();
    expect(document.querySelector('b')).toBeNull();
  });

  test('a damaged link is an alert, and only the reader’s own progress shows', () => {
    renderTracker({shared: {kind: 'error', message: 'The progress code in this link is damaged.'}});
    expect(screen.getByRole('alert')).toHaveTextContent('This progress link could not be read. The progress code in this link is damaged. Showing your own progress only.');
    expect(screen.getAllByRole('columnheader')).toHaveLength(4);
  });

  test('export, import, copy and the name reach their callbacks; outcomes appear in their section', () => {
    const handlers = renderTracker({notice: {area: 'file', kind: 'ok', text: 'Imported 3 lessons.'}});
    fireEvent.click(screen.getByRole('button', {name: 'Export progress'}));
    expect(handlers.onExport).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', {name: 'Copy link'}));
    expect(handlers.onCopyShareUrl).toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText(/Your name/), {target: {value: 'Ana'}});
    expect(handlers.onShareNameChange).toHaveBeenCalledWith('Ana');
    const file = new File(['{}'], 'p.json', {type: 'application/json'});
    fireEvent.change(screen.getByLabelText('Import a progress file'), {target: {files: [file]}});
    expect(handlers.onImport).toHaveBeenCalledWith(file);
    const backup = screen.getByRole('region', {name: 'Export and import'});
    expect(within(backup).getByRole('status')).toHaveTextContent('Imported 3 lessons.');
    expect(within(screen.getByRole('region', {name: 'Share your progress'})).getByRole('status')).toHaveTextContent('');
    expect(screen.getByLabelText(/Link to your progress \(36 characters\)/)).toHaveValue('http://x/practice/progress?done=1abc');
  });

  test('controls are disabled until the page can save', () => {
    renderTracker({ready: false});
    expect(screen.getByRole('button', {name: 'Export progress'})).toBeDisabled();
    expect(screen.getByLabelText('Import a progress file')).toBeDisabled();
  });
});
