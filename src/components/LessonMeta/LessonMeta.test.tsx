import React from 'react';
import {render, screen, within} from '@testing-library/react';
import {LessonFooter, LessonHeader} from '.';
import type {LessonPageData} from '../../../plugins/lessons/pageData';

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
