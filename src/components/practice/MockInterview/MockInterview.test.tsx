import React, {useState} from 'react';
import {act, fireEvent, render, screen, within} from '@testing-library/react';
import type {MockCase} from '../../../../plugins/mock-interview/cases';
import MockInterview from '.';
import {NO_INTERVIEWS, type MockInterviews} from './sessions';
import {MINUTE} from './timer';

const CASES: MockCase[] = [
  {
    id: 'case-studies/eta',
    title: 'ETA Prediction',
    permalink: '/case-studies/eta',
    difficulty: 'Advanced',
    companies: ['Uber'],
    phases: [
      {name: 'Clarify requirements', minutes: 5, questions: ['Who uses the ETA?']},
      {name: 'Model and loss', minutes: 30, questions: ['Which loss?']},
      {name: 'Wrap-up', minutes: 10, questions: []},
    ],
  },
  {
    id: 'case-studies/feed',
    title: 'Feed Ranking',
    permalink: '/case-studies/feed',
    difficulty: 'Intermediate',
    companies: [],
    phases: [{name: 'Clarify', minutes: 45, questions: ['What is the feed for?']}],
  },
];

function setup(initial: MockInterviews = NO_INTERVIEWS) {
  const clock = {t: 1_700_000_000_000};
  const downloads: Array<{fileName: string; text: string}> = [];
  const saves: MockInterviews[] = [];
  function Harness() {
    const [stored, setStored] = useState(initial);
    return (
      <MockInterview
        cases={CASES}
        stored={stored}
        save={(next) => {
          saves.push(next);
          setStored(next);
          return {ok: true};
        }}
        now={() => clock.t}
        random={() => 0.99}
        download={(fileName, text) => downloads.push({fileName, text})}
      />
    );
  }
  render(<Harness />);
  const advance = (ms: number) =>
    act(() => {
      clock.t += ms;
      jest.advanceTimersByTime(250);
    });
  return {clock, downloads, saves, advance};
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

const button = (name: string | RegExp) => screen.getByRole('button', {name});
const announcer = () => document.getElementById('mock-announcer')!;

test('before the start: the first case, its phases with windows, and its first phase on the role cards', () => {
  setup();
  expect(screen.getByRole('combobox', {name: 'Case study'})).toHaveValue('case-studies/eta');
  expect(screen.getByRole('list', {name: 'Phases of ETA Prediction'}).textContent).toContain('1. Clarify requirements 5 min, minute 0 to 5');
  expect(screen.getByRole('heading', {name: 'Role cards: 1. Clarify requirements'})).toBeInTheDocument();
  expect(screen.getByText('Who uses the ETA?')).toBeInTheDocument();
  expect(announcer()).toHaveTextContent('');
});

test('random picks another case and says which', () => {
  setup();
  fireEvent.click(button('Random case'));
  expect(screen.getByRole('combobox', {name: 'Case study'})).toHaveValue('case-studies/feed');
  expect(screen.getByText('Random pick: Feed Ranking.')).toBeInTheDocument();
});

test('a run: cues once per event, pause stops the clock, next phase, end, score and save', () => {
  const {advance, downloads, saves} = setup();
  fireEvent.click(button('Start interview'));
  expect(announcer()).toHaveTextContent('Interview started: Clarify requirements, until minute 5.');
  advance(4 * MINUTE);
  expect(announcer()).toHaveTextContent('One minute left for Clarify requirements. Next: Model and loss.');
  const writes = saves.length;
  advance(MINUTE);
  expect(announcer()).toHaveTextContent('Time to move on to Model and loss, until minute 35.');
  expect(screen.getByText('Time to move on to Model and loss, until minute 35.', {selector: '#mock-banner'})).toBeInTheDocument();
  expect(screen.getByRole('heading', {name: 'Role cards: 2. Model and loss'})).toBeInTheDocument();
  // The clock ticking does not write to storage.
  advance(1000);
  expect(saves.length).toBe(writes);

  fireEvent.click(button('Pause'));
  advance(10 * MINUTE);
  expect(screen.getByRole('timer').textContent).toContain('Elapsed5:01');
  fireEvent.click(button('Resume'));
  advance(MINUTE);
  fireEvent.change(screen.getByRole('textbox', {name: 'Notes on Model and loss'}), {target: {value: 'Picked pinball loss.'}});
  fireEvent.click(button('Next phase'));
  expect(announcer()).toHaveTextContent('Moved on early to Wrap-up, until minute 45.');
  expect(button('Next phase')).toHaveAttribute('aria-disabled', 'true');
  advance(45 * MINUTE);
  expect(announcer()).toHaveTextContent('Time is up: the 45 minutes are over.');
  expect(screen.getByRole('timer').textContent).toContain('Overtime+6:01');

  fireEvent.click(button('End interview'));
  // Ending asks first; the safe answer has focus, and nothing has ended yet.
  expect(screen.getByRole('group', {name: /End the interview now\?/})).toBeInTheDocument();
  expect(button('Keep going')).toHaveFocus();
  expect(screen.queryByRole('heading', {name: 'Score the interview'})).toBeNull();
  fireEvent.click(button('End and score'));
  expect(screen.getByRole('heading', {name: 'Score the interview'})).toHaveFocus();
  const group = screen.getByRole('group', {name: '2. Model and loss'});
  expect(within(group).getByRole('textbox', {name: 'Notes on Model and loss'})).toHaveValue('Picked pinball loss.');
  fireEvent.click(within(group).getByRole('radio', {name: /^3 Solid/}));
  fireEvent.change(screen.getByRole('textbox', {name: 'Overall summary'}), {target: {value: 'Good pace.'}});
  fireEvent.click(button('Save interview'));

  const saved = saves[saves.length - 1];
  expect(saved.current).toBeNull();
  expect(saved.saved[0]).toMatchObject({
    caseTitle: 'ETA Prediction',
    summary: 'Good pace.',
    totalSeconds: 51 * 60 + 1,
    phases: [
      {name: 'Clarify requirements', spentSeconds: 300, score: null},
      {name: 'Model and loss', spentSeconds: 61, score: 3, notes: 'Picked pinball loss.'},
      {name: 'Wrap-up', spentSeconds: 45 * 60, score: null},
    ],
  });
  expect(screen.getByRole('heading', {name: 'Saved interviews'})).toHaveFocus();
  expect(screen.getByRole('status')).toHaveTextContent('Saved the interview on ETA Prediction.');

  fireEvent.click(screen.getByRole('button', {name: /^Markdown ETA Prediction/}));
  expect(downloads[0].fileName).toMatch(/^mock-interview-eta-\d{4}-\d{2}-\d{2}\.md$/);
  expect(downloads[0].text).toContain('| Model and loss | 30 min | 1 min 1 s | 3 (Solid) |');
  fireEvent.click(button('Export all as JSON'));
  expect(JSON.parse(downloads[1].text).saved).toHaveLength(1);

  fireEvent.click(screen.getByRole('button', {name: /^Reopen ETA Prediction/}));
  expect(screen.getByRole('radio', {name: /^3 Solid/, checked: true})).toBeInTheDocument();
  fireEvent.click(button('Discard interview'));
  fireEvent.click(screen.getByRole('button', {name: /^Delete ETA Prediction/}));
  expect(screen.getByText(/No saved interviews/)).toBeInTheDocument();
});

test('an interview restored from storage resumes at the right time without re-announcing', () => {
  const start = 1_700_000_000_000 - 7 * MINUTE;
  const current = {
    id: 'x',
    caseId: 'case-studies/eta',
    caseTitle: 'ETA Prediction',
    phases: CASES[0].phases.map(({name, minutes}) => ({name, minutes})),
    startedAt: new Date(start).toISOString(),
    timer: {status: 'running' as const, elapsedBefore: 0, runningSince: start, earlyStarts: []},
    notes: ['', '', ''],
    scores: [null, null, null],
    summary: '',
  };
  setup({current, saved: []});
  expect(screen.getByRole('timer').textContent).toContain('Elapsed7:00');
  expect(screen.getByRole('combobox', {name: 'Case study'})).toBeDisabled();
  expect(announcer()).toHaveTextContent('');
});

test('ending asks first: Keep going and Escape cancel and return focus to End interview', () => {
  const {advance} = setup();
  fireEvent.click(button('Start interview'));
  advance(MINUTE);
  fireEvent.click(button('End interview'));
  expect(button('End interview')).toHaveAttribute('aria-expanded', 'true');
  fireEvent.click(button('Keep going'));
  expect(screen.queryByRole('button', {name: 'End and score'})).toBeNull();
  expect(button('End interview')).toHaveFocus();
  fireEvent.click(button('End interview'));
  fireEvent.keyDown(button('Keep going'), {key: 'Escape'});
  expect(screen.queryByRole('button', {name: 'End and score'})).toBeNull();
  expect(button('End interview')).toHaveFocus();
  advance(MINUTE);
  expect(screen.getByRole('timer').textContent).toContain('Elapsed2:00');
});

test('alone: the interviewer card is folded away per phase, and the choice is stored', () => {
  const {advance, saves} = setup();
  const interviewerText = () => screen.getByText('Who uses the ETA?');
  expect(interviewerText()).toBeVisible();
  fireEvent.click(screen.getByRole('radio', {name: /^Alone/}));
  expect(saves[saves.length - 1].solo).toBe(true);
  const reveal = () => screen.getByText(/^Reveal the interviewer’s card for/);
  expect(reveal().closest('details')).not.toHaveAttribute('open');
  // The candidate's card comes first.
  const headings = screen.getAllByRole('heading', {level: 3}).map((h) => h.textContent);
  expect(headings.indexOf('Candidate')).toBeLessThan(headings.indexOf('Interviewer'));
  fireEvent.click(button('Start interview'));
  fireEvent.click(reveal());
  expect(reveal().closest('details')).toHaveAttribute('open');
  advance(5 * MINUTE);
  expect(reveal()).toHaveTextContent('Model and loss');
  expect(reveal().closest('details')).not.toHaveAttribute('open');
  fireEvent.click(screen.getByRole('radio', {name: /^With a partner/}));
  expect(saves[saves.length - 1].solo).toBe(false);
  expect(screen.queryByText(/^Reveal the interviewer’s card/)).toBeNull();
});

test('a running interview shows a compact clock that stays in view', () => {
  const {advance} = setup();
  expect(screen.queryByTestId('timer-strip')).toBeNull();
  fireEvent.click(button('Start interview'));
  advance(MINUTE);
  expect(screen.getByTestId('timer-strip')).toHaveTextContent('1/3 Clarify requirementsPhase 4:00 leftTotal 44:00 left');
  fireEvent.click(button('End interview'));
  fireEvent.click(button('End and score'));
  expect(screen.queryByTestId('timer-strip')).toBeNull();
});
