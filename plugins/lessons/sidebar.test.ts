import path from 'node:path';
import {CASE_STUDY_GROUPS, caseStudyItems, lessonSidebar, slugsIn} from './sidebar';

const realCases = slugsIn(path.join(__dirname, '..', '..', 'docs', 'case-studies'));

test('every case study in docs/ is in exactly one sidebar group', () => {
  const grouped = CASE_STUDY_GROUPS.flatMap((group) => group.slugs);
  expect(grouped.length).toBe(new Set(grouped).size);
  expect(realCases.filter((slug) => !grouped.includes(slug))).toEqual([]);
});

test('groups list only the cases that exist, in the group order; others go to "More case studies"', () => {
  const items = caseStudyItems(['fraud-detection', 'recommendation-system', 'zzz-new-case']);
  expect(items).toEqual([
    {type: 'category', label: 'Recommendations and feeds', collapsed: true, items: [{type: 'doc', id: 'case-studies/recommendation-system'}]},
    {type: 'category', label: 'Prediction and trust', collapsed: true, items: [{type: 'doc', id: 'case-studies/fraud-detection'}]},
    {type: 'category', label: 'More case studies', collapsed: true, items: [{type: 'doc', id: 'case-studies/zzz-new-case'}]},
  ]);
  expect(caseStudyItems([])).toEqual([]);
});

test('lists only the sections that have a folder, in curriculum order', () => {
  const docs = path.join(__dirname, '..', '..', 'docs');
  const labels = (lessonSidebar(docs).lessons as {label: string}[]).map((item) => item.label);
  expect(labels).toEqual(['Foundations', 'ML System Design', 'Generative AI', 'Case Studies']);
  const fixture = path.join(__dirname, '__fixtures__', 'bad-props', 'docs');
  expect((lessonSidebar(fixture).lessons as {label: string}[]).map((item) => item.label)).toEqual([
    'Foundations',
    'ML System Design',
    'Case Studies',
  ]);
});
