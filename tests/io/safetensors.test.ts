import { describe, expect, it } from 'vitest';
import { halfToNumber, parseSafetensors, type SafetensorsActivations } from '../../src/io/safetensors';
import { expected, fixtureBytes, maxRelDiff, networkOf, outputsOf } from './modelFixtures';

const RELU_LINEAR: SafetensorsActivations = { hidden: 'relu', output: 'linear' };

/** A .safetensors file from a header object and its data bytes, as the format lays them out. */
function file(head: Record<string, unknown>, data: Uint8Array, headerLength?: number): Uint8Array {
  const text = new TextEncoder().encode(JSON.stringify(head));
  const out = new Uint8Array(8 + text.length + data.length);
  new DataView(out.buffer).setBigUint64(0, BigInt(headerLength ?? text.length), true);
  out.set(text, 8);
  out.set(data, 8 + text.length);
  return out;
}
const f32 = (...xs: number[]) => new Uint8Array(Float32Array.from(xs).buffer);
const t = (shape: number[], begin: number, end: number, dtype = 'F32') => ({
  dtype,
  shape,
  data_offsets: [begin, end],
});

describe('safetensors import of linear layers', () => {
  for (const dtype of ['f32', 'f64', 'f16'])
    it(`seq_2_8_8_1_${dtype}: nn.Sequential's 0/2/4.weight and .bias, ReLU hidden, computes torch's outputs`, () => {
      const name = `seq_2_8_8_1_${dtype}.safetensors`;
      const m = networkOf(parseSafetensors(fixtureBytes(name), RELU_LINEAR));
      expect([m.inputs, ...m.layers.map((l) => l.units)]).toEqual([2, 8, 8, 1]);
      expect(m.layers.map((l) => l.activation)).toEqual(['relu', 'relu', 'linear']);
      expect(maxRelDiff(outputsOf(m, expected[name].inputs), expected[name].outputs)).toBeLessThan(1e-12);
    });

  it('orders layers named first/second/last by their bytes, not alphabetically, with the chosen activations', () => {
    const name = 'named_tanh_softmax.safetensors';
    const m = networkOf(parseSafetensors(fixtureBytes(name), { hidden: 'tanh', output: 'softmax' }));
    expect([m.inputs, ...m.layers.map((l) => l.units)]).toEqual([2, 5, 4, 3]);
    expect(maxRelDiff(outputsOf(m, expected[name].inputs), expected[name].outputs)).toBeLessThan(1e-12);
  });

  it('orders numbered layers by number: layers.10 comes after layers.9, wherever its bytes are', () => {
    // layers.10 (the only one with 2 units) is stored first, then layers.9 … layers.0.
    const head: Record<string, unknown> = { 'layers.10.weight': t([2, 1], 0, 8) };
    for (let k = 9; k >= 0; k--) head[`layers.${k}.weight`] = t([1, 1], 8 + 4 * (9 - k), 12 + 4 * (9 - k));
    const data = f32(...Array.from({ length: 12 }, (_, i) => i + 1));
    const m = networkOf(parseSafetensors(file(head, data), RELU_LINEAR));
    expect(m.layers.map((l) => l.units)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2]);
    expect(Array.from(m.layers[10].weights)).toEqual([1, 2]);
    expect(m.layers[0].weights[0]).toBe(12);
    expect(m.layers.every((l) => !l.useBias)).toBe(true);
  });

  it('widens half precision exactly', () => {
    expect([0x3c00, 0xc000, 0x7bff, 0x0001, 0x8000, 0x3555].map(halfToNumber)).toEqual([
      1,
      -2,
      65504,
      2 ** -24,
      -0,
      0.333251953125,
    ]);
    expect(halfToNumber(0x7c00)).toBe(Infinity);
    expect(halfToNumber(0x7e00)).toBeNaN();
  });

  const w = t([2, 1], 0, 8);
  const refused: [string, () => Uint8Array, RegExp][] = [
    [
      'a file shorter than its header length',
      () => new Uint8Array(5),
      /fewer than the 8 of its header length/,
    ],
    [
      'a header length past the end',
      () => file({ '0.weight': w }, f32(1, 2), 9999),
      /header length says 9999 bytes/,
    ],
    [
      'a header that is not JSON',
      () => {
        const b = file({ a: 1 }, f32());
        b[8] = 0x78;
        return b;
      },
      /not valid JSON/,
    ],
    [
      'a BF16 tensor',
      () => file({ '0.weight': t([2, 1], 0, 4, 'BF16') }, f32(1)),
      /tensor '0.weight' is BF16/,
    ],
    [
      'overlapping tensors',
      () => file({ '0.weight': w, '0.bias': t([2], 4, 12) }, f32(1, 2, 3)),
      /tensor '0.bias' overlaps tensor '0.weight'/,
    ],
    [
      'data cut short',
      () => file({ '0.weight': w, '0.bias': t([2], 8, 16) }, f32(1, 2, 3)),
      /tensor '0.bias' ends at byte 16, but the data has only 12/,
    ],
    [
      'a shape that does not match its bytes',
      () => file({ '0.weight': t([2, 2], 0, 8) }, f32(1, 2)),
      /tensor '0.weight' spans 8 bytes, but F32 \[2,2\] needs 16/,
    ],
    [
      'shapes that do not chain',
      () => file({ '0.weight': w, '1.weight': t([1, 3], 8, 20) }, f32(1, 2, 3, 4, 5)),
      /tensor '1.weight' has shape \[1,3\]: it takes 3 inputs, but '0.weight' gives 2/,
    ],
    [
      'a bias of the wrong length',
      () => file({ '0.weight': w, '0.bias': t([3], 8, 20) }, f32(1, 2, 3, 4, 5)),
      /tensor '0.bias' has shape \[3\], expected \[2\]/,
    ],
    [
      'a tensor that is no layer',
      () => file({ 'embed.table': w }, f32(1, 2)),
      /tensor 'embed.table' is not a layer's weight or bias/,
    ],
    ['a NaN weight', () => file({ '0.weight': w }, f32(1, NaN)), /tensor '0.weight' holds NaN at position 1/],
  ];
  for (const [what, make, message] of refused)
    it(`refuses ${what}, naming the tensor or the fault`, () => {
      const r = parseSafetensors(make(), RELU_LINEAR);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(message);
    });
});
