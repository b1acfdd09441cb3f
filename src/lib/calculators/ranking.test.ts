import {averagePrecisionAt, dcgAt, idcgAt, idealOrder, meanAveragePrecision, meanReciprocalRank, ndcgAt, rankingReport, reciprocalRank} from './ranking';

// The metrics lesson's query: six judged documents graded 3, 2, 3, 0, 1, 2 in the model's order.
const grades = [3, 2, 3, 0, 1, 2];

test('NDCG@5 with exponential gain: DCG 12.780, IDCG 14.595, NDCG 0.876', () => {
  expect(dcgAt(grades, 5, 'exponential')).toBeCloseTo(12.78, 3);
  expect(idealOrder(grades)).toEqual([3, 3, 2, 2, 1, 0]);
  expect(idcgAt(grades, 5, 'exponential')).toBeCloseTo(14.595, 3);
  expect(ndcgAt(grades, 5, 'exponential')).toBeCloseTo(0.876, 3);
});

test('the self-check: swapping positions 2 and 3 raises NDCG@5 to 0.911', () => {
  expect(ndcgAt([3, 3, 2, 0, 1, 2], 5, 'exponential')).toBeCloseTo(0.911, 3);
});

test('linear gain gives different numbers, as the lesson warns', () => {
  expect(dcgAt(grades, 5, 'linear')).toBeCloseTo(3 + 2 / Math.log2(3) + 1.5 + 1 / Math.log2(6), 12);
  expect(ndcgAt(grades, 5, 'linear')).not.toBeCloseTo(0.876, 2);
  expect(ndcgAt([0, 0], 2, 'exponential')).toBeUndefined();
});

test('the lesson’s MRR example: ranks 1, 3 and none → 0.444', () => {
  const rr = [reciprocalRank([true], 10), reciprocalRank([false, false, true], 10), reciprocalRank(Array(12).fill(false), 10)];
  expect(rr[1]).toBeCloseTo(1 / 3, 12);
  expect(meanReciprocalRank(rr)).toBeCloseTo(0.444, 3);
  // A relevant result below k does not count.
  expect(reciprocalRank([false, false, true], 2)).toBe(0);
});

test('the lesson’s MAP example: AP 0.806 and 0.300, MAP 0.553', () => {
  const queryA = averagePrecisionAt([true, false, true, true], 10);
  const queryB = averagePrecisionAt([false, true, false, false, true], 10, 3);
  expect(queryA).toBeCloseTo(0.806, 3);
  expect(queryB).toBeCloseTo(0.3, 12);
  expect(meanAveragePrecision([queryA!, queryB!])).toBeCloseTo(0.553, 3);
  expect(averagePrecisionAt([false, false], 2)).toBeUndefined();
});

const values = {k: 5, gain: 'exponential', relevantFrom: 1, grade1: 3, grade2: 2, grade3: 3, grade4: 0, grade5: 1, grade6: 2};

test('the report shows each term', () => {
  const report = rankingReport(values, 6);
  if (!report.ok) throw new Error(JSON.stringify(report.errors));
  const line = Object.fromEntries(report.groups.flatMap((group) => group.lines).map((candidate) => [candidate.key, candidate]));
  expect(line.dcg).toMatchObject({label: 'DCG@5', value: '12.780', working: '7/1 + 3/1.585 + 7/2 + 0/2.322 + 1/2.585 = 12.780'});
  expect(line.idcg.working).toBe('ideal order 3, 3, 2, 2, 1, 0: 7/1 + 7/1.585 + 3/2 + 3/2.322 + 1/2.585 = 14.595');
  expect(line.ndcg.value).toBe('0.876');
  expect(line.rr.working).toBe('first relevant at rank 1 → 1/1 = 1.000');
  expect(line.ap.working).toBe('(1/1 + 2/2 + 3/3 + 4/5) ÷ 5 = 0.760');
  expect(rankingReport({...values, relevantFrom: 3}, 6).ok && rankingReport({...values, relevantFrom: 3}, 6)).toMatchObject({
    summary: 'NDCG@5 0.876, reciprocal rank 1.000, AP@5 0.833.',
  });
});

test('a list with no gain at all is refused, and nothing relevant reads "undefined"', () => {
  expect(rankingReport({...values, grade1: 0, grade2: 0, grade3: 0, grade5: 0, grade6: 0}, 6)).toEqual({
    ok: false,
    errors: {grade1: 'Give at least one result a grade above 0.'},
  });
  const report = rankingReport({...values, relevantFrom: 4}, 6);
  expect(report.ok && report.summary).toBe('NDCG@5 0.876, reciprocal rank 0.000, AP@5 undefined.');
});
