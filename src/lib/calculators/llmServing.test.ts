import {
  concurrencyCap,
  decodeStepSeconds,
  dollarsPerMillionTokens,
  fewestGpus,
  kvBytesPerSequence,
  kvBytesPerToken,
  llmServing,
  llmServingReport,
  prefillFlops,
  prefillSeconds,
  usableBytes,
  weightBytes,
  type LlmInputs,
} from './llmServing';

// The LLM serving lesson's worked example: Llama 3.1 70B in FP8 on two H100s.
const lesson: LlmInputs = {
  parameters: 70.6,
  layers: 80,
  kvHeads: 8,
  headDim: 128,
  weightPrecision: 'fp8',
  kvPrecision: 'bf16',
  promptTokens: 3072,
  outputTokens: 1024,
  contextTokens: 4096,
  concurrentSequences: 48,
  gpus: '2',
  gpuMemory: 80,
  bandwidth: 3.35,
  compute: 1979,
  pricePerGpuHour: 3,
  reserve: 10,
  decodeEfficiency: 60,
  prefillEfficiency: 50,
};

test('one function per formula, on the worked example’s steps', () => {
  const weights = weightBytes(70.6e9, 1);
  expect(weights).toBe(70.6e9);
  expect(kvBytesPerToken(80, 8, 128, 2)).toBe(327_680);
  const perSequence = kvBytesPerSequence(327_680, 4096);
  expect(perSequence / 1e9).toBeCloseTo(1.34, 2);
  const usable = usableBytes(2, 80e9, 0.1);
  expect(usable).toBeCloseTo(144e9, 0);
  expect(concurrencyCap(usable, weights, perSequence)).toBe(54);
  // Step 1: on one H100 only 1.4 GB is left for the cache, about one chat.
  expect(concurrencyCap(usableBytes(1, 80e9, 0.1), weights, perSequence)).toBe(1);
  expect(fewestGpus(weights, 48 * perSequence, 80e9, 0.1)).toBe(2);
  const step = decodeStepSeconds(weights, 48 * perSequence, 6.7e12);
  expect(step * 1000).toBeCloseTo(20.15, 2);
  expect(48 / step).toBeCloseTo(2382, 0);
  expect(prefillFlops(70.6e9, 3072)).toBeCloseTo(4.34e14, -12);
  expect(prefillSeconds(4.3377e14, 2 * 1979e12, 0.5)).toBeCloseTo(0.219, 3);
  expect(dollarsPerMillionTokens(6, 1094.33)).toBeCloseTo(1.523, 3);
});

test('the whole worked example, step by step', () => {
  const s = llmServing(lesson);
  expect(s.weights / 1e9).toBeCloseTo(70.6, 6);
  expect(s.kvRoom / 1e9).toBeCloseTo(73.4, 6);
  expect(s.cap).toBe(54);
  expect(s.fits).toBe(true);
  expect(s.batchKv / 1e9).toBeCloseTo(64.4, 1);
  expect(s.stepBytes / 1e9).toBeCloseTo(135.0, 1);
  expect(s.singleUserStep * 1000).toBeCloseTo(10.7, 1);
  expect(s.tpot * 1000).toBeCloseTo(33.6, 1);
  expect(s.decodeTokensPerSecond).toBeCloseTo(1429, 0);
  expect(s.prefillTime).toBeCloseTo(0.219, 3);
  expect(s.decodeTime).toBeCloseTo(0.7165, 3); // the lesson's 1,024 ÷ 1,430 (rounded) = 0.716
  expect(s.requestTime).toBeCloseTo(0.936, 3);
  expect(s.requestsPerSecond).toBeCloseTo(1.07, 2);
  expect(s.outputTokensPerSecond).toBeCloseTo(1094, 0);
  expect(s.perMillion).toBeCloseTo(1.52, 2);
  expect(s.perRequest).toBeCloseTo(0.0016, 4);
  expect(s.floorPerMillion).toBeCloseTo(1.17, 2);
  expect(s.requestsPerSecond * s.prefillTime).toBeCloseTo(0.23, 2);
  expect(s.averageGap * 1000).toBeCloseTo(44, 0);
  // Prompt tokens alone: 1.979 × 10^15 ÷ (2 × 70.6B) ≈ 14,000 tokens/s → $0.12 per 1M input tokens.
  expect(s.promptTokensPerSecond).toBeCloseTo(14_016, 0);
  expect(s.perMillionInput).toBeCloseTo(0.12, 2);
});

test.each([
  // "Batching is the cost lever": sequences, TPOT ms, tokens/s per user between prefills and with
  // prefill stalls, output tokens/s, $ per 1M output tokens.
  [1, 17.9, 56, 55, 55, 30.18],
  [8, 20.2, 49, 46, 365, 4.57],
  [16, 22.9, 44, 38, 608, 2.74],
  [32, 28.2, 35, 28, 912, 1.83],
  [48, 33.6, 30, 23, 1094, 1.52],
])('the same pair at a batch of %d', (sequences, tpotMs, perUser, perUserWithStalls, outputPerSecond, dollars) => {
  const s = llmServing({...lesson, concurrentSequences: sequences});
  expect(Number((s.tpot * 1000).toFixed(1))).toBe(tpotMs);
  expect(Math.round(1 / s.tpot)).toBe(perUser);
  expect(Math.round(1 / s.averageGap)).toBe(perUserWithStalls);
  expect(Math.round(s.outputTokensPerSecond)).toBe(outputPerSecond);
  expect(Number(s.perMillion.toFixed(2))).toBe(dollars);
});

