/** Weight initialisers: their ranges and spreads, and that a seed always gives the same weights. */
import { describe, expect, it } from 'vitest';
import { INITIALISERS, createMlp, createRng, initWeights, type InitSpec } from '../../src/engine';
import { bitIdentical } from './reference';

function draw(spec: InitSpec, fanIn: number, fanOut: number, seed = 1): Float64Array {
  const w = new Float64Array(fanIn * fanOut);
  initWeights(w, fanIn, fanOut, spec, createRng(seed));
  return w;
}

function std(w: Float64Array): number {
  const mean = w.reduce((s, v) => s + v, 0) / w.length;
  return Math.sqrt(w.reduce((s, v) => s + (v - mean) ** 2, 0) / w.length);
}

describe('initialisers', () => {
  it('zeros gives exactly 0 everywhere', () => {
    expect(draw({ kind: 'zeros' }, 7, 5).every((v) => Object.is(v, 0))).toBe(true);
  });

  it('constant gives its value everywhere', () => {
    expect(draw({ kind: 'constant', value: -0.3 }, 4, 3).every((v) => v === -0.3)).toBe(true);
  });

  it('uniform stays within ±a', () => {
    const w = draw({ kind: 'uniform', value: 0.2 }, 50, 40);
    expect(w.every((v) => Math.abs(v) <= 0.2)).toBe(true);
    expect(Math.max(...w.map(Math.abs))).toBeGreaterThan(0.19);
  });

  it('xavier_uniform stays within ±sqrt(6/(in+out)) and reaches near its edge', () => {
    const limit = Math.sqrt(6 / (30 + 20));
    const w = draw({ kind: 'xavier_uniform' }, 30, 20);
    expect(w.every((v) => Math.abs(v) <= limit)).toBe(true);
    expect(Math.max(...w.map(Math.abs))).toBeGreaterThan(0.98 * limit);
  });

  it('he_normal of a 500 × 400 layer has sample std within 1% of sqrt(2/in) and mean near 0', () => {
    const w = draw({ kind: 'he_normal' }, 500, 400);
    const want = Math.sqrt(2 / 500);
    // 200,000 draws: the sample std's own std is about σ/sqrt(2N) ≈ 0.16% of σ.
    expect(Math.abs(std(w) / want - 1)).toBeLessThan(0.01);
    expect(Math.abs(w.reduce((s, v) => s + v, 0) / w.length)).toBeLessThan(0.01 * want);
  });

  it.each([
    ['xavier_normal', (i: number, o: number) => Math.sqrt(2 / (i + o))],
    ['lecun_normal', (i: number) => Math.sqrt(1 / i)],
    ['he_uniform', (i: number) => Math.sqrt(6 / i) / Math.sqrt(3)],
    ['normal', () => 0.1],
  ] as const)('%s has the standard deviation of its formula', (kind, sigma) => {
    const w = draw({ kind }, 300, 200);
    expect(Math.abs(std(w) / sigma(300, 200) - 1)).toBeLessThan(0.02);
  });

  it.each(INITIALISERS)('%s gives the same weights from the same seed', (kind) => {
    expect(bitIdentical(draw({ kind }, 9, 7, 42), draw({ kind }, 9, 7, 42))).toBe(true);
  });

  it('a random initialiser gives different weights from different seeds', () => {
    expect(bitIdentical(draw({ kind: 'he_normal' }, 9, 7, 1), draw({ kind: 'he_normal' }, 9, 7, 2))).toBe(
      false,
    );
  });

  it('createMlp fills layers in order from one generator, with biases at biasInit', () => {
    const spec = {
      inputs: 3,
      layers: [
        { units: 4, activation: 'relu' as const },
        { units: 2, activation: 'linear' as const },
      ],
      init: { kind: 'xavier_uniform' as const },
      biasInit: 0.1,
    };
    const m = createMlp(spec, createRng(5));
    const r = createRng(5);
    const w0 = new Float64Array(12);
    const w1 = new Float64Array(8);
    initWeights(w0, 3, 4, spec.init, r);
    initWeights(w1, 4, 2, spec.init, r);
    expect(bitIdentical(m.layers[0].weights, w0)).toBe(true);
    expect(bitIdentical(m.layers[1].weights, w1)).toBe(true);
    expect([...m.layers[0].biases, ...m.layers[1].biases]).toEqual([0.1, 0.1, 0.1, 0.1, 0.1, 0.1]);
  });
});
