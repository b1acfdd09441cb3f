import React from 'react';
import {render, screen} from '@testing-library/react';
import PlainCodeBlock, {isPlainText} from '.';

describe('isPlainText', () => {
  test.each([
    [{className: 'language-text', children: 'a = 1\n'}, true],
    [{children: 'no language at all'}, true],
    [{className: 'language-TXT', children: 'x'}, true],
    [{className: 'language-python', children: 'x = 1'}, false],
    [{language: 'bash', children: 'ls'}, false],
    [{className: 'language-text', title: 'calc.txt', children: 'x'}, false],
    [{className: 'language-text', showLineNumbers: true, children: 'x'}, false],
    [{className: 'language-text', metastring: '{2}', children: 'x'}, false],
    [{className: 'language-text', children: <span>element</span>}, false],
  ])('%j -> %s', (props, expected) => {
    expect(isPlainText(props)).toBe(expected);
  });
});

describe('PlainCodeBlock', () => {
  test('keeps the text, drops the trailing newline and can be focused to scroll', () => {
    render(<PlainCodeBlock>{'F1 = 2PR / (P + R)\n'}</PlainCodeBlock>);
    const code = screen.getByText('F1 = 2PR / (P + R)');
    expect(code.tagName).toBe('CODE');
    expect(code.parentElement).toHaveAttribute('tabindex', '0');
  });
});
