import React from 'react';
import {render, screen, within} from '@testing-library/react';
import {buildLearningPath} from '../../../../plugins/lesson-catalog/learningPath';
import type {CatalogLesson} from '../../../../plugins/lesson-catalog/catalog';
import LearningPath from '.';

function lesson(id: string, title: string, prerequisiteIds: string[], section: string): CatalogLesson {
  return {
    id,
    title,
    description: '',
    keywords: [],
    permalink: `/${id}`,
    section,
    difficulty: 'Beginner',
    estimatedTime: '20 minutes',
    minutes: 20,
    companies: [],
    prerequisiteIds,
  };
}

const path = buildLearningPath({
  lessons: [
    lesson('foundations/framework', 'System Design Framework', [], 'foundations'),
    lesson('ml/metrics', 'Metrics: Offline, Online and Business', ['ml/framing'], 'ml'),
    lesson('ml/framing', 'Problem Framing', ['foundations/framework'], 'ml'),
  ],
  sections: [
    {id: 'foundations', label: 'Foundations'},
    {id: 'ml', label: 'ML System Design'},
  ],
  companies: [],
});

describe('LearningPath', () => {
  test('the graph has a link per lesson and an arrow per prerequisite', () => {
    render(<LearningPath path={path} />);
    const graph = screen.getByRole('figure', {name: /Prerequisite graph/});
    expect(within(graph).getAllByRole('link').map((link) => link.getAttribute('href')).sort()).toEqual([
      '/foundations/framework',
      '/ml/framing',
      '/ml/metrics',
    ]);
    expect(graph.querySelectorAll('path[data-from]')).toHaveLength(2);
  });

  test('the reading order is grouped by section, numbered throughout, and names what to read first', () => {
    render(<LearningPath path={path} />);
    const lists = screen.getAllByRole('list').filter((list) => list.tagName === 'OL');
    expect(lists.map((list) => list.getAttribute('start'))).toEqual(['1', '2']);
    expect(screen.getByRole('heading', {name: 'ML System Design'})).toBeInTheDocument();
    const metrics = lists[1].querySelector('[data-lesson-id="ml/metrics"]') as HTMLElement;
    expect(within(metrics).getByRole('link', {name: 'Metrics: Offline, Online and Business'})).toHaveAttribute('href', '/ml/metrics');
    expect(metrics).toHaveTextContent('Step 3 · Beginner · 20 min');
    expect(within(metrics).getByRole('listitem')).toHaveTextContent('Problem Framing');
    expect(screen.getByText('3 lessons, 1 hour of reading in 3 steps.', {exact: false})).toBeInTheDocument();
  });
});
