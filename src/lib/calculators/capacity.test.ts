import {
  averageQps,
  capacityReport,
  capacityResults,
  costPerThousandRequests,
  devicesAtFullUse,
  devicesNeeded,
  monthlyCost,
  peakQps,
  requestsPerDay,
  tableBytes,
  workPerSecond,
} from './capacity';

// The estimation lesson's feed example: 100M DAU × 20 requests, peak factor 3, 1,000 candidates
// per request, 500,000 candidates a second per GPU at 60%, $2 per GPU-hour, 100M × 256 fp32 embeddings.
const lesson = {
  dailyUsers: 100_000_000,
  requestsPerUser: 20,
  peakFactor: 3,
  workPerRequest: 1000,
  deviceThroughput: 500_000,
  utilisation: 60,
  entities: 100_000_000,
  valuesPerEntity: 256,
  bytesPerValue: 4,
  pricePerHour: 2,
};

test('one function per formula, on the lesson’s numbers', () => {
  expect(requestsPerDay(100_000_000, 20)).toBe(2e9);
  expect(averageQps(2e9)).toBeCloseTo(23_148.15, 2);
  expect(peakQps(23_148.148, 3)).toBeCloseTo(69_444.4, 1);
  expect(workPerSecond(69_444.444, 1000)).toBeCloseTo(6.944e7, -4);
  expect(devicesAtFullUse(6.9444e7, 500_000)).toBeCloseTo(138.9, 1);
  expect(devicesNeeded(6.9444444e7, 500_000, 0.6)).toBe(232);
  expect(monthlyCost(232, 2)).toBe(338_720);
  expect(costPerThousandRequests(232, 2, 2e9)).toBeCloseTo(0.005568, 6);
  expect(tableBytes(100_000_000, 256, 4)).toBe(102.4e9);
  expect(tableBytes(100_000_000, 256, 2)).toBe(51.2e9);
  expect(tableBytes(300_000_000, 200, 4)).toBe(240e9);
});

test('the lesson’s self-checks', () => {
  // 50M DAU × 10 searches, peak factor 4: about 5,787 average and 23,148 peak QPS.
  const average = averageQps(requestsPerDay(50_000_000, 10));
  expect(Math.round(average)).toBe(5787);
  expect(Math.round(peakQps(average, 4))).toBe(23_148);
  // Peak 20k requests × 500 candidates, 400,000 a second per GPU, 50% target: 50 GPUs.
  expect(devicesNeeded(workPerSecond(20_000, 500), 400_000, 0.5)).toBe(50);
});

test('the whole worked example, and the report shows each step with its numbers', () => {
  const results = capacityResults(lesson);
  expect(results.devices).toBe(232);
  expect(results.perMonth).toBe(338_720);
  const report = capacityReport(lesson, 'GPU');
  if (!report.ok) throw new Error('expected a report');
  const line = (key: string) => report.groups.flatMap((group) => group.lines).find((candidate) => candidate.key === key)!;
  expect(line('average')).toMatchObject({value: '23,148 requests/s', working: '2,000,000,000 ÷ 86,400 ≈ 23,148'});
  expect(line('peak').value).toBe('69,444 requests/s');
  expect(line('fullUse').value).toBe('139');
  expect(line('devices')).toMatchObject({label: 'GPUs needed', value: '232'});
  expect(line('perMonth')).toMatchObject({value: '$338,720', working: '232 × $2.00 × 730 = $338,720'});
  expect(line('perThousand').value).toBe('$0.0056');
  expect(line('bytes').value).toBe('102 GB');
  expect(line('bytes').working).toContain('(95.4 GiB)');
  expect(report.summary).toBe('Peak 69,444 requests a second; 232 GPUs, $338,720 a month; 102 GB of memory.');
});

test('inputs that overflow give a message, not Infinity', () => {
  const report = capacityReport({...lesson, dailyUsers: 1e10, requestsPerUser: 1e5, workPerRequest: 1e7, deviceThroughput: 1e-300});
  expect(report).toEqual({ok: false, errors: {dailyUsers: 'These inputs give a result too large to compute; try smaller numbers.'}});
});
