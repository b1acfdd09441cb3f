import React from 'react';
import {fireEvent, render, screen} from '@testing-library/react';
import SelfCheckDrill, {dueSummary, type DrillQuestion} from '.';

const question = (id: string, text: string, answer: string): DrillQuestion => ({
  id,
  question: text,
  href: `/f/a#check-${id}`,
  lessonTitle: 'Lesson A',
  answer: [{kind: 'p', inline: [{kind: 'text', text: answer}, {kind: 'code', text: 'x = 1'}]}],
});

const due = [question('f/a#why', 'Why?', 'Because.'), question('f/a#how', 'How?', 'Like so.')];

describe('SelfCheckDrill', () => {
  test('one question at a time, the answer hidden until asked, and the round keeps its order', () => {
    const onAnswer = jest.fn();
    const {rerender} = render(<SelfCheckDrill due={due} reviewing={3} onAnswer={onAnswer} ready />);
    expect(screen.getByRole('status')).toHaveTextContent('2 questions due today, of 3 under review.');
    fireEvent.click(screen.getByRole('button', {name: 'Start drill (2 questions)'}));
    expect(screen.getByRole('heading', {name: 'Why?'})).toHaveFocus();
    expect(screen.getByText(/Question 1 of 2/)).toBeInTheDocument();
    expect(screen.queryByText('Because.')).toBeNull();
    expect(screen.queryByRole('button', {name: 'Knew it'})).toBeNull();
    fireEvent.click(screen.getByRole('button', {name: 'Show answer'}));
    expect(screen.getByRole('region', {name: 'Answer'})).toHaveTextContent('Because.x = 1');
    expect(screen.getByRole('region', {name: 'Answer'})).toHaveFocus();
    fireEvent.click(screen.getByRole('button', {name: 'Knew it'}));
    expect(onAnswer).toHaveBeenLastCalledWith('f/a#why', 'knew');
    // The page re-renders with the answered question no longer due; the round goes on regardless.
    rerender(<SelfCheckDrill due={[due[1]]} reviewing={3} onAnswer={onAnswer} ready />);
    expect(screen.getByRole('heading', {name: 'How?'})).toHaveFocus();
    expect(screen.getByText(/Question 2 of 2/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', {name: 'Show answer'}));
    fireEvent.click(screen.getByRole('button', {name: 'Review again'}));
    expect(onAnswer).toHaveBeenLastCalledWith('f/a#how', 'review');
    expect(screen.getByRole('heading', {name: 'Drill done'})).toHaveFocus();
    expect(screen.getByText('2 questions: 1 knew it, 1 to review again.')).toBeInTheDocument();
  });

  test('keys: S shows the answer, K and R answer only once it is shown; modified keys are left alone', () => {
    const onAnswer = jest.fn();
    render(<SelfCheckDrill due={due} reviewing={2} onAnswer={onAnswer} ready />);
    fireEvent.click(screen.getByRole('button', {name: /Start drill/}));
    const heading = screen.getByRole('heading', {name: 'Why?'});
    fireEvent.keyDown(heading, {key: 'k'});
    expect(onAnswer).not.toHaveBeenCalled();
    fireEvent.keyDown(heading, {key: 's', ctrlKey: true});
    expect(screen.queryByRole('region', {name: 'Answer'})).toBeNull();
    fireEvent.keyDown(heading, {key: 'S'});
    fireEvent.keyDown(screen.getByRole('region', {name: 'Answer'}), {key: 'r'});
    expect(onAnswer).toHaveBeenLastCalledWith('f/a#why', 'review');
    fireEvent.keyDown(screen.getByRole('heading', {name: 'How?'}), {key: 's'});
    fireEvent.keyDown(screen.getByRole('region', {name: 'Answer'}), {key: 'k'});
    expect(onAnswer).toHaveBeenLastCalledWith('f/a#how', 'knew');
  });

  test('nothing due: the start button is disabled and the status says when the next one is', () => {
    render(<SelfCheckDrill due={[]} reviewing={2} nextDue="2026-11-24" onAnswer={jest.fn()} ready />);
    expect(screen.getByRole('status')).toHaveTextContent('Nothing due today; 2 questions under review, the next due on 2026-11-24.');
    expect(screen.getByRole('button', {name: 'Start drill'})).toBeDisabled();
  });

  test('the drill cannot start before the page can save, and a failed save is an alert', () => {
    render(<SelfCheckDrill due={due} reviewing={2} onAnswer={jest.fn()} ready={false} message="Not saved: full" />);
    expect(screen.getByRole('button', {name: /Start drill/})).toBeDisabled();
    expect(screen.getByRole('alert')).toHaveTextContent('Not saved: full');
  });

  test('the summary line', () => {
    expect(dueSummary(0, 0)).toBe('No questions under review, so nothing is due.');
    expect(dueSummary(1, 1)).toBe('1 question due today, of 1 under review.');
    expect(dueSummary(0, 1)).toBe('Nothing due today; 1 question under review.');
  });
});
