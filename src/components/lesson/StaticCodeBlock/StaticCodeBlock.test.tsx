import React from 'react';
import {render, screen} from '@testing-library/react';
import StaticCodeBlock from '.';

test('plain text keeps its text, drops the trailing newline and can be focused to scroll', () => {
  render(<StaticCodeBlock>{'F1 = 2PR / (P + R)\n'}</StaticCodeBlock>);
  const code = screen.getByText('F1 = 2PR / (P + R)');
  expect(code.tagName).toBe('CODE');
  expect(code.parentElement).toHaveAttribute('tabindex', '0');
});

test('tokens highlighted at build time are kept as they are, with the language class', () => {
  const {container} = render(
    <StaticCodeBlock className="language-python shiki-highlighted">
      <span className="line">
        <span style={{color: 'red'}}>x</span>
      </span>
      {'\n'}
    </StaticCodeBlock>,
  );
  const code = container.querySelector('pre > code');
  expect(code).toHaveClass('language-python', 'shiki-highlighted');
  expect(code?.querySelector('span.line > span')).toHaveTextContent('x');
});
