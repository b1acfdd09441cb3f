import React from 'react';
import {fireEvent, render, screen, within} from '@testing-library/react';
import SelfCheckReview, {reviewSummary} from '.';

const data = {
  lessons: [
    {
      id: 'f/a',
      title: 'Lesson A',
      permalink: '/f/a',
      questions: [
        {id: 'f/a#why', question: 'Why?', href: '/f/a#check-why', answer: []},
        {id: 'f/a#how', question: 'How?', href: '/f/a#check-how', answer: []},
      ],
    },
    {id: 'm/b', title: 'Lesson B', permalink: '/m/b', questions: [{id: 'm/b#what', question: 'What?', href: '/m/b#check-what', answer: []}]},
  ],
};

describe('SelfCheckReview', () => {
  test('with no marks: an empty state that says how to add questions, and every question listed', () => {
    render(<SelfCheckReview data={data} marks={{marks: {}, drills: {}}} onMark={jest.fn()} ready />);
    expect(screen.getByRole('status')).toHaveTextContent('No questions marked for review. You knew 0 of 3 questions.');
    expect(screen.getByText(/Nothing to review yet/)).toHaveTextContent('press Review again');
    const every = screen.getByRole('region', {name: 'Every question'});
    expect(within(every).getByRole('link', {name: 'What?'})).toHaveAttribute('href', '/m/b#check-what');
  });

  test('lists the questions marked for review by lesson, linked, and "Knew it now" clears one', () => {
    const onMark = jest.fn();
    render(
      <SelfCheckReview data={data} marks={{marks: {'f/a#how': 'review', 'm/b#what': 'knew', 'gone/x#y': 'review'}, drills: {}}} onMark={onMark} ready />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('1 question to review in 1 lesson. You knew 1 of 3 questions.');
    const toReview = screen.getByRole('region', {name: 'To review'});
    expect(within(toReview).getByRole('heading', {name: 'Lesson A'})).toBeInTheDocument();
    expect(within(toReview).getAllByRole('listitem')).toHaveLength(1);
    expect(within(toReview).getByRole('link', {name: 'How?'})).toHaveAttribute('href', '/f/a#check-how');
    fireEvent.click(within(toReview).getByRole('button', {name: /^Knew it now ?: How\?$/}));
    expect(onMark).toHaveBeenCalledWith('f/a#how', 'knew');
  });

  test('the summary counts only questions the site has', () => {
    expect(reviewSummary(data, {marks: {'f/a#why': 'review', 'f/a#how': 'review', 'm/b#what': 'review'}, drills: {}})).toBe(
      '3 questions to review in 2 lessons. You knew 0 of 3 questions.',
    );
  });
});
