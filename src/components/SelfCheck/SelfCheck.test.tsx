import React from 'react';
import {fireEvent, render, screen} from '@testing-library/react';
import SelfCheck from '.';

describe('SelfCheck', () => {
  test('hides the answer until the question is opened', () => {
    const {container} = render(
      <SelfCheck question="Is accuracy enough at 1% positives?">
        <p>No: predicting all negatives scores 99%.</p>
      </SelfCheck>,
    );
    const details = container.querySelector('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    fireEvent.click(screen.getByText('Is accuracy enough at 1% positives?'));
    expect(details.open).toBe(true);
    expect(screen.getByText('No: predicting all negatives scores 99%.')).toBeInTheDocument();
  });

  test('a question without an answer fails clearly', () => {
    jest.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<SelfCheck question="Why?">{null}</SelfCheck>)).toThrow(/"Why\?" needs a worked answer/);
  });
});
