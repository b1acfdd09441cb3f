/** @jest-environment node */
import {selfCheckIdsOf} from './selfChecks';

describe('selfCheckIdsOf', () => {
  test('reads each question once, in page order, skipping code blocks and empty questions', () => {
    const source = [
      '<SelfCheck question="Why is accuracy misleading?">\nBecause.\n</SelfCheck>',
      '```mdx\n<SelfCheck question="In a code block">no</SelfCheck>\n```',
      '<SelfCheck question={"What is NDCG@10?"}>x</SelfCheck>',
      '<SelfCheck question="">empty</SelfCheck>',
      '<SelfCheck question="Why is accuracy misleading?">twin</SelfCheck>',
    ].join('\n\n');
    expect(selfCheckIdsOf('f/one', source)).toEqual(['f/one#why-is-accuracy-misleading', 'f/one#what-is-ndcg-10']);
    expect(selfCheckIdsOf('f/two', 'No questions.')).toEqual([]);
  });
});
