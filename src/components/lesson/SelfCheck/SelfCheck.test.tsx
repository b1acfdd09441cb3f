import React from 'react';
import {fireEvent, render, screen} from '@testing-library/react';
import SelfCheckCard from './SelfCheckCard';

describe('SelfCheckCard', () => {
  test('hides the answer until the question is opened, and carries its anchor', () => {
    const {container} = render(
      <SelfCheckCard question="Is accuracy enough at 1% positives?" anchor="check-is-accuracy-enough-at-1-positives">
        <p>No: predicting all negatives scores 99%.</p>
      </SelfCheckCard>,
    );
    const details = container.querySelector('details') as HTMLDetailsElement;
    expect(details.id).toBe('check-is-accuracy-enough-at-1-positives');
    expect(details.open).toBe(false);
    fireEvent.click(screen.getByText('Is accuracy enough at 1% positives?'));
    expect(details.open).toBe(true);
    expect(screen.getByText('No: predicting all negatives scores 99%.')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });

  test('a question without an answer fails clearly', () => {
    jest.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<SelfCheckCard question="Why?" anchor="check-why">{null}</SelfCheckCard>)).toThrow(
      /"Why\?" needs a worked answer/,
    );
  });

  test('the mark toggles show the saved mark, and pressing one sets or clears it', () => {
    const onMark = jest.fn();
    const {rerender} = render(
      <SelfCheckCard question="Why?" anchor="check-why" mark={null} onMark={onMark}>
        <p>Because.</p>
      </SelfCheckCard>,
    );
    const knew = screen.getByRole('button', {name: 'Knew it', hidden: true});
    const review = screen.getByRole('button', {name: 'Review again', hidden: true});
    expect(knew).toHaveAttribute('aria-pressed', 'false');
    fireEvent.click(review);
    expect(onMark).toHaveBeenLastCalledWith('review');
    rerender(
      <SelfCheckCard question="Why?" anchor="check-why" mark="review" onMark={onMark} message="Not saved: full">
        <p>Because.</p>
      </SelfCheckCard>,
    );
    expect(review).toHaveAttribute('aria-pressed', 'true');
    expect(knew).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('alert', {hidden: true})).toHaveTextContent('Not saved: full');
    fireEvent.click(review);
    expect(onMark).toHaveBeenLastCalledWith(null);
    fireEvent.click(knew);
    expect(onMark).toHaveBeenLastCalledWith('knew');
  });
});
