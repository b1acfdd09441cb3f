/** @jest-environment node */
import {capacityResults, type CapacityInputs} from '../../../../lib/calculators/capacity';
import {expectAgreement, lessonSource, numberIn, onlyPropsOf, stated} from '../../../../test/lessonNumbers';
import {capacityCalculatorProblems, type CapacityCalculatorProps} from './Calculator';

// The estimation lesson's calculator starts from its feed example; the prose and the calculator
// must give the same numbers, so neither can drift from the other.
const source = lessonSource('foundations/estimation')!;
const props = onlyPropsOf(source, 'CapacityCalculator') as CapacityCalculatorProps;
const r = capacityResults(props as CapacityInputs);

test('the lesson passes valid props', () => {
  expect(capacityCalculatorProblems(props)).toEqual([]);
});

test('the props are the assumptions the prose states', () => {
  const [users, requests] = stated(source, /Requests per day = ([\d,]+) users × ([\d,]+) requests/);
  expect(props.dailyUsers).toBe(numberIn(users));
  expect(props.requestsPerUser).toBe(numberIn(requests));
  expect(props.peakFactor).toBe(numberIn(stated(source, /Assume peak factor = (\d+)/)[0]));
  expect(props.workPerRequest).toBe(numberIn(stated(source, /Peak:\s+[\d,]+ requests\/s × ([\d,]+) candidates/)[0]));
  expect(props.deviceThroughput).toBe(numberIn(stated(source, /one GPU scores \*\*([\d,]+)\s+candidates per second\*\*/)[0]));
  expect(props.utilisation).toBe(numberIn(stated(source, /At (\d+)% target:/)[0]));
  expect(props.pricePerHour).toBe(numberIn(stated(source, /Ranking fleet:\s+\d+ GPUs × \$(\d+) per hour/)[0]));
  const [items, dims, bytes] = stated(source, /fp32: ([\d,]+) × (\d+) × (\d) bytes/);
  expect([props.entities, props.valuesPerEntity, props.bytesPerValue]).toEqual([items, dims, bytes].map(numberIn));
});

test('every number the worked example states is what the calculator computes', () => {
  expect(r.requestsADay).toBe(numberIn(stated(source, /Requests per day = [\d,]+ users × [\d,]+ requests = ([\d,]+)/)[0]));
  expectAgreement('average QPS', stated(source, /Average QPS\s+= 2 × 10\^9 \/ 86,400 s ≈ ([\d,]+)/)[0], r.average);
  expectAgreement('peak QPS', stated(source, /Peak QPS = [\d,]+ × \d+ ≈ ([\d,]+)/)[0], r.peak);
  expectAgreement('peak scores a second', stated(source, /Peak:\s+[\d,]+ requests\/s × [\d,]+ candidates ≈ (\d+M) scores/)[0], r.peakWork);
  expectAgreement('GPUs at 100%', stated(source, /At 100% utilisation: .* ≈ (\d+) GPUs/)[0], r.fullUse);
  expect(r.devices).toBe(numberIn(stated(source, /At \d+% target:\s+\d+ \/ 0\.\d ≈ (\d+) GPUs/)[0]));
  expectAgreement('cost a month', stated(source, /× 730 hours ≈ (\$[\d,]+) a month/)[0], r.perMonth);
  expectAgreement('cost per 1,000 requests', stated(source, /≈ (\$[\d.]+) per 1,000 requests/)[0], r.perThousand);
  expectAgreement('fp32 table', stated(source, /fp32: [\d,]+ × \d+ × \d bytes = ([\d.]+) × 10\^9 bytes/)[0], r.bytes / 1e9);
});
