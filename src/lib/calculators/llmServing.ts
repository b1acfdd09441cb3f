import {describeNumber, type Field, type Values} from './fields';
import {formatCount, formatGigabytes, formatMilliseconds, formatMoney, formatNumber, formatPercent} from './format';
import {floorWhole} from './math';
import {complete, refuse, type Report} from './report';

/**
 * One LLM serving replica, sized as the LLM serving lesson's worked example does
 * (/generative-ai/llm-serving): weights and KV cache in memory, the concurrency cap, a decode step
 * bounded by memory bandwidth, prefill bounded by compute, and dollars per million output tokens.
 * Gigabytes are decimal (10^9 bytes), as spec sheets and the lesson count them.
 */

/** Bytes per weight or cache value of each precision; 4-bit formats carry their block scales. */
export const PRECISIONS = {
  bf16: {label: 'BF16 / FP16 (2 bytes)', bytes: 2},
  fp8: {label: 'FP8 / INT8 (1 byte)', bytes: 1},
  nvfp4: {label: 'NVFP4 (4.5 bits)', bytes: 4.5 / 8},
  mxfp4: {label: 'MXFP4 (4.25 bits)', bytes: 4.25 / 8},
  int4: {label: 'INT4 AWQ/GPTQ (4.125 bits)', bytes: 4.125 / 8},
} as const;
export type Precision = keyof typeof PRECISIONS;
export const KV_PRECISIONS: readonly Precision[] = ['bf16', 'fp8'];

/** Tensor-parallel group sizes offered; "fewest" picks the smallest that holds weights and batch. */
export const GPU_CHOICES = ['fewest', '1', '2', '4', '8'] as const;
export const TENSOR_PARALLEL_SIZES = [1, 2, 4, 8] as const;

export const weightBytes = (parameters: number, bytesPerParameter: number): number => parameters * bytesPerParameter;
/** KV cache per token = 2 (K and V) × layers × KV heads × head dim × bytes per value. */
export const kvBytesPerToken = (layers: number, kvHeads: number, headDim: number, bytesPerValue: number): number =>
  2 * layers * kvHeads * headDim * bytesPerValue;
export const kvBytesPerSequence = (perToken: number, contextTokens: number): number => perToken * contextTokens;
/** Memory the engine may use: GPUs × memory × (1 − reserve for activations and buffers). */
export const usableBytes = (gpus: number, memoryBytes: number, reserve: number): number => gpus * memoryBytes * (1 - reserve);
/** Sequences whose cache fits beside the weights, rounded down. */
export const concurrencyCap = (usable: number, weights: number, perSequence: number): number =>
  Math.max(0, floorWhole((usable - weights) / perSequence));
/** The smallest tensor-parallel group whose usable memory holds the weights and the batch's cache. */
export function fewestGpus(weights: number, batchKv: number, memoryBytes: number, reserve: number): number | undefined {
  return TENSOR_PARALLEL_SIZES.find((gpus) => usableBytes(gpus, memoryBytes, reserve) >= weights + batchKv);
}
/** One decode step reads every weight and every sequence's cache: bytes ÷ bandwidth (seconds). */
export const decodeStepSeconds = (weights: number, batchKv: number, bandwidth: number): number => (weights + batchKv) / bandwidth;
/** Prefill compute = 2 × parameters × prompt tokens (FLOPs), at an achieved rate. */
export const prefillFlops = (parameters: number, promptTokens: number): number => 2 * parameters * promptTokens;
export const prefillSeconds = (flops: number, peakFlops: number, efficiency: number): number => flops / (peakFlops * efficiency);
/** Dollars per million output tokens at a throughput (tokens a second) and a price per hour. */
export const dollarsPerMillionTokens = (pricePerHour: number, tokensPerSecond: number): number => (pricePerHour / (tokensPerSecond * 3600)) * 1e6;

