import React from 'react';
import {render, screen} from '@testing-library/react';
import NotFound from '.';

const lesson = (id: string) => ({id, title: `Title ${id}`, permalink: `/${id}`});
const sections = [{id: 'basics', label: 'Basics', lessonCount: 2, minutes: 50, first: lesson('basics/a')}];

describe('NotFound', () => {
  test('before the browser compares addresses: the search form, the sections, home and the catalog', () => {
    render(<NotFound sections={sections} searchAction="/guide/search" />);
    expect(screen.getByRole('search')).toHaveAttribute('action', '/guide/search');
    expect(screen.getByRole('searchbox', {name: 'Search the lessons'})).toHaveAttribute('name', 'q');
    expect(screen.queryByRole('region', {name: 'Did you mean'})).toBeNull();
    expect(screen.getByRole('link', {name: 'Title basics/a'})).toHaveAttribute('href', '/basics/a');
    expect(screen.getByRole('link', {name: 'Home'})).toHaveAttribute('href', '/');
    expect(screen.getByRole('link', {name: 'All lessons'})).toHaveAttribute('href', '/lessons');
  });

  test('lists the close lessons once found, and nothing when none is close', () => {
    const {rerender} = render(<NotFound sections={sections} searchAction="/search" suggestions={[lesson('x/metrics')]} />);
    expect(screen.getByRole('region', {name: 'Did you mean'})).toHaveTextContent('Title x/metrics');
    rerender(<NotFound sections={sections} searchAction="/search" suggestions={[]} />);
    expect(screen.queryByRole('region', {name: 'Did you mean'})).toBeNull();
  });
});
