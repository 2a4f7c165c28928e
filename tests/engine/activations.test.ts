/** Activation functions and their derivatives, scalar and block, against their definitions. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTIVATIONS,
  activate,
  activateBlock,
  derivative,
  multiplyByDerivative,
  type Activation,
} from '../../src/engine';
import { close, refActivate } from './reference';

const ELEMENTWISE = ACTIVATIONS.filter((a) => a !== 'softmax');
const z = fc.noBias(fc.integer({ min: -5e6, max: 5e6 })).map((v) => v / 1e6);

describe('scalar activations', () => {
  it('relu passes negative inputs as 0 and positive inputs unchanged', () => {
    expect([-3, -1e-9, 0, 1e-9, 2.5].map((v) => activate('relu', v))).toEqual([0, 0, 0, 1e-9, 2.5]);
  });

  it('leaky relu passes negative inputs with slope 0.01', () => {
    expect([-3, -1, 0, 2].map((v) => activate('leaky_relu', v))).toEqual([-0.03, -0.01, 0, 2]);
    expect(derivative('leaky_relu', -1)).toBe(0.01);
    expect(derivative('leaky_relu', 1)).toBe(1);
  });

  it('sigmoid stays finite and exact at ±1000: 1 and 0, with derivative 0', () => {
    expect(activate('sigmoid', 1000)).toBe(1);
    expect(activate('sigmoid', -1000)).toBe(0);
    expect(derivative('sigmoid', 1000)).toBe(0);
    expect(derivative('sigmoid', -1000)).toBe(0);
    expect(activate('sigmoid', 0)).toBe(0.5);
  });

  it('tanh, sigmoid and linear are their textbook formulas', () => {
    fc.assert(
      fc.property(z, (v) => {
        expect(close(activate('tanh', v), Math.tanh(v), 1e-15)).toBe(true);
        expect(close(activate('sigmoid', v), 1 / (1 + Math.exp(-v)), 1e-15, 1e-300)).toBe(true);
        expect(activate('linear', v)).toBe(v);
      }),
      { seed: 1234, numRuns: 200 },
    );
  });

  it.each(ELEMENTWISE)('the derivative of %s matches a central difference away from 0', (kind) => {
    fc.assert(
      fc.property(z, (v) => {
        fc.pre(Math.abs(v) > 1e-3);
        const h = 1e-6;
        const fd = (activate(kind, v + h) - activate(kind, v - h)) / (2 * h);
        expect(close(derivative(kind, v), fd, 1e-6, 1e-9)).toBe(true);
      }),
      { seed: 1234, numRuns: 200 },
    );
  });

  it('silu, gelu and sine are their textbook formulas', () => {
    fc.assert(
      fc.property(z, (v) => {
        expect(close(activate('silu', v), v / (1 + Math.exp(-v)), 1e-14, 1e-300)).toBe(true);
        const u = Math.sqrt(2 / Math.PI) * (v + 0.044715 * v ** 3);
        expect(close(activate('gelu', v), 0.5 * v * (1 + Math.tanh(u)), 1e-14, 1e-300)).toBe(true);
        expect(close(activate('sine', v), Math.sin(v), 1e-15, 1e-300)).toBe(true);
      }),
      { seed: 1234, numRuns: 200 },
    );
  });

  // Values and slopes worked out by hand (and by PyTorch's F.silu and F.gelu(approximate='tanh') in float64).
  it('silu(1) = σ(1), silu(−1) = −σ(−1), with slopes σ(1 + z(1 − σ))', () => {
    expect(close(activate('silu', 1), 0.7310585786300049, 1e-15)).toBe(true);
    expect(close(activate('silu', -1), -0.2689414213699951, 1e-15)).toBe(true);
    expect(close(derivative('silu', 1), 0.9276705118714869, 1e-15)).toBe(true);
    expect(close(derivative('silu', -1), 0.07232948812851325, 1e-15)).toBe(true);
    expect(activate('silu', 0)).toBe(0);
    expect(derivative('silu', 0)).toBe(0.5);
  });

  it('gelu is the tanh form: gelu(1) = 0.84119…, gelu(−1) = −0.15880…, slope ½ at 0', () => {
    expect(close(activate('gelu', 1), 0.8411919906082768, 1e-15)).toBe(true);
    expect(close(activate('gelu', -1), -0.15880800939172324, 1e-14)).toBe(true);
    expect(close(activate('gelu', 2), 1.954597694087775, 1e-15)).toBe(true);
    expect(close(derivative('gelu', 1), 1.0829640838457826, 1e-15)).toBe(true);
    expect(close(derivative('gelu', -1), -0.08296408384578252, 1e-14)).toBe(true);
    expect(activate('gelu', 0)).toBe(0);
    expect(derivative('gelu', 0)).toBe(0.5);
  });

  it('sine passes z through sin, with slope cos z', () => {
    expect(close(activate('sine', 1), 0.8414709848078965, 1e-15)).toBe(true);
    expect(close(derivative('sine', 1), 0.5403023058681398, 1e-15)).toBe(true);
    expect(close(activate('sine', Math.PI / 6), 0.5, 1e-15)).toBe(true);
    expect(derivative('sine', 0)).toBe(1);
    expect(close(derivative('sine', Math.PI), -1, 1e-15)).toBe(true);
  });

  it('silu and gelu stay finite at ±1000: z and 0, slopes 1 and 0', () => {
    for (const k of ['silu', 'gelu'] as const) {
      expect(activate(k, 1000)).toBe(1000);
      expect(Object.is(activate(k, -1000), -0) || activate(k, -1000) === 0).toBe(true);
      expect(derivative(k, 1000)).toBe(1);
      expect(Math.abs(derivative(k, -1000))).toBe(0);
    }
  });

  it('relu and leaky relu take the left slope at exactly 0', () => {
    expect(derivative('relu', 0)).toBe(0);
    expect(derivative('leaky_relu', 0)).toBe(0.01);
  });
});

describe('block activations', () => {
  it.each(ACTIVATIONS)(
    'activateBlock(%s) applies the activation to every entry (softmax per row)',
    (kind: Activation) => {
      const rows = 3;
      const cols = 4;
      const zs = Float64Array.from({ length: rows * cols }, (_, i) => (i - 5) * 0.7);
      const a = new Float64Array(rows * cols);
      activateBlock(kind, zs, a, rows, cols);
      for (let r = 0; r < rows; r++) {
        const want = refActivate(kind, [...zs.subarray(r * cols, (r + 1) * cols)]);
        for (let c = 0; c < cols; c++) expect(close(a[r * cols + c], want[c], 1e-15)).toBe(true);
      }
    },
  );

  it('softmax rows sum to 1 and stay finite for totals of ±1000', () => {
    const zs = Float64Array.from([1000, 999, -1000, 0, -1000, -1001]);
    const a = new Float64Array(6);
    activateBlock('softmax', zs, a, 2, 3);
    expect(a.every(Number.isFinite)).toBe(true);
    expect(close(a[0] + a[1] + a[2], 1, 1e-15)).toBe(true);
    expect(close(a[3] + a[4] + a[5], 1, 1e-15)).toBe(true);
    expect(close(a[0] / a[1], Math.E, 1e-12)).toBe(true);
  });

  it.each(ELEMENTWISE)('multiplyByDerivative(%s) multiplies each error term by f′(z)', (kind) => {
    const zs = Float64Array.from([-2, -0.5, 0.3, 1.7, 4]);
    const a = new Float64Array(5);
    activateBlock(kind, zs, a, 1, 5);
    const d = Float64Array.from([1, -2, 3, -4, 0.5]);
    const want = [...d].map((v, i) => v * derivative(kind, zs[i]));
    multiplyByDerivative(kind, zs, a, d, 5);
    for (let i = 0; i < 5; i++) expect(close(d[i], want[i], 1e-14)).toBe(true);
  });
});