export const LLM_FIELDS: readonly Field[] = [
  {kind: 'number', key: 'parameters', label: 'Parameters', unit: 'billion', rule: {min: 0, minInclusive: false, max: 1e5}},
  {kind: 'number', key: 'layers', label: 'Layers', rule: {min: 1, max: 1000, integer: true}},
  {kind: 'number', key: 'kvHeads', label: 'KV heads', hint: 'not query heads: 8 for Llama 3.1 with GQA', rule: {min: 1, max: 1024, integer: true}},
  {kind: 'number', key: 'headDim', label: 'Head dimension', rule: {min: 1, max: 4096, integer: true}},
  {kind: 'choice', key: 'weightPrecision', label: 'Weight precision', options: Object.entries(PRECISIONS).map(([value, {label}]) => ({value, label}))},
  {kind: 'choice', key: 'kvPrecision', label: 'KV cache precision', options: KV_PRECISIONS.map((value) => ({value, label: PRECISIONS[value].label}))},
  {kind: 'number', key: 'promptTokens', label: 'Prompt tokens per request', rule: {min: 1, max: 1e7, integer: true}},
  {kind: 'number', key: 'outputTokens', label: 'Output tokens per request', rule: {min: 1, max: 1e7, integer: true}},
  {kind: 'number', key: 'contextTokens', label: 'Context held per sequence', unit: 'tokens', hint: 'prompt + output, or the average in flight', rule: {min: 1, max: 1e7, integer: true}},
  {kind: 'number', key: 'concurrentSequences', label: 'Concurrent sequences', hint: 'the batch; keep it under the cap', rule: {min: 1, max: 1e5, integer: true}},
  {
    kind: 'choice',
    key: 'gpus',
    label: 'GPUs (tensor parallel)',
    options: GPU_CHOICES.map((value) => ({value, label: value === 'fewest' ? 'fewest that fit' : value})),
  },
  {kind: 'number', key: 'gpuMemory', label: 'GPU memory', unit: 'GB each', rule: {min: 0, minInclusive: false, max: 1e4}},
  {kind: 'number', key: 'bandwidth', label: 'Memory bandwidth', unit: 'TB/s each', rule: {min: 0, minInclusive: false, max: 1e3}},
  {kind: 'number', key: 'compute', label: 'Dense compute at the weight precision', unit: 'TFLOP/s each', rule: {min: 0, minInclusive: false, max: 1e6}},
  {kind: 'number', key: 'pricePerGpuHour', label: 'Price per GPU-hour', unit: '$', rule: {min: 0, max: 1e4}},
  {kind: 'number', key: 'reserve', label: 'Memory reserved', unit: '%', hint: 'activations, CUDA graphs, buffers', rule: {min: 0, max: 100, maxInclusive: false}},
  {kind: 'number', key: 'decodeEfficiency', label: 'Decode efficiency', unit: '% of the bandwidth bound', rule: {min: 0, minInclusive: false, max: 100}},
  {kind: 'number', key: 'prefillEfficiency', label: 'Prefill efficiency', unit: '% of peak FLOP/s', rule: {min: 0, minInclusive: false, max: 100}},
];

export const LLM_GROUPS = [
  {legend: 'Model', keys: ['parameters', 'layers', 'kvHeads', 'headDim', 'weightPrecision', 'kvPrecision']},
  {legend: 'Workload', keys: ['promptTokens', 'outputTokens', 'contextTokens', 'concurrentSequences']},
  {legend: 'Hardware and price', keys: ['gpus', 'gpuMemory', 'bandwidth', 'compute', 'pricePerGpuHour']},
  {legend: 'Assumptions', keys: ['reserve', 'decodeEfficiency', 'prefillEfficiency']},
] as const;

/** The inputs in the lesson's units: billions of parameters, GB, TB/s, TFLOP/s and percentages. */
export type LlmInputs = {
  parameters: number;
  layers: number;
  kvHeads: number;
  headDim: number;
  weightPrecision: Precision;
  kvPrecision: Precision;
  promptTokens: number;
  outputTokens: number;
  contextTokens: number;
  concurrentSequences: number;
  gpus: (typeof GPU_CHOICES)[number];
  gpuMemory: number;
  bandwidth: number;
  compute: number;
  pricePerGpuHour: number;
  reserve: number;
  decodeEfficiency: number;
  prefillEfficiency: number;
};

export type LlmServing = {
  weights: number;
  kvPerToken: number;
  kvPerSequence: number;
  batchKv: number;
  fewest: number | undefined;
  gpus: number;
  usable: number;
  kvRoom: number;
  cap: number;
  stepBytes: number;
  bandwidth: number;
  idealStep: number;
  idealTokensPerSecond: number;
  singleUserStep: number;
  tpot: number;
  decodeTokensPerSecond: number;
  prefillFlops: number;
  prefillTime: number;
  decodeTime: number;
  requestTime: number;
  requestsPerSecond: number;
  outputTokensPerSecond: number;
  pricePerHour: number;
  perMillion: number;
  floorPerMillion: number;
  perRequest: number;
  averageGap: number;
  promptTokensPerSecond: number;
  perMillionInput: number;
};

