import React from 'react';
import {render, screen, within} from '@testing-library/react';
import FrameworkTimeline, {frameworkTimelineProblems, phaseHue, schedulePhases, type TimelinePhase} from '.';

const phases: TimelinePhase[] = [
  {name: 'Problem definition', minutes: 5, questions: ['What are we predicting?']},
  {name: 'Data', minutes: 10, questions: ['How do we get labels?', 'Which features?']},
  {name: 'Wrap-up', minutes: 3, questions: []},
];

describe('schedulePhases', () => {
  test('gives each phase its start and end minute', () => {
    expect(schedulePhases(phases).map(({start, end}) => [start, end])).toEqual([
      [0, 5],
      [5, 15],
      [15, 18],
    ]);
  });
});

describe('FrameworkTimeline', () => {
  test('shows the total, each phase with its time window and its questions', () => {
    render(<FrameworkTimeline title="Interview" phases={phases} />);
    expect(screen.getByText('Total: 18 minutes')).toBeInTheDocument();
    const phaseItems = screen.getAllByRole('listitem').filter((item) => item.parentElement?.tagName === 'OL');
    expect(phaseItems).toHaveLength(3);
    expect(within(phaseItems[1]).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'How do we get labels?',
      'Which features?',
    ]);
    expect(screen.getByText('10 minutes, minute 5 to 15')).toBeInTheDocument();
    expect(screen.getByText('How do we get labels?')).toBeInTheDocument();
    expect(screen.getByText('3 minutes, minute 15 to 18')).toBeInTheDocument();
  });

  test('draws segments to scale and hides the picture from assistive technology', () => {
    const {container} = render(<FrameworkTimeline phases={phases} />);
    const bar = container.querySelector('[aria-hidden="true"]');
    const grow = [...(bar?.children ?? [])].map((segment) => (segment as HTMLElement).style.flexGrow);
    expect(grow).toEqual(['5', '10', '3']);
  });

  test.each<[string, TimelinePhase[], string]>([
    ['no phases', [], 'at least one phase'],
    ['negative minutes', [{name: 'A', minutes: -5, questions: []}], 'minutes is -5, must be a positive number'],
    ['zero minutes', [{name: 'A', minutes: 0, questions: []}], 'minutes is 0'],
    ['a missing name', [{name: '', minutes: 5, questions: []}], 'non-empty name'],
  ])('rejects %s', (_name, bad, message) => {
    expect(frameworkTimelineProblems({phases: bad}).join('\n')).toContain(message);
    jest.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<FrameworkTimeline title="Bad" phases={bad} />)).toThrow(/FrameworkTimeline "Bad" has invalid props/);
  });
});

describe('phase colours', () => {
  test('no two phases share a hue, and neighbours are far apart on the colour wheel', () => {
    for (const count of [2, 5, 7, 9]) {
      const hues = Array.from({length: count}, (_, index) => phaseHue(index, count));
      expect(new Set(hues).size).toBe(count);
      const gap = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));
      for (let index = 1; index < count; index += 1) expect(gap(hues[index], hues[index - 1])).toBeGreaterThanOrEqual(Math.floor(360 / Math.max(count, 5)));
    }
  });

  test('each phase in the list and its bar segment carry the same hue', () => {
    const {container} = render(
      <FrameworkTimeline phases={Array.from({length: 7}, (_, index) => ({name: `Phase ${index}`, minutes: 5, questions: []}))} />,
    );
    const segments = [...container.querySelectorAll<HTMLElement>('[aria-hidden] > div')].map((node) => node.style.getPropertyValue('--hue'));
    const items = [...container.querySelectorAll<HTMLElement>('ol > li')].map((node) => node.style.getPropertyValue('--hue'));
    expect(segments).toEqual(items);
    expect(new Set(items).size).toBe(7);
  });
});
