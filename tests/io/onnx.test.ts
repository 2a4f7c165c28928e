import { describe, expect, it } from 'vitest';
import { parseOnnxModel } from '../../src/io/onnx';
import { expected, fixtureBytes, maxRelDiff, networkOf, outputsOf } from './modelFixtures';

const read = (name: string) => parseOnnxModel(fixtureBytes(name));

describe('ONNX import of sequential MLPs exported by torch.onnx.export', () => {
  const accepted: [string, string, string[]][] = [
    ['mlp_2_8_8_1.onnx', 'Gemm layers with transB = 1', ['tanh', 'relu', 'tanh']],
    ['mlp_2_8_8_1_float_data.onnx', 'weights in float_data instead of raw_data', ['tanh', 'relu', 'tanh']],
    [
      'mlp_2_8_8_1_transb0_identity.onnx',
      'a Gemm with transB = 0 and an Identity node',
      ['tanh', 'relu', 'tanh'],
    ],
    ['matmul_add_leaky_sigmoid.onnx', 'MatMul + Add layers, leaky ReLU 0.01', ['leaky_relu', 'sigmoid']],
    ['flatten_softmax.onnx', 'a Flatten of 1×2×2 images and a softmax output', ['sigmoid', 'softmax']],
    ['sine_2_4_1.onnx', 'a Sin activation (torch.sin)', ['sine', 'tanh']],
  ];
  for (const [file, what, activations] of accepted)
    it(`${file} (${what}) computes torch's outputs`, () => {
      const m = networkOf(read(file));
      expect(m.layers.map((l) => l.activation)).toEqual(activations);
      const e = expected[file];
      // Same float64 weights as torch's; only the last bits of tanh/exp and the order of sums differ.
      expect(maxRelDiff(outputsOf(m, e.inputs), e.outputs)).toBeLessThan(1e-12);
    });

  it('reads float32 weights exactly: raw_data and float_data give the same bits', () => {
    const a = networkOf(read('mlp_2_8_8_1.onnx'));
    const b = networkOf(read('mlp_2_8_8_1_float_data.onnx'));
    const c = networkOf(read('mlp_2_8_8_1_transb0_identity.onnx'));
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    for (const l of a.layers) for (const w of l.weights) expect(Math.fround(w)).toBe(w);
  });

  const refused: [string, RegExp][] = [
    ['conv.onnx', /a Conv node '\/0\/Conv'/],
    [
      'residual.onnx',
      /tensor '\/Relu_output_0' is used by 2 nodes \(Gemm node '\/b\/Gemm', Add node '\/Add'\)/,
    ],
    ['leaky_0_2.onnx', /LeakyRelu node '\/1\/LeakyRelu' has slope alpha = 0\.2/],
    [
      'shapes_do_not_chain.onnx',
      /weight 'w2' of Gemm node 'gemm2' takes 7 inputs, but the layer before gives 8/,
    ],
    ['float16_weights.onnx', /tensor 'w2' is float16; only float32 and float64 weights can be read/],
  ];
  for (const [file, message] of refused)
    it(`refuses ${file}, naming the operator or tensor`, () => {
      const r = read(file);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(message);
    });

  it('refuses bytes that are not a protobuf model', () => {
    const r = parseOnnxModel(new TextEncoder().encode('{"format":"weightscope-model"}'));
    expect(r.ok).toBe(false);
  });
});