/**
 * The worked example's steps for one replica. `gpus` is the chosen group, or the fewest that fit;
 * callers check `fits` (the batch's cache within the cap) before trusting the speeds.
 */
export function llmServing(inputs: LlmInputs): LlmServing & {fits: boolean} {
  const parameters = inputs.parameters * 1e9;
  const memory = inputs.gpuMemory * 1e9;
  const reserve = inputs.reserve / 100;
  const weights = weightBytes(parameters, PRECISIONS[inputs.weightPrecision].bytes);
  const kvPerToken = kvBytesPerToken(inputs.layers, inputs.kvHeads, inputs.headDim, PRECISIONS[inputs.kvPrecision].bytes);
  const kvPerSequence = kvBytesPerSequence(kvPerToken, inputs.contextTokens);
  const batchKv = inputs.concurrentSequences * kvPerSequence;
  const fewest = fewestGpus(weights, batchKv, memory, reserve);
  const gpus = inputs.gpus === 'fewest' ? (fewest ?? 8) : Number(inputs.gpus);
  const usable = usableBytes(gpus, memory, reserve);
  const cap = concurrencyCap(usable, weights, kvPerSequence);
  const bandwidth = gpus * inputs.bandwidth * 1e12;
  const idealStep = decodeStepSeconds(weights, batchKv, bandwidth);
  const tpot = idealStep / (inputs.decodeEfficiency / 100);
  const decodeTokensPerSecond = inputs.concurrentSequences / tpot;
  const flops = prefillFlops(parameters, inputs.promptTokens);
  const prefillTime = prefillSeconds(flops, gpus * inputs.compute * 1e12, inputs.prefillEfficiency / 100);
  const decodeTime = inputs.outputTokens / decodeTokensPerSecond;
  const requestTime = prefillTime + decodeTime;
  const requestsPerSecond = 1 / requestTime;
  const outputTokensPerSecond = requestsPerSecond * inputs.outputTokens;
  const pricePerHour = gpus * inputs.pricePerGpuHour;
  // Prompt tokens alone: the replica's effective compute over 2 FLOPs per parameter per token.
  const promptTokensPerSecond = (gpus * inputs.compute * 1e12 * (inputs.prefillEfficiency / 100)) / (2 * parameters);
  return {
    weights,
    kvPerToken,
    kvPerSequence,
    batchKv,
    fewest,
    gpus,
    usable,
    kvRoom: usable - weights,
    cap,
    fits: inputs.concurrentSequences <= cap,
    stepBytes: weights + batchKv,
    bandwidth,
    idealStep,
    idealTokensPerSecond: inputs.concurrentSequences / idealStep,
    singleUserStep: decodeStepSeconds(weights, kvPerSequence, bandwidth),
    tpot,
    decodeTokensPerSecond,
    prefillFlops: flops,
    prefillTime,
    decodeTime,
    requestTime,
    requestsPerSecond,
    outputTokensPerSecond,
    pricePerHour,
    perMillion: dollarsPerMillionTokens(pricePerHour, outputTokensPerSecond),
    floorPerMillion: dollarsPerMillionTokens(pricePerHour, decodeTokensPerSecond),
    perRequest: (pricePerHour * requestTime) / 3600,
    // Prefill takes a share of the replica's time; decode steps share what is left.
    averageGap: tpot / (1 - requestsPerSecond * prefillTime),
    promptTokensPerSecond,
    perMillionInput: dollarsPerMillionTokens(pricePerHour, promptTokensPerSecond),
  };
}

const tokensPerSecond = (value: number) => `${formatNumber(value)} tokens/s`;

