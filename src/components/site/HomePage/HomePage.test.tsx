import React from 'react';
import {render, screen, within} from '@testing-library/react';
import HomePage, {TOOLS} from '.';

jest.mock('@theme/Layout', () => ({__esModule: true, default: ({children}: {children: React.ReactNode}) => <>{children}</>}), {virtual: true});

const lesson = (id: string) => ({id, title: `Title ${id}`, permalink: `/${id}`});
const home = {
  lessonCount: 3,
  totalMinutes: 150,
  sections: [{id: 'basics', label: 'Basics', lessonCount: 3, minutes: 150, first: lesson('basics/a')}],
  caseStudyGroups: [{label: 'Ranking', lessons: [lesson('case-studies/feed')]}],
  readingOrder: [lesson('basics/a'), lesson('basics/b'), lesson('case-studies/feed')],
};

describe('HomePage', () => {
  test('one start button to the first lesson of the reading order, and the guide at a glance', () => {
    render(<HomePage home={home} />);
    expect(screen.getByRole('link', {name: 'Start here: Title basics/a'})).toHaveAttribute('href', '/basics/a');
    expect(screen.getByText('3 lessons in 1 section, about 3 hours of reading, free and offline.')).toBeInTheDocument();
    expect(screen.getByText('3 lessons · 2 h 30 min')).toBeInTheDocument();
    expect(screen.getByRole('link', {name: 'Title case-studies/feed'})).toHaveAttribute('href', '/case-studies/feed');
    const tools = within(screen.getByRole('region', {name: 'Practice tools'}));
    for (const tool of TOOLS) expect(tools.getByRole('link', {name: tool.label})).toHaveAttribute('href', tool.to);
    expect(screen.queryByRole('region', {name: 'Continue where you left off'})).toBeNull();
  });

  test('with a resume point: the next lesson, or the review once everything is done', () => {
    const {rerender} = render(<HomePage home={home} resume={{done: 1, total: 3, last: lesson('basics/a'), next: lesson('basics/b')}} />);
    const card = within(screen.getByRole('region', {name: 'Continue where you left off'}));
    expect(card.getByRole('link', {name: 'Next: Title basics/b'})).toHaveAttribute('href', '/basics/b');
    rerender(<HomePage home={home} resume={{done: 3, total: 3, last: lesson('basics/a'), next: undefined}} />);
    expect(screen.getByRole('link', {name: 'All done: review your questions'})).toHaveAttribute('href', '/practice/review');
  });
});