test.each([
  // The quantization table: deployment, cap, TPOT ms, output tokens/s, $ per 1M output tokens.
  ['2 × H100, FP8 cache', {kvPrecision: 'fp8', concurrentSequences: 96}, 109, 33.6, 1773, 0.94],
  ['4 × H100', {gpus: '4', concurrentSequences: 144}, 161, 32.8, 2986, 1.12],
  ['1 × H100, INT4 AWQ, FP8 cache', {gpus: '1', weightPrecision: 'int4', kvPrecision: 'fp8', concurrentSequences: 40, compute: 989}, 53, 31.5, 609, 1.37],
  ['1 × B200, FP8, FP8 cache', {gpus: '1', kvPrecision: 'fp8', concurrentSequences: 120, gpuMemory: 180, bandwidth: 8, compute: 4500, pricePerGpuHour: 6}, 136, 31.5, 2219, 0.75],
  ['1 × B200, NVFP4, FP8 cache', {gpus: '1', weightPrecision: 'nvfp4', kvPrecision: 'fp8', concurrentSequences: 160, gpuMemory: 180, bandwidth: 8, compute: 9000, pricePerGpuHour: 6}, 182, 30.6, 3501, 0.48],
] as const)('the quantization table: %s', (_, change, cap, tpotMs, outputPerSecond, dollars) => {
  const s = llmServing({...lesson, ...change} as LlmInputs);
  expect(s.cap).toBe(cap);
  expect(Number((s.tpot * 1000).toFixed(1))).toBe(tpotMs);
  expect(Math.round(s.outputTokensPerSecond)).toBe(outputPerSecond);
  expect(Number(s.perMillion.toFixed(2))).toBe(dollars);
});

test('the routing section: Llama 3.1 8B on one H100 costs about $0.30 per million output tokens', () => {
  const s = llmServing({...lesson, parameters: 8.03, layers: 32, gpus: '1', concurrentSequences: 104});
  expect(s.cap).toBe(119);
  expect(s.tpot * 1000).toBeCloseTo(31.8, 1);
  expect(Math.round(s.outputTokensPerSecond)).toBe(2823);
  expect(s.perMillion).toBeCloseTo(0.3, 2);
});

test('"fewest that fit" picks the smallest tensor-parallel group that holds the batch', () => {
  expect(llmServing({...lesson, gpus: 'fewest'}).gpus).toBe(2);
  expect(llmServing({...lesson, gpus: 'fewest', concurrentSequences: 100}).gpus).toBe(4);
  expect(llmServing({...lesson, gpus: 'fewest', concurrentSequences: 1}).gpus).toBe(1);
});

const linesOf = (inputs: LlmInputs) => {
  const report = llmServingReport(inputs);
  if (!report.ok) throw new Error(JSON.stringify(report.errors));
  return Object.fromEntries(report.groups.flatMap((group) => group.lines).map((line) => [line.key, line]));
};

test('the report shows each step with the worked example’s numbers', () => {
  const line = linesOf(lesson);
  expect(line.weights.working).toBe('70.6B × 1 B = 70.6 GB (35.3 GB per GPU)');
  expect(line.kvPerToken.working).toBe('2 × 80 × 8 × 128 × 2 B = 327,680 B ≈ 0.328 MB');
  expect(line.kvPerSequence.value).toBe('1.34 GB');
  expect(line.gpusNeeded.value).toBe('2');
  expect(line.cap.working).toBe('(144 GB − 70.6 GB) ÷ 1.34 GB = 54.7 → 54; the batch of 48 holds 64.4 GB');
  expect(line.idealStep.working).toBe('(70.6 GB + 64.4 GB) ÷ 6.7 TB/s = 20.2 ms');
  expect(line.tpot.value).toBe('33.6 ms');
  expect(line.prefill.value).toBe('0.219 s');
  expect(line.requestsPerSecond.value).toBe('1.07');
  expect(line.outputTokensPerSecond.value).toBe('1,094 tokens/s');
  expect(line.perMillion.value).toBe('$1.52');
  expect(line.floor.value).toBe('$1.17');
  expect(line.perRequest.value).toBe('$0.0016');
  expect(line.perMillionInput.value).toBe('$0.12');
});

test('a batch over the cap, or weights too big for the GPUs, is refused on the field at fault', () => {
  expect(llmServingReport({...lesson, concurrentSequences: 60})).toEqual({
    ok: false,
    errors: {concurrentSequences: 'Only 54 sequences of 4,096 tokens fit on 2 GPUs; lower this or add GPUs.'},
  });
  expect(llmServingReport({...lesson, gpus: '1', weightPrecision: 'bf16'})).toMatchObject({ok: false, errors: {gpus: expect.stringContaining('141 GB')}});
  expect(llmServingReport({...lesson, gpus: 'fewest', parameters: 1000, weightPrecision: 'bf16'})).toMatchObject({ok: false, errors: {parameters: expect.any(String)}});
  expect(llmServingReport({...lesson, gpus: 'fewest', concurrentSequences: 5000})).toMatchObject({ok: false, errors: {concurrentSequences: expect.any(String)}});
});
