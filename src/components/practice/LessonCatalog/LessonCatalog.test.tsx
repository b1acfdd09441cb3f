import React from 'react';
import {fireEvent, render, screen, within} from '@testing-library/react';
import type {CatalogData} from '../../../../plugins/lesson-catalog/catalog';
import LessonCatalog from '.';
import {NO_FILTERS, type CatalogFilters} from './filters';

const catalog: CatalogData = {
  sections: [
    {id: 'foundations', label: 'Foundations'},
    {id: 'ml-system-design', label: 'ML System Design'},
  ],
  companies: ['Google', 'Meta'],
  lessons: [
    {
      id: 'foundations/framework',
      title: 'System Design Framework',
      description: 'A seven-phase framework.',
      keywords: ['framework'],
      permalink: '/foundations/framework',
      section: 'foundations',
      difficulty: 'Beginner',
      estimatedTime: '25 minutes',
      minutes: 25,
      companies: ['Google'],
      prerequisiteIds: [],
    },
    {
      id: 'ml-system-design/cold-start',
      title: 'Cold Start',
      description: 'New users and items.',
      keywords: ['bandits'],
      permalink: '/ml-system-design/cold-start',
      section: 'ml-system-design',
      difficulty: 'Advanced',
      estimatedTime: '35 minutes',
      minutes: 35,
      companies: [],
      prerequisiteIds: ['foundations/framework'],
    },
  ],
};

function renderCatalog(filters: CatalogFilters = NO_FILTERS) {
  const onChange = jest.fn();
  render(<LessonCatalog catalog={catalog} filters={filters} onChange={onChange} clearHref="/lessons" />);
  return onChange;
}

describe('LessonCatalog', () => {
  test('a card says how many of its self-checks the reader answered; none without questions or before the count', () => {
    const {rerender} = render(
      <LessonCatalog
        catalog={catalog}
        filters={NO_FILTERS}
        onChange={jest.fn()}
        clearHref="/lessons"
        selfChecks={{'foundations/framework': {answered: 2, total: 3}}}
      />,
    );
    const card = (title: string) => screen.getByRole('heading', {name: title}).closest('li') as HTMLElement;
    expect(within(card('System Design Framework')).getByText('Self-checks').nextElementSibling).toHaveTextContent('answered 2 of 3');
    expect(within(card('Cold Start')).queryByText('Self-checks')).toBeNull();
    rerender(<LessonCatalog catalog={catalog} filters={NO_FILTERS} onChange={jest.fn()} clearHref="/lessons" />);
    expect(screen.queryByText('Self-checks')).toBeNull();
  });

  test('lists every lesson with section, difficulty, time and companies, and announces the count', () => {
    renderCatalog();
    const cards = within(screen.getByRole('list', {name: 'Lessons'})).getAllByRole('listitem');
    expect(cards).toHaveLength(2);
    expect(within(cards[0]).getByRole('link', {name: 'System Design Framework'})).toHaveAttribute('href', '/foundations/framework');
    expect(cards[0]).toHaveTextContent('SectionFoundationsDifficultyBeginnerTime25 minutesAsked atGoogle');
    expect(cards[1]).not.toHaveTextContent('Asked at');
    expect(screen.getByRole('status')).toHaveTextContent('Showing all 2 lessons, 1 hour in all.');
    expect(screen.queryByRole('link', {name: 'Clear filters'})).toBeNull();
  });

  test('every control is labelled, and ticking one reports the new filters', () => {
    const onChange = renderCatalog();
    fireEvent.click(screen.getByRole('checkbox', {name: 'Advanced'}));
    expect(onChange).toHaveBeenLastCalledWith({...NO_FILTERS, difficulties: ['Advanced']});
    fireEvent.click(screen.getByRole('checkbox', {name: 'ML System Design'}));
    expect(onChange).toHaveBeenLastCalledWith({...NO_FILTERS, sections: ['ml-system-design']});
    fireEvent.click(screen.getByRole('checkbox', {name: 'Meta'}));
    expect(onChange).toHaveBeenLastCalledWith({...NO_FILTERS, companies: ['Meta']});
    fireEvent.change(screen.getByRole('searchbox', {name: 'Filter by text'}), {target: {value: 'cold'}});
    expect(onChange).toHaveBeenLastCalledWith({...NO_FILTERS, text: 'cold'});
    expect(screen.getByRole('group', {name: 'Company'})).toBeInTheDocument();
  });

  test('shows the filtered lessons, the checked boxes and a way back to all', () => {
    renderCatalog({...NO_FILTERS, difficulties: ['Advanced']});
    expect(screen.getByRole('checkbox', {name: 'Advanced'})).toBeChecked();
    const list = screen.getByRole('list', {name: 'Lessons'});
    expect(within(list).getAllByRole('listitem').map((item) => within(item).getByRole('heading').textContent)).toEqual(['Cold Start']);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 of 2 lessons, 35 minutes in all.');
    expect(screen.getByRole('link', {name: 'Clear filters'})).toHaveAttribute('href', '/lessons');
  });

  test('no match leaves no empty list, only the message', () => {
    renderCatalog({...NO_FILTERS, text: 'nothing like this'});
    expect(screen.queryByRole('list', {name: 'Lessons'})).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('No lesson matches these filters (of 2).');
  });

  test('filters are folded in the built page and on a phone, and say how many are active', () => {
    renderCatalog({...NO_FILTERS, difficulties: ['Advanced'], companies: ['Meta']});
    const details = screen.getByText('Filters (2 active)', {selector: 'summary'}).closest('details')!;
    expect(details).not.toHaveAttribute('open');
  });

  test('each active filter is a chip that removes itself; focus moves to the next chip', () => {
    const filters: CatalogFilters = {difficulties: ['Advanced'], companies: ['Google', 'Meta'], sections: ['foundations'], text: ' cold '};
    const onChange = renderCatalog(filters);
    const chips = within(screen.getByRole('list', {name: 'Active filters'})).getAllByRole('button');
    expect(chips.map((chip) => chip.getAttribute('aria-label'))).toEqual([
      'Remove filter Text: “cold”',
      'Remove filter Difficulty: Advanced',
      'Remove filter Section: Foundations',
      'Remove filter Company: Google',
      'Remove filter Company: Meta',
    ]);
    fireEvent.click(chips[3]);
    expect(onChange).toHaveBeenLastCalledWith({...filters, companies: ['Meta']});
    expect(chips[4]).toHaveFocus();
    fireEvent.click(chips[0]);
    expect(onChange).toHaveBeenLastCalledWith({...filters, text: ''});
  });

  test('with no filters there are no chips', () => {
    renderCatalog();
    expect(screen.queryByRole('list', {name: 'Active filters'})).toBeNull();
    expect(screen.getByText('Filters', {selector: 'summary'})).toBeInTheDocument();
  });
});
