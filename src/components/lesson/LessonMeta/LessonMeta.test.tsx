import React from 'react';
import {render, screen, within} from '@testing-library/react';
import {LessonFooter, LessonHeader} from '.';
import type {LessonPageData} from '../../../../plugins/lessons/pageData';

const lesson: LessonPageData = {
  id: 'ml-system-design/introduction',
  title: 'ML System Design Introduction',
  description: 'Introduction to ML system design interviews.',
  keywords: ['ML system design'],
  difficulty: 'Advanced',
  estimatedTime: '20 minutes',
  minutes: 20,
  companies: ['Google', 'Meta'],
  prerequisites: [{id: 'f/framework', title: 'System Design Framework', permalink: '/foundations/system-design-framework', difficulty: 'Beginner', minutes: 25}],
  dependents: [{id: 'm/framing', title: 'Problem Framing', permalink: '/ml-system-design/problem-framing', difficulty: 'Beginner', minutes: 20}],
  selfCheckIds: ['ml-system-design/introduction#why', 'ml-system-design/introduction#how'],
};

describe('LessonHeader', () => {
  test('names each fact for screen readers and links the prerequisites', () => {
    render(<LessonHeader lesson={lesson} />);
    const region = screen.getByRole('region', {name: 'About this lesson'});
    expect(within(region).getByText('Difficulty').nextElementSibling).toHaveTextContent('Advanced');
    expect(within(region).getByText('Time').nextElementSibling).toHaveTextContent('20 minutes');
    expect(within(region).getByText('Asked at').nextElementSibling).toHaveTextContent('Google, Meta');
    expect(within(region).getByRole('link', {name: 'System Design Framework'})).toHaveAttribute(
      'href',
      '/foundations/system-design-framework',
    );
  });

  test('a lesson with no prerequisites says where to start and omits empty companies', () => {
    render(<LessonHeader lesson={{...lesson, prerequisites: [], companies: []}} />);
    expect(screen.getByText('nothing: start here')).toBeInTheDocument();
    expect(screen.queryByText('Asked at')).toBeNull();
  });
});

describe('self-check progress in the header', () => {
  test('shows answered N of M for a lesson with self-checks, and nothing for one without', () => {
    const {rerender} = render(<LessonHeader lesson={lesson} selfChecks={{answered: 1, total: 2}} />);
    expect(screen.getByText('Self-checks').nextElementSibling).toHaveTextContent('answered 1 of 2');
    rerender(<LessonHeader lesson={lesson} selfChecks={{answered: 0, total: 0}} />);
    expect(screen.queryByText('Self-checks')).toBeNull();
  });
});

describe('LessonFooter', () => {
  test('lists the lessons that build on this one', () => {
    render(<LessonFooter lesson={lesson} />);
    const nav = screen.getByRole('navigation', {name: 'Builds on this'});
    expect(within(nav).getByRole('link', {name: 'Problem Framing'})).toHaveAttribute('href', '/ml-system-design/problem-framing');
    expect(nav).toHaveTextContent('Beginner, 20 min');
  });

  test('renders nothing when no lesson builds on this one', () => {
    const {container} = render(<LessonFooter lesson={{...lesson, dependents: []}} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('MarkComplete', () => {
  test('a toggle button: once done it is pressed, says "Completed — undo", and the status gives the day', () => {
    const onToggle = jest.fn();
    const {rerender} = render(<LessonHeader lesson={lesson} completion={{done: false, ready: true, onToggle}} />);
    const button = screen.getByRole('button', {name: 'Mark as complete'});
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('status')).toHaveTextContent('');
    button.click();
    expect(onToggle).toHaveBeenCalledTimes(1);
    rerender(<LessonHeader lesson={lesson} completion={{done: true, day: '2026-11-20', ready: true, onToggle}} />);
    expect(screen.queryByRole('button', {name: 'Mark as complete'})).toBeNull();
    const undo = screen.getByRole('button', {name: 'Completed — undo'});
    expect(undo).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Completed on 2026-11-20');
    undo.click();
    expect(onToggle).toHaveBeenCalledTimes(2);
    rerender(<LessonHeader lesson={lesson} completion={{done: false, ready: true, onToggle}} />);
    expect(screen.getByRole('button', {name: 'Mark as complete'})).toHaveAttribute('aria-pressed', 'false');
  });

  test('disabled until the page can save, and a failed save is reported', () => {
    render(<LessonHeader lesson={lesson} completion={{done: false, ready: false, message: 'Not saved: full', onToggle: jest.fn()}} />);
    expect(screen.getByRole('button', {name: 'Mark as complete'})).toBeDisabled();
    expect(screen.getByRole('status')).toHaveTextContent('Not saved: full');
  });

  test('without completion there is no control', () => {
    render(<LessonHeader lesson={lesson} />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
