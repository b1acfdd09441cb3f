import type {CatalogLesson} from '../../../../plugins/lesson-catalog/catalog';
import {
  catalogQueryString,
  filterLessons,
  formatDuration,
  hasFilters,
  MAX_TEXT_LENGTH,
  NO_FILTERS,
  parseCatalogQuery,
  resultSummary,
  toggle,
  type FilterOptions,
} from './filters';

const options: FilterOptions = {
  companies: ['Google', 'Jane Street', 'Meta'],
  sections: [
    {id: 'foundations', label: 'Foundations'},
    {id: 'ml-system-design', label: 'ML System Design'},
  ],
};

function lesson(overrides: Partial<CatalogLesson>): CatalogLesson {
  return {
    id: 'ml-system-design/x',
    title: 'X',
    description: 'About x.',
    keywords: [],
    permalink: '/ml-system-design/x',
    section: 'ml-system-design',
    difficulty: 'Intermediate',
    estimatedTime: '30 minutes',
    minutes: 30,
    companies: [],
    prerequisiteIds: [],
    ...overrides,
  };
}

const lessons = [
  lesson({id: 'f/framework', title: 'System Design Framework', section: 'foundations', difficulty: 'Beginner', minutes: 25, companies: ['Google', 'Meta']}),
  lesson({id: 'm/metrics', title: 'Metrics', description: 'NDCG and recall.', difficulty: 'Beginner', minutes: 35, companies: ['Google']}),
  lesson({id: 'm/drift', title: 'Monitoring and Model Drift', keywords: ['PSI'], difficulty: 'Intermediate', minutes: 30, companies: ['Meta']}),
  lesson({id: 'm/cold', title: 'Cold Start', difficulty: 'Advanced', minutes: 35, companies: ['Google', 'Jane Street']}),
];

describe('parseCatalogQuery', () => {
  test('reads every filter, whatever the case, and spells values canonically', () => {
    expect(parseCatalogQuery('?difficulty=ADVANCED&company=google&section=ML-System-Design&q=Drift', options)).toEqual({
      difficulties: ['Advanced'],
      companies: ['Google'],
      sections: ['ml-system-design'],
      text: 'Drift',
    });
  });

  test('takes several values comma-separated or repeated, in the options order, without duplicates', () => {
    const filters = parseCatalogQuery('difficulty=advanced,beginner&difficulty=Beginner&company=meta,,google,META', options);
    expect(filters.difficulties).toEqual(['Beginner', 'Advanced']);
    expect(filters.companies).toEqual(['Google', 'Meta']);
  });

  test('ignores unknown values, unknown keys and empty strings', () => {
    expect(parseCatalogQuery('?difficulty=expert,,%20&company=acme&section=nope&colour=red&q=', options)).toEqual(NO_FILTERS);
    expect(parseCatalogQuery('', options)).toEqual(NO_FILTERS);
    expect(parseCatalogQuery('?', options)).toEqual(NO_FILTERS);
    expect(parseCatalogQuery('?difficulty&company=', options)).toEqual(NO_FILTERS);
  });

  test('matches a section by its label and a company with a space', () => {
    const filters = parseCatalogQuery('?section=foundations,ML%20System%20Design&company=jane+street', options);
    expect(filters.sections).toEqual(['foundations', 'ml-system-design']);
    expect(filters.companies).toEqual(['Jane Street']);
  });

  test('survives junk: stray percent signs, padding and a very long text', () => {
    expect(parseCatalogQuery('?difficulty=%E0%A4%A&company=%', options).difficulties).toEqual([]);
    expect(parseCatalogQuery('?difficulty=%20beginner%20', options).difficulties).toEqual(['Beginner']);
    expect(parseCatalogQuery(`?q=${'a'.repeat(1000)}`, options).text).toHaveLength(MAX_TEXT_LENGTH);
  });
});

describe('catalogQueryString', () => {
  test('writes lower-case values, comma-separated, and nothing for no filters', () => {
    expect(catalogQueryString(NO_FILTERS)).toBe('');
    expect(
      catalogQueryString({difficulties: ['Beginner', 'Advanced'], companies: ['Jane Street'], sections: ['foundations'], text: 'a/b test'}),
    ).toBe('?difficulty=beginner,advanced&company=jane%20street&section=foundations&q=a%2Fb%20test');
  });

  test('round-trips through parseCatalogQuery', () => {
    const filters = {difficulties: ['Intermediate' as const], companies: ['Google', 'Meta'], sections: ['ml-system-design'], text: 'drift  '};
    expect(parseCatalogQuery(catalogQueryString(filters), options)).toEqual(filters);
  });
});

describe('filtering', () => {
  test('no filters keep every lesson', () => {
    expect(filterLessons(lessons, NO_FILTERS)).toHaveLength(4);
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters({...NO_FILTERS, text: '   '})).toBe(false);
  });

  test('values of one filter widen, different filters narrow', () => {
    const titles = (filters: Partial<typeof NO_FILTERS>) =>
      filterLessons(lessons, {...NO_FILTERS, ...filters}).map((item) => item.title);
    expect(titles({difficulties: ['Beginner', 'Advanced']})).toEqual(['System Design Framework', 'Metrics', 'Cold Start']);
    expect(titles({difficulties: ['Beginner'], companies: ['Meta']})).toEqual(['System Design Framework']);
    expect(titles({sections: ['foundations'], companies: ['Jane Street']})).toEqual([]);
    expect(titles({companies: ['Jane Street', 'Meta']})).toEqual(['System Design Framework', 'Monitoring and Model Drift', 'Cold Start']);
  });

  test('text matches every word anywhere in title, description, keywords or companies, ignoring case', () => {
    const titles = (text: string) => filterLessons(lessons, {...NO_FILTERS, text}).map((item) => item.title);
    expect(titles('ndcg')).toEqual(['Metrics']);
    expect(titles('psi')).toEqual(['Monitoring and Model Drift']);
    expect(titles('  jane   COLD ')).toEqual(['Cold Start']);
    expect(titles('drift ndcg')).toEqual([]);
  });

  test('toggle adds or removes one value and keeps the canonical order', () => {
    expect(toggle(['Advanced'], 'Beginner', ['Beginner', 'Intermediate', 'Advanced'])).toEqual(['Beginner', 'Advanced']);
    expect(toggle(['Beginner', 'Advanced'], 'Beginner', ['Beginner', 'Intermediate', 'Advanced'])).toEqual(['Advanced']);
  });
});

describe('summaries', () => {
  test.each([
    [0, '0 minutes'],
    [1, '1 minute'],
    [45, '45 minutes'],
    [60, '1 hour'],
    [125, '2 hours 5 minutes'],
    [61, '1 hour 1 minute'],
  ])('%d minutes read as "%s"', (minutes, text) => {
    expect(formatDuration(minutes)).toBe(text);
  });

  test('the announcement gives the count and the total time', () => {
    expect(resultSummary(lessons, 4)).toBe('Showing all 4 lessons, 2 hours 5 minutes in all.');
    expect(resultSummary(lessons.slice(0, 2), 4)).toBe('Showing 2 of 4 lessons, 1 hour in all.');
    expect(resultSummary([], 4)).toBe('No lesson matches these filters (of 4).');
  });
});