export function llmServingReport(values: Values): Report {
  const inputs = values as unknown as LlmInputs;
  const s = llmServing(inputs);
  const n = describeNumber;
  if (s.fewest === undefined && inputs.gpus === 'fewest') {
    const field = s.weights > usableBytes(8, inputs.gpuMemory * 1e9, inputs.reserve / 100) ? 'parameters' : 'concurrentSequences';
    return refuse({[field]: `Weights (${formatGigabytes(s.weights)}) and cache (${formatGigabytes(s.batchKv)}) do not fit on 8 GPUs, one node; this calculator stops there.`});
  }
  if (s.weights >= s.usable) {
    return refuse({gpus: `The weights (${formatGigabytes(s.weights)}) fill the usable ${formatGigabytes(s.usable)} of ${s.gpus} GPU${s.gpus === 1 ? '' : 's'}; choose more.`});
  }
  if (!s.fits) {
    return refuse({
      concurrentSequences: `Only ${formatCount(s.cap)} sequences of ${n(inputs.contextTokens)} tokens fit on ${s.gpus} GPU${s.gpus === 1 ? '' : 's'}; lower this or add GPUs.`,
    });
  }
  const bytesPerWeight = PRECISIONS[inputs.weightPrecision].bytes;
  const bytesPerKv = PRECISIONS[inputs.kvPrecision].bytes;
  const gpuWord = `${s.gpus} GPU${s.gpus === 1 ? '' : 's'}`;
  const seq = inputs.concurrentSequences;
  return complete(
    [
      {
        title: 'Memory',
        lines: [
          {key: 'weights', label: 'Weights', value: formatGigabytes(s.weights), formula: 'parameters × bytes per parameter', working: `${n(inputs.parameters)}B × ${n(bytesPerWeight)} B = ${formatGigabytes(s.weights)} (${formatGigabytes(s.weights / s.gpus)} per GPU)`},
          {key: 'kvPerToken', label: 'KV cache per token', value: `${formatCount(s.kvPerToken)} B`, formula: '2 × layers × KV heads × head dim × bytes per value', working: `2 × ${n(inputs.layers)} × ${n(inputs.kvHeads)} × ${n(inputs.headDim)} × ${n(bytesPerKv)} B = ${formatCount(s.kvPerToken)} B ≈ ${formatNumber(s.kvPerToken / 1e6)} MB`},
          {key: 'kvPerSequence', label: 'KV cache per sequence', value: formatGigabytes(s.kvPerSequence), formula: 'KV per token × context held', working: `${formatCount(s.kvPerToken)} B × ${n(inputs.contextTokens)} = ${formatGigabytes(s.kvPerSequence)}`},
          {
            key: 'gpusNeeded',
            label: 'GPUs needed',
            value: formatCount(s.fewest ?? s.gpus),
            formula: 'fewest of 1, 2, 4, 8 whose memory × (1 − reserve) holds weights + the batch’s cache',
            working: `${formatGigabytes(s.weights)} + ${n(seq)} × ${formatGigabytes(s.kvPerSequence)} = ${formatGigabytes(s.stepBytes)} ≤ ${s.fewest ?? s.gpus} × ${n(inputs.gpuMemory)} GB × ${formatPercent(1 - inputs.reserve / 100)}; using ${gpuWord}`,
          },
          {key: 'cap', label: 'Concurrency cap', value: `${formatCount(s.cap)} sequences`, formula: '(usable memory − weights) ÷ KV per sequence, rounded down', working: `(${formatGigabytes(s.usable)} − ${formatGigabytes(s.weights)}) ÷ ${formatGigabytes(s.kvPerSequence)} = ${formatNumber(s.kvRoom / s.kvPerSequence)} → ${formatCount(s.cap)}; the batch of ${n(seq)} holds ${formatGigabytes(s.batchKv)}`},
        ],
      },
      {
        title: 'Decode, bounded by memory bandwidth',
        lines: [
          {key: 'idealStep', label: 'Ideal decode step', value: formatMilliseconds(s.idealStep), formula: '(weights + the batch’s cache) ÷ bandwidth', working: `(${formatGigabytes(s.weights)} + ${formatGigabytes(s.batchKv)}) ÷ ${formatNumber(s.bandwidth / 1e12)} TB/s = ${formatMilliseconds(s.idealStep)}`},
          {key: 'decodeBound', label: 'Decode bound', value: tokensPerSecond(s.idealTokensPerSecond), formula: 'sequences ÷ ideal step', working: `${n(seq)} ÷ ${formatMilliseconds(s.idealStep)} ≈ ${tokensPerSecond(s.idealTokensPerSecond)}; one user alone: ${formatMilliseconds(s.singleUserStep)} a token, ${tokensPerSecond(1 / s.singleUserStep)}`},
          {key: 'tpot', label: 'TPOT at the decode efficiency', value: formatMilliseconds(s.tpot), formula: 'ideal step ÷ decode efficiency', working: `${formatMilliseconds(s.idealStep)} ÷ ${formatPercent(inputs.decodeEfficiency / 100)} = ${formatMilliseconds(s.tpot)} → ${tokensPerSecond(s.decodeTokensPerSecond)} for the replica, ${tokensPerSecond(1 / s.tpot)} per user`},
        ],
      },
      {
        title: 'Prefill and requests',
        lines: [
          {key: 'prefill', label: 'Prefill time', value: `${formatNumber(s.prefillTime)} s`, formula: '2 × parameters × prompt tokens ÷ (GPUs × FLOP/s × prefill efficiency)', working: `2 × ${n(inputs.parameters)}B × ${n(inputs.promptTokens)} = ${formatNumber(s.prefillFlops)} FLOPs ÷ (${s.gpus} × ${n(inputs.compute)} TFLOP/s × ${formatPercent(inputs.prefillEfficiency / 100)}) = ${formatNumber(s.prefillTime)} s`},
          {key: 'requestsPerSecond', label: 'Requests per second', value: formatNumber(s.requestsPerSecond), formula: '1 ÷ (prefill time + output tokens ÷ decode tokens/s)', working: `${formatNumber(s.prefillTime)} + ${n(inputs.outputTokens)} ÷ ${formatNumber(s.decodeTokensPerSecond)} = ${formatNumber(s.requestTime)} s of the replica per request → ${formatNumber(s.requestsPerSecond)} a second`},
          {key: 'outputTokensPerSecond', label: 'Output tokens per second', value: tokensPerSecond(s.outputTokensPerSecond), formula: 'requests per second × output tokens', working: `${formatNumber(s.requestsPerSecond)} × ${n(inputs.outputTokens)} ≈ ${tokensPerSecond(s.outputTokensPerSecond)}; a user’s average gap between tokens, prefill stalls included, ${formatMilliseconds(s.averageGap)} (${tokensPerSecond(1 / s.averageGap)})`},
        ],
      },
      {
        title: 'Cost',
        lines: [
          {key: 'perMillion', label: '$ per 1M output tokens', value: formatMoney(s.perMillion), formula: '$ per hour ÷ (output tokens/s × 3,600) × 10^6', working: `${gpuWord} × ${formatMoney(inputs.pricePerGpuHour)} = ${formatMoney(s.pricePerHour)} an hour ÷ (${formatNumber(s.outputTokensPerSecond)} × 3,600) × 10^6 = ${formatMoney(s.perMillion)}, prompt processing included`},
          {key: 'floor', label: 'Floor, decode only', value: formatMoney(s.floorPerMillion), formula: '$ per hour ÷ (decode tokens/s × 3,600) × 10^6', working: `${formatMoney(s.pricePerHour)} ÷ (${formatNumber(s.decodeTokensPerSecond)} × 3,600) × 10^6 = ${formatMoney(s.floorPerMillion)}, if every prefill hid inside decode steps`},
          {key: 'perMillionInput', label: '$ per 1M input tokens', value: formatMoney(s.perMillionInput), formula: '$ per hour ÷ (prompt tokens/s × 3,600) × 10^6, prompt tokens/s = effective FLOP/s ÷ (2 × parameters)', working: `${formatMoney(s.pricePerHour)} ÷ (${formatNumber(s.promptTokensPerSecond)} × 3,600) × 10^6 = ${formatMoney(s.perMillionInput)}, if the replica only read prompts`},
          {key: 'perRequest', label: '$ per request', value: formatMoney(s.perRequest), formula: '$ per hour × seconds per request ÷ 3,600', working: `${formatMoney(s.pricePerHour)} × ${formatNumber(s.requestTime)} ÷ 3,600 = ${formatMoney(s.perRequest)}`},
        ],
      },
    ],
    `${gpuWord}, up to ${formatCount(s.cap)} sequences; TPOT ${formatMilliseconds(s.tpot)}, ${tokensPerSecond(s.outputTokensPerSecond)} of output, ${formatMoney(s.perMillion)} per million output tokens.`,
    [s.weights, s.kvPerSequence, s.idealStep, s.tpot, s.prefillTime, s.requestTime, s.perMillion, s.floorPerMillion, s.perRequest, s.averageGap, s.perMillionInput],
    'parameters',
  );
}

