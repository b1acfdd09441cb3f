import {parseAnswer, parseInline} from './answerText';

describe('self-check answers as plain data', () => {
  test('inline code, bold, italic and links (as their text); other characters stay literal', () => {
    expect(parseInline('Posterior = `Beta(2, 68)`, **not** *wide* [see](/x#y) a < b * c')).toEqual([
      {kind: 'text', text: 'Posterior = '},
      {kind: 'code', text: 'Beta(2, 68)'},
      {kind: 'text', text: ', '},
      {kind: 'strong', text: 'not'},
      {kind: 'text', text: ' '},
      {kind: 'em', text: 'wide'},
      {kind: 'text', text: ' see a < b * c'},
    ]);
    expect(parseInline('<b>no html</b>')).toEqual([{kind: 'text', text: '<b>no html</b>'}]);
  });

  test('paragraphs, fenced code, and lists whose items wrap over lines', () => {
    const source = [
      '',
      'First line',
      'continues here.',
      '',
      '```text',
      'DCG  = 0/1 + 3/log2(3)',
      '  indented',
      '```',
      '',
      '1. **Leakage**: the offline set',
      '   used future data.',
      '2. Skew.',
      '',
      '- a',
      '- b',
      '',
    ].join('\n');
    expect(parseAnswer(source)).toEqual([
      {kind: 'p', inline: [{kind: 'text', text: 'First line continues here.'}]},
      {kind: 'pre', text: 'DCG  = 0/1 + 3/log2(3)\n  indented'},
      {
        kind: 'ol',
        items: [
          [
            {kind: 'strong', text: 'Leakage'},
            {kind: 'text', text: ': the offline set used future data.'},
          ],
          [{kind: 'text', text: 'Skew.'}],
        ],
      },
      {kind: 'ul', items: [[{kind: 'text', text: 'a'}], [{kind: 'text', text: 'b'}]]},
    ]);
  });
});
