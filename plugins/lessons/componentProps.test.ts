/** @jest-environment node */
import {ComponentPropsError, extractComponentProps, extractComponentUses} from './componentProps';

const lesson = `---
title: Example
---

Some prose with a <SelfCheckish> word that is not the component.

<FrameworkTimeline
  title="Forty-five minutes"
  phases={[
    {name: 'Clarify', minutes: 5, questions: ['Who uses it?', "What is {out} of scope?"]},
    {name: 'Design', minutes: 40, questions: [\`Where does state live?\`]},
  ]}
/>

<SelfCheck question="Why is accuracy misleading at 1% positives?">
  Because predicting all negatives scores 99%.
</SelfCheck>

\`\`\`mdx
<SelfCheck question="Inside a code block: not read">x</SelfCheck>
\`\`\`

<SelfCheck question='Single quotes work too' open>
answer
</SelfCheck>
`;

describe('extractComponentProps', () => {
  test('reads literal props, in order, skipping code blocks and look-alike tags', () => {
    expect(extractComponentProps(lesson, 'SelfCheck')).toEqual([
      {question: 'Why is accuracy misleading at 1% positives?'},
      {question: 'Single quotes work too', open: true},
    ]);
    expect(extractComponentProps(lesson, 'FrameworkTimeline')).toEqual([
      {
        title: 'Forty-five minutes',
        phases: [
          {name: 'Clarify', minutes: 5, questions: ['Who uses it?', 'What is {out} of scope?']},
          {name: 'Design', minutes: 40, questions: ['Where does state live?']},
        ],
      },
    ]);
  });

  test('negative numbers, null and booleans are literals', () => {
    expect(extractComponentProps('<X a={-3} b={null} c={false} />', 'X')).toEqual([{a: -3, b: null, c: false}]);
  });

  test.each([
    ['a variable', '<X phases={phases} />', /<X> on line 1, prop "phases": "Identifier" is not a literal/],
    ['a spread', '<X a={[...b]} />', /hole or spread/],
    ['a template with a value', '<X a={`n=${n}`} />', /template/],
    ['broken JavaScript', '<X a={[1, } />', /not valid JavaScript/],
    ['an unquoted value', '<X a=3 />', /must be quoted/],
  ])('%s is an error naming the prop', (_, source, message) => {
    expect(() => extractComponentProps(source, 'X')).toThrow(ComponentPropsError);
    expect(() => extractComponentProps(source, 'X')).toThrow(message);
  });

  test('reports the line of the tag', () => {
    expect(() => extractComponentProps('a\n\nb\n<X a={c} />', 'X')).toThrow(/line 4/);
  });
});

describe('extractComponentUses', () => {
  test('gives each use its children source, code blocks included, and none for a self-closing tag', () => {
    const source = '<X a="1">\nText `code`\n\n```\n<X a="2">in code</X>\n```\n</X>\n<X a="3" />';
    expect(extractComponentUses(source, 'X')).toEqual([
      {props: {a: '1'}, children: '\nText `code`\n\n```\n<X a="2">in code</X>\n```\n'},
      {props: {a: '3'}},
    ]);
  });

  test('an unclosed tag is an error naming its line', () => {
    expect(() => extractComponentUses('\n<X a="1">never closed', 'X')).toThrow(/<X> on line 2: the tag is not closed with <\/X>/);
  });
});
