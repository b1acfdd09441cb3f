import React from 'react';
import {render} from '@testing-library/react';
import {LessonLabel, SectionLabel} from '.';

describe('sidebar progress labels', () => {
  test('a completed lesson shows a hidden check mark and "(completed)" for screen readers', () => {
    const {container, rerender} = render(<LessonLabel label="Metrics" done />);
    expect(container.textContent).toBe('Metrics✓ (completed)');
    expect(container.querySelector('[aria-hidden="true"]')).toHaveTextContent('✓');
    rerender(<LessonLabel label="Metrics" done={false} />);
    expect(container.textContent).toBe('Metrics');
  });

  test('a section shows done/total, spelled out for screen readers', () => {
    const {container} = render(<SectionLabel label="Foundations" done={1} total={2} />);
    expect(container.querySelector('[aria-hidden="true"]')).toHaveTextContent('1/2');
    expect(container.textContent).toBe('Foundations1/2 (1 of 2 lessons completed)');
  });
});
