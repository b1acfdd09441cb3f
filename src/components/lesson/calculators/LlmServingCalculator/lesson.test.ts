/** @jest-environment node */
import {llmServing, type LlmInputs} from '../../../../lib/calculators/llmServing';
import {expectAgreement, lessonSource, numberIn, onlyPropsOf, stated} from '../../../../test/lessonNumbers';
import {llmServingCalculatorProblems, type LlmServingCalculatorProps} from './Calculator';

// The LLM serving lesson's calculator starts from its worked example (Llama 3.1 70B in FP8 on two
// H100s): its props are the Inputs table, and every step the prose works is what it computes.
// Until the lesson is on this branch the test is skipped, not passed.
const source = lessonSource('generative-ai/llm-serving');
const describeLesson = source === undefined ? describe.skip : describe;

describeLesson('the LLM serving lesson and its calculator', () => {
  const text = source ?? '';
  const example = text.slice(text.indexOf('## Worked example: Llama 3.1 70B'), text.indexOf('**Batching is the cost lever.**'));
  const props = (source ? onlyPropsOf(text, 'LlmServingCalculator') : {}) as LlmServingCalculatorProps;
  const inputs = {...props, gpus: String(props.gpus)} as LlmInputs;
  const s = source ? llmServing(inputs) : undefined!;
  const input = (label: string) => stated(example, new RegExp(`^\\| ${label} \\| ([^|]+) \\|`, 'm'))[0].trim();

  test('the lesson passes valid props', () => {
    expect(llmServingCalculatorProblems(props)).toEqual([]);
  });

  test('the props are the Inputs table', () => {
    expect(props.parameters).toBe(numberIn(input('Parameters').replace(' billion', '')));
    expect(props.layers).toBe(numberIn(input('Layers')));
    expect(props.kvHeads).toBe(numberIn(input('KV heads \\(query heads\\)').replace(/ \(\d+\)$/, '')));
    expect(props.headDim).toBe(numberIn(input('Head dimension')));
    expect(input('Weight precision')).toMatch(new RegExp(`^${props.weightPrecision.toUpperCase()}, 1 byte per parameter$`));
    expect(input('KV cache precision')).toMatch(new RegExp(`^${props.kvPrecision.toUpperCase()}, 2 bytes per value$`));
    expect(props.promptTokens).toBe(numberIn(input('Prompt tokens per request')));
    expect(props.outputTokens).toBe(numberIn(input('Output tokens per request')));
    expect(props.contextTokens).toBe(numberIn(input('Context length held per sequence').replace(/ \(.*\)$/, '')));
    expect(props.concurrentSequences).toBe(numberIn(input('Concurrent sequences')));
    expect(props.gpus).toBe(numberIn(/^(\d+) ×/.exec(input('GPUs'))![1]));
    expect(props.gpuMemory).toBe(numberIn(input('GPU memory').replace(' GB each', '')));
    expect(props.bandwidth).toBe(numberIn(input('GPU memory bandwidth').replace(' TB/s each', '')));
    expect(props.compute).toBe(numberIn(input('Dense FP8 compute').replace(' TFLOP/s each', '')));
    expect(props.reserve).toBe(numberIn(input('Memory reserved for activations, CUDA graphs, buffers')));
    expect(props.decodeEfficiency).toBe(numberIn(input('Decode efficiency \\(share of the bandwidth bound achieved\\)')));
    expect(props.prefillEfficiency).toBe(numberIn(input('Prefill efficiency \\(model FLOPs utilisation\\)')));
    expect(props.pricePerGpuHour).toBe(numberIn(/^\$([\d.]+) per/.exec(input('Price'))![1]));
  });

  test('every step of the worked example is what the calculator computes', () => {
    const step = (what: string, pattern: RegExp, computed: number) => expectAgreement(what, stated(example, pattern)[0], computed);
    step('weights GB', /× 1 byte\s+= ([\d.]+) GB/, s.weights / 1e9);
    expect(s.kvPerToken).toBe(numberIn(stated(example, /× 2 B\s+= ([\d,]+) B/)[0]));
    step('KV per sequence GB', /= ([\d.]+) GB per sequence/, s.kvPerSequence / 1e9);
    step('usable GB', /Usable memory\s+.*= ([\d.]+) GB/, s.usable / 1e9);
    step('KV room GB', /KV room\s+.*= ([\d.]+) GB/, s.kvRoom / 1e9);
    expect(s.cap).toBe(numberIn(stated(example, /Cap\s+.*→ (\d+) sequences/)[0]));
    step('cache of the batch GB', /Plan\s+.*= ([\d.]+) GB of cache/, s.batchKv / 1e9);
    step('bytes per step GB', /Bytes read per step = .* = ([\d.]+) GB/, s.stepBytes / 1e9);
    step('ideal step ms', /Ideal step\s+.*= ([\d.]+) ms/, s.idealStep * 1000);
    step('decode bound tokens/s', /Ideal step\s+.*≈ ([\d,]+) tokens\/s/, s.idealTokensPerSecond);
    step('single user ms', /Single user bound\s+.*= ([\d.]+) ms/, s.singleUserStep * 1000);
    step('TPOT ms', /TPOT = .*= ([\d.]+) ms/, s.tpot * 1000);
    step('decode tokens/s', /TPOT = .*≈ ([\d,]+) tokens\/s/, s.decodeTokensPerSecond);
    step('prefill FLOPs', /Prefill FLOPs\s+.*= ([\d.]+ × 10\^\d+)/, s.prefillFlops);
    step('prefill s', /Prefill time\s+.*= ([\d.]+) s/, s.prefillTime);
    step('decode s', /Decode time\s+.*= ([\d.]+) s/, s.decodeTime);
    step('request s', /Pair time\s+.*= ([\d.]+) s/, s.requestTime);
    step('requests/s', /Pair time\s+.*→ ([\d.]+) requests\/s/, s.requestsPerSecond);
    step('output tokens/s', /Output throughput\s+.*≈ ([\d,]+) tokens\/s/, s.outputTokensPerSecond);
    step('$ per 1M output tokens', /Per 1M output tokens .*= (\$[\d.]+)/, s.perMillion);
    step('$ per request', /Per request\s+.*≈ (\$[\d.]+)/, s.perRequest);
    step('floor', /Floor if every prefill .*= (\$[\d.]+)/, s.floorPerMillion);
  });

  test('the batching table is the same pair at other batch sizes', () => {
    const rows = [...text.matchAll(/^\| (\d+) \| ([\d.]+) ms \| (\d+) \| (\d+) \| ([\d,]+) \| (\$[\d.]+) \|$/gm)];
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const [, sequences, tpot, perUser, withStalls, output, dollars] of rows) {
      const row = llmServing({...inputs, concurrentSequences: Number(sequences)});
      expectAgreement(`TPOT at ${sequences}`, tpot, row.tpot * 1000);
      expectAgreement(`per user at ${sequences}`, perUser, 1 / row.tpot);
      expectAgreement(`per user with stalls at ${sequences}`, withStalls, 1 / row.averageGap);
      expectAgreement(`output tokens/s at ${sequences}`, output, row.outputTokensPerSecond);
      expectAgreement(`$ per 1M at ${sequences}`, dollars, row.perMillion);
    }
  });
});
