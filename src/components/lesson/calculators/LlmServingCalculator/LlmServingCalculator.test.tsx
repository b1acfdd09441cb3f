import React from 'react';
import {fireEvent, render, screen} from '@testing-library/react';
import LlmServingCalculatorView, {llmServingCalculatorProblems, type LlmServingCalculatorProps} from './Calculator';

const lesson: LlmServingCalculatorProps = {
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
  gpus: 2,
  gpuMemory: 80,
  bandwidth: 3.35,
  compute: 1979,
  pricePerGpuHour: 3,
  reserve: 10,
  decodeEfficiency: 60,
  prefillEfficiency: 50,
};

const output = (name: string) => screen.getByRole('status', {name});
const input = (name: RegExp) => screen.getByRole('textbox', {name});
const select = (name: RegExp) => screen.getByRole('combobox', {name});

beforeEach(() => window.history.replaceState(null, '', '/generative-ai/llm-serving'));

test('the worked example: 70.6 GB, 54 sequences, 33.6 ms, $1.52', () => {
  render(<LlmServingCalculatorView {...lesson} />);
  expect(screen.getByRole('form', {name: 'LLM serving calculator'})).toHaveAttribute('id', 'calculator-llm');
  expect(output('Weights')).toHaveTextContent('70.6 GB');
  expect(output('KV cache per token')).toHaveTextContent('327,680 B');
  expect(output('GPUs needed')).toHaveTextContent('2');
  expect(output('Concurrency cap')).toHaveTextContent('54 sequences');
  expect(output('Decode bound')).toHaveTextContent('2,382 tokens/s');
  expect(output('TPOT at the decode efficiency')).toHaveTextContent('33.6 ms');
  expect(output('$ per 1M output tokens')).toHaveTextContent('$1.52');
});

test('an FP8 cache doubles the room: 96 sequences at the same TPOT cost $0.94', () => {
  render(<LlmServingCalculatorView {...lesson} />);
  fireEvent.change(select(/KV cache precision/), {target: {value: 'fp8'}});
  expect(output('Concurrency cap')).toHaveTextContent('109 sequences');
  fireEvent.change(input(/Concurrent sequences/), {target: {value: '96'}});
  expect(output('TPOT at the decode efficiency')).toHaveTextContent('33.6 ms');
  expect(output('$ per 1M output tokens')).toHaveTextContent('$0.94');
});

test('a batch over the cap says so beside the field; "fewest that fit" adds GPUs instead', () => {
  const {container} = render(<LlmServingCalculatorView {...lesson} />);
  fireEvent.change(input(/Concurrent sequences/), {target: {value: '100'}});
  expect(screen.getByText('Only 54 sequences of 4,096 tokens fit on 2 GPUs; lower this or add GPUs.')).toBeInTheDocument();
  expect(output('$ per 1M output tokens')).toHaveTextContent('$1.52');
  fireEvent.change(select(/GPUs/), {target: {value: 'fewest'}});
  expect(output('GPUs needed')).toHaveTextContent('4');
  expect(container.textContent).not.toMatch(/NaN|Infinity/);
});

test('bad props are named', () => {
  expect(llmServingCalculatorProblems(lesson)).toEqual([]);
  expect(llmServingCalculatorProblems({...lesson, gpus: 3, weightPrecision: 'fp6' as 'fp8'})).toEqual([
    'weightPrecision: is "fp6", must be one of "bf16", "fp8", "nvfp4", "mxfp4", "int4"',
    'gpus: is 3, must be one of "fewest", "1", "2", "4", "8"',
  ]);
  expect(llmServingCalculatorProblems({...lesson, concurrentSequences: 60})).toEqual([
    'concurrentSequences: Only 54 sequences of 4,096 tokens fit on 2 GPUs; lower this or add GPUs.',
  ]);
});
