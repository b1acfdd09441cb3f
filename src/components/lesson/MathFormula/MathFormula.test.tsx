import React from 'react';
import {render} from '@testing-library/react';
import type {MathElement} from '../../../../plugins/math/mathml';
import MathFormula, {styleObject} from '.';

const MATHML = 'http://www.w3.org/1998/Math/MathML';
const fraction: MathElement = {
  tag: 'math',
  attributes: {displaystyle: 'true'},
  children: [
    {
      tag: 'semantics',
      attributes: {},
      children: [
        {tag: 'mfrac', attributes: {}, children: [{tag: 'mi', attributes: {}, children: ['TP']}, {tag: 'mi', attributes: {mathvariant: 'normal'}, children: ['N']}]},
        {tag: 'annotation', attributes: {encoding: 'application/x-tex'}, children: ['\\frac{TP}{N}']},
      ],
    },
  ],
};

test('renders the tree as MathML elements, in the MathML namespace, with their attributes', () => {
  const {container} = render(<MathFormula math={fraction} />);
  const math = container.querySelector('math')!;
  expect(math.namespaceURI).toBe(MATHML);
  expect(math.getAttribute('displaystyle')).toBe('true');
  expect(math.querySelector('mfrac')!.namespaceURI).toBe(MATHML);
  expect(math.querySelector('mi[mathvariant="normal"]')!.textContent).toBe('N');
  expect(math.querySelector('annotation')!.getAttribute('encoding')).toBe('application/x-tex');
  expect(container.innerHTML).toBe(
    '<math displaystyle="true"><semantics><mfrac><mi>TP</mi><mi mathvariant="normal">N</mi></mfrac><annotation encoding="application/x-tex">\\frac{TP}{N}</annotation></semantics></math>',
  );
});

test('script, event handlers, links and markup in text never reach the page', () => {
  const hostile = {
    tag: 'math',
    attributes: {onclick: 'alert(1)', href: 'javascript:alert(1)', display: 'block'},
    children: [
      {tag: 'script', attributes: {}, children: ['alert(1)']},
      {tag: 'mi', attributes: {onmouseover: 'alert(1)', style: 'background:url(https://example.com/x)'}, children: ['<img src=x onerror=alert(1)>']},
      {tag: 'img', attributes: {src: 'x', onerror: 'alert(1)'}, children: []},
    ],
  } as MathElement;
  const {container} = render(<MathFormula math={hostile} />);
  expect(container.innerHTML).toBe('<math display="block"><mi>&lt;img src=x onerror=alert(1)&gt;</mi></math>');
  expect(render(<MathFormula math={{tag: 'div', attributes: {}, children: ['x']}} />).container.innerHTML).toBe('');
});

test('plain inline styles become style objects', () => {
  expect(styleObject('padding-left:0em;padding-right:0.2em;')).toEqual({paddingLeft: '0em', paddingRight: '0.2em'});
  expect(styleObject('background:url(x)')).toEqual({});
});
