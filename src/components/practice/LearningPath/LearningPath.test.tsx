import React from 'react';
import {fireEvent, render, screen, within} from '@testing-library/react';
import {buildLearningPath} from '../../../../plugins/lesson-catalog/learningPath';
import type {CatalogLesson} from '../../../../plugins/lesson-catalog/catalog';
import LearningPath from '.';

function lesson(id: string, title: string, prerequisiteIds: string[], section: string): CatalogLesson {
  return {id, title, description: '', keywords: [], permalink: `/${id}`, section, difficulty: 'Beginner', estimatedTime: '20 minutes', minutes: 20, companies: [], prerequisiteIds};
}

const path = buildLearningPath({
  lessons: [
    lesson('foundations/framework', 'System Design Framework', [], 'foundations'),
    lesson('ml/framing', 'Problem Framing', ['foundations/framework'], 'ml'),
    lesson('ml/metrics', 'Metrics: Offline, Online and Business', ['ml/framing'], 'ml'),
    lesson('ml/data', 'Data Collection', ['ml/framing'], 'ml'),
  ],
  sections: [
    {id: 'foundations', label: 'Foundations'},
    {id: 'ml', label: 'ML System Design'},
  ],
  companies: [],
});

const card = (id: string) => document.querySelector(`li[data-lesson-id="${id}"]`) as HTMLElement;

describe('LearningPath', () => {
  test('one section per part, lessons in steps, each card with its link, needs and what it unlocks', () => {
    render(<LearningPath path={path} completed={{}} pathname="/learning-path" />);
    const ml = screen.getByRole('region', {name: 'ML System Design'});
    expect(ml).toHaveTextContent('3 lessons · 1 hour');
    expect([...ml.querySelectorAll('ol > li > span:first-child')].map((label) => label.textContent)).toEqual(['Step 1', 'Step 2 · any order']);
    const metrics = card('ml/metrics');
    expect(within(metrics).getByRole('link', {name: 'Metrics: Offline, Online and Business'})).toHaveAttribute('href', '/ml/metrics');
    expect(within(metrics).getByRole('listitem')).toHaveTextContent('Problem Framing');
    expect(card('ml/framing')).toHaveTextContent('Beginner · 20 min · unlocks 2');
    expect(within(metrics).getByRole('link', {name: 'Focus on Metrics: Offline, Online and Business'})).toHaveAttribute(
      'href',
      '/learning-path?focus=ml%2Fmetrics',
    );
    expect(screen.getByText(/4 lessons, 1 hour 20 minutes of reading, in 2 parts/)).toBeInTheDocument();
    expect(screen.getByText(/Start here:/)).toHaveTextContent('Start here: System Design Framework');
    expect(screen.queryByText('Done')).toBeNull();
  });

  test('done marks, counts and the next lesson come from the saved progress', () => {
    render(<LearningPath path={path} completed={{'foundations/framework': '2026-01-02', 'ml/framing': '2026-01-03'}} pathname="/learning-path" />);
    expect(card('ml/framing')).toHaveAttribute('data-done');
    expect(within(card('ml/framing')).getByText('Done')).toBeInTheDocument();
    expect(card('ml/metrics')).not.toHaveAttribute('data-done');
    expect(screen.getByRole('region', {name: 'ML System Design'})).toHaveTextContent('3 lessons · 1 hour · 1 done');
    expect(screen.getByText(/2 of 4 done/)).toHaveTextContent('2 of 4 done. Next: Metrics: Offline, Online and Business');
  });

  test('a focused lesson shows its chain with done marks and what it unlocks', () => {
    render(<LearningPath path={path} completed={{'foundations/framework': '2026-01-02'}} pathname="/learning-path" focusId="ml/framing" />);
    const panel = screen.getByRole('region', {name: /Focus: Problem Framing/});
    const [chain, unlocks] = within(panel).getAllByRole('list');
    expect(within(chain).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['System Design Framework 20\u00a0min ✓ Done']);
    expect(within(unlocks).getAllByRole('link').map((link) => link.textContent)).toEqual(['Metrics: Offline, Online and Business', 'Data Collection']);
    expect(panel).toHaveTextContent('1 lesson, all done: ready to read.');
    expect(within(panel).getByRole('link', {name: 'Back to the whole path'})).toHaveAttribute('href', '/learning-path');
  });

  test('a focus on a lesson with nothing done gives the time its chain takes', () => {
    render(<LearningPath path={path} completed={{}} pathname="/learning-path" focusId="ml/metrics" />);
    expect(screen.getByRole('region', {name: /Focus: Metrics/})).toHaveTextContent('2 lessons, 40 minutes.');
  });

  test('the focus form hands the chosen lesson over, and shows a problem from the address', () => {
    const onFocus = jest.fn();
    render(<LearningPath path={path} completed={{}} pathname="/learning-path" onFocus={onFocus} focusProblem="Not a lesson." />);
    expect(screen.getByRole('alert')).toHaveTextContent('Not a lesson.');
    fireEvent.change(screen.getByLabelText(/Focus on a lesson/), {target: {value: 'ml/data'}});
    fireEvent.click(screen.getByRole('button', {name: 'Show'}));
    expect(onFocus).toHaveBeenCalledWith('ml/data');
  });
});
