/** @jest-environment node */
import fs from 'fs';
import path from 'path';
import {resolveLessons, type Lesson, type LessonSource} from '../lessons/model';
import {buildMockCases, INTERVIEW_MINUTES, mockCaseFromLesson, MockInterviewDataError} from './cases';

function lesson(id: string, file = `docs/${id}.mdx`): Lesson {
  const source: LessonSource = {
    file,
    id,
    frontMatter: {
      title: `Title ${id}`,
      description: 'About it.',
      keywords: ['k'],
      sidebar_position: 1,
      difficulty: 'Advanced',
      estimated_time: '40 minutes',
      prerequisites: [],
      companies: ['Uber'],
    },
  };
  return resolveLessons([source]).lessons[0];
}

const timeline = (minutes: number[]) => `---
title: x
---

Prose.

<FrameworkTimeline
  title="The plan"
  phases={[
${minutes.map((m, i) => `    {name: 'Phase ${i + 1}', minutes: ${m}, questions: ['Question ${i + 1}?']},`).join('\n')}
  ]}
/>
`;

describe('mockCaseFromLesson', () => {
  test('reads the phases, title and facts of a 45-minute timeline', () => {
    const {mockCase, problems} = mockCaseFromLesson(lesson('case-studies/a'), timeline([5, 10, 30]), '/case-studies/a');
    expect(problems).toEqual([]);
    expect(mockCase).toEqual({
      id: 'case-studies/a',
      title: 'Title case-studies/a',
      permalink: '/case-studies/a',
      difficulty: 'Advanced',
      companies: ['Uber'],
      timelineTitle: 'The plan',
      phases: [
        {name: 'Phase 1', minutes: 5, questions: ['Question 1?']},
        {name: 'Phase 2', minutes: 10, questions: ['Question 2?']},
        {name: 'Phase 3', minutes: 30, questions: ['Question 3?']},
      ],
    });
  });

  test('minutes that do not add up to 45 are an error naming the file, the sum and the parts', () => {
    const {mockCase, problems} = mockCaseFromLesson(lesson('case-studies/b'), timeline([5, 10, 29]), '/b');
    expect(mockCase).toBeUndefined();
    expect(problems).toEqual([
      'docs/case-studies/b.mdx: the <FrameworkTimeline> phases add up to 44 minutes (5 + 10 + 29); a mock interview needs exactly 45',
    ]);
  });

  test.each([
    ['no timeline', 'Just prose.', /has 0 <FrameworkTimeline> components; a case study needs exactly one/],
    ['two timelines', timeline([45]) + timeline([45]), /has 2 <FrameworkTimeline> components/],
    ['a non-literal prop', '<FrameworkTimeline phases={plan} />', /prop "phases": "Identifier" is not a literal/],
    ['an empty list', '<FrameworkTimeline phases={[]} />', /no "phases" list/],
    ['a bad phase', `<FrameworkTimeline phases={[{name: '', minutes: -5, questions: [1]}]} />`, /phase 1 has no name.*\n?/],
    ['a duplicate name', `<FrameworkTimeline phases={[{name: 'A', minutes: 40, questions: []}, {name: 'A', minutes: 5, questions: []}]} />`, /both called "A"/],
  ])('%s is an error naming the file', (_, source, message) => {
    const {mockCase, problems} = mockCaseFromLesson(lesson('case-studies/c'), source, '/c');
    expect(mockCase).toBeUndefined();
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((problem) => problem.startsWith('docs/case-studies/c.mdx: '))).toBe(true);
    expect(problems.join('\n')).toMatch(message);
  });

  test('a bad phase reports each problem', () => {
    const source = `<FrameworkTimeline phases={[{name: '', minutes: -5, questions: [1]}, {name: 'B', minutes: 50, questions: []}]} />`;
    expect(mockCaseFromLesson(lesson('case-studies/c'), source, '/c').problems).toEqual([
      'docs/case-studies/c.mdx: phase 1 has no name',
      'docs/case-studies/c.mdx: phase 1 has minutes -5; it needs a positive number',
      'docs/case-studies/c.mdx: phase 1 needs "questions" as a list of non-empty strings',
    ]);
  });
});

describe('buildMockCases', () => {
  const good = lesson('case-studies/good');
  const bad = lesson('case-studies/bad');
  const other = lesson('ml-system-design/metrics');
  const sources: Record<string, string> = {
    [good.id]: timeline([20, 25]),
    [bad.id]: timeline([20, 20]),
    [other.id]: 'no timeline here',
  };

  test('keeps only case studies with a page, and fails listing every bad lesson', () => {
    const permalinks = new Map([
      [good.id, '/good'],
      [bad.id, '/bad'],
      [other.id, '/metrics'],
    ]);
    expect(() => buildMockCases([good, bad, other], (l) => sources[l.id], permalinks)).toThrow(MockInterviewDataError);
    expect(() => buildMockCases([good, bad, other], (l) => sources[l.id], permalinks)).toThrow(
      /1 case study cannot be used for a mock interview:\n {2}- docs\/case-studies\/bad\.mdx: the <FrameworkTimeline> phases add up to 40 minutes/,
    );
    const cases = buildMockCases([good, bad, other], (l) => sources[l.id], new Map([[good.id, '/good'], [other.id, '/m']]));
    expect(cases.map((c) => c.id)).toEqual(['case-studies/good']);
  });

  test('no case study at all is an error', () => {
    expect(() => buildMockCases([other], (l) => sources[l.id], new Map([[other.id, '/m']]))).toThrow(/no lesson in the "case-studies" section/);
  });

  test(`every case study in docs/ has one ${INTERVIEW_MINUTES}-minute timeline`, () => {
    const dir = path.resolve(__dirname, '../../docs/case-studies');
    const files = fs.readdirSync(dir).filter((name) => name.endsWith('.mdx'));
    expect(files.length).toBeGreaterThanOrEqual(14);
    const lessons = files.map((name) => lesson(`case-studies/${name.replace(/\.mdx$/, '')}`, `docs/case-studies/${name}`));
    const cases = buildMockCases(
      lessons,
      (l) => fs.readFileSync(path.resolve(__dirname, '../..', l.file), 'utf8'),
      new Map(lessons.map((l) => [l.id, `/${l.id}`])),
    );
    expect(cases).toHaveLength(files.length);
    for (const mockCase of cases) {
      expect(mockCase.phases.reduce((sum, phase) => sum + phase.minutes, 0)).toBe(INTERVIEW_MINUTES);
    }
  });
});
