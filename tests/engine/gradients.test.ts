/**
 * Backpropagation checked against the truth it approximates: central finite differences of the batch loss,
 * where the loss is computed by the independent reference in reference.ts (never by the engine).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTIVATIONS,
  HIDDEN_ACTIVATIONS,
  backward,
  createMlp,
  createRng,
  createWorkspace,
  forward,
  type Activation,
  type HiddenActivation,
  type Loss,
  type Mlp,
} from '../../src/engine';
import { close, refBatchLoss, refForward } from './reference';

const H = 1e-5;
const REL = 1e-5;
/** ReLU and leaky ReLU have a kink at 0: finite differences across it mean nothing, so such cases are skipped. */
const KINK_MARGIN = 1e-3;

interface Case {
  mlp: Mlp;
  xs: number[][];
  ys: number[][];
}

/**
 * Uniform in [−1, 1] at a 1e-6 grid. fc.double spreads draws evenly over bit patterns (mostly tiny numbers)
 * and fast-check biases towards 0; either would put most ReLU pre-activations on the kink.
 */
const grid = (lo: number) => fc.noBias(fc.integer({ min: lo * 1e6, max: 1e6 })).map((v) => v / 1e6);
const unit = grid(-1);
const vec = (n: number) => fc.array(unit, { minLength: n, maxLength: n });

function target(loss: Loss, k: number): fc.Arbitrary<number[]> {
  if (loss === 'mse') return vec(k);
  if (loss === 'binary_cross_entropy') return fc.array(grid(0), { minLength: k, maxLength: k });
  return fc.nat(k - 1).map((c) => Array.from({ length: k }, (_, i) => (i === c ? 1 : 0)));
}

/** Random shapes (0–3 hidden layers of 1–6 units, 1–6 inputs and outputs, 1–5 samples) and values in [−1, 1]. */
function caseArb(hidden: HiddenActivation, out: Activation, loss: Loss, useBias = true): fc.Arbitrary<Case> {
  const shape = fc.record({
    inputs: fc.integer({ min: 1, max: 6 }),
    widths: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 0, maxLength: 3 }),
    outputs: fc.integer({ min: 1, max: 6 }),
    rows: fc.integer({ min: 1, max: 5 }),
  });
  return shape.chain(({ inputs, widths, outputs, rows }) => {
    const layers = [
      ...widths.map((units) => ({ units, activation: hidden as Activation })),
      { units: outputs, activation: out },
    ];
    const mlp = createMlp({ inputs, layers, init: { kind: 'zeros' }, useBias }, createRng(0));
    const params = mlp.layers.map((l) => fc.tuple(vec(l.weights.length), vec(l.biases.length)));
    return fc
      .record({
        params: fc.tuple(...params),
        xs: fc.array(vec(inputs), { minLength: rows, maxLength: rows }),
        ys: fc.array(target(loss, outputs), { minLength: rows, maxLength: rows }),
      })
      .map(({ params: ps, xs, ys }) => {
        ps.forEach(([w, b], l) => {
          mlp.layers[l].weights.set(w);
          if (useBias) mlp.layers[l].biases.set(b);
        });
        return { mlp, xs, ys };
      });
  });
}

function nearKink(c: Case): boolean {
  return c.xs.some((x) => {
    const { z } = refForward(c.mlp, x);
    return c.mlp.layers.some(
      (l, i) =>
        (l.activation === 'relu' || l.activation === 'leaky_relu') &&
        z[i].some((v) => Math.abs(v) < KINK_MARGIN),
    );
  });
}

/** forward + backward in the engine; returns the batch loss and leaves gradients in the workspace. */
function engineGradients(c: Case, loss: Loss) {
  const rows = c.xs.length;
  const ws = createWorkspace(c.mlp, rows);
  ws.x.set(c.xs.flat());
  ws.y.set(c.ys.flat());
  forward(c.mlp, ws, rows);
  return { loss: backward(c.mlp, ws, rows, loss), ws };
}

function centralDifference(c: Case, loss: Loss, p: Float64Array, i: number): number {
  const keep = p[i];
  p[i] = keep + H;
  const up = refBatchLoss(c.mlp, loss, c.xs, c.ys);
  p[i] = keep - H;
  const down = refBatchLoss(c.mlp, loss, c.xs, c.ys);
  p[i] = keep;
  return (up - down) / (2 * H);
}

/** Every gradient component against its finite difference; a message naming the first mismatch, or null. */
function firstMismatch(c: Case, loss: Loss): string | null {
  const { ws } = engineGradients(c, loss);
  for (let l = 0; l < c.mlp.layers.length; l++) {
    const layer = c.mlp.layers[l];
    for (let i = 0; i < layer.weights.length; i++) {
      const fd = centralDifference(c, loss, layer.weights, i);
      if (!close(ws.gradW[l][i], fd, REL, 1e-9))
        return `layer ${l} weight ${i}: backprop ${ws.gradW[l][i]}, FD ${fd}`;
    }
    for (let i = 0; i < layer.biases.length; i++) {
      const fd = layer.useBias ? centralDifference(c, loss, layer.biases, i) : 0;
      if (!close(ws.gradB[l][i], fd, REL, 1e-9))
        return `layer ${l} bias ${i}: backprop ${ws.gradB[l][i]}, FD ${fd}`;
    }
  }
  return null;
}

const OUTPUTS: [Activation, Loss][] = [
  ...ACTIVATIONS.map((a): [Activation, Loss] => [a, 'mse']),
  ['sigmoid', 'binary_cross_entropy'],
  ['softmax', 'cross_entropy'],
];

describe.each(OUTPUTS)('a %s output layer with %s loss', (out, loss) => {
  it.each(HIDDEN_ACTIVATIONS)(
    'with %s hidden layers: the batch loss is the mean of the per-sample formula',
    (hidden) => {
      fc.assert(
        fc.property(caseArb(hidden, out, loss), (c) => {
          const got = engineGradients(c, loss).loss;
          expect(close(got, refBatchLoss(c.mlp, loss, c.xs, c.ys), 1e-10, 1e-14)).toBe(true);
        }),
        { seed: 1234, numRuns: 30 },
      );
    },
  );

  it.each(HIDDEN_ACTIVATIONS)(
    'with %s hidden layers: every weight and bias gradient matches central differences',
    (hidden) => {
      fc.assert(
        fc.property(caseArb(hidden, out, loss), (c) => {
          fc.pre(!nearKink(c));
          expect(firstMismatch(c, loss)).toBeNull();
        }),
        { seed: 1234, numRuns: 60 },
      );
    },
  );
});

describe('layers without biases', () => {
  it('have zero bias gradients and correct weight gradients', () => {
    fc.assert(
      fc.property(caseArb('tanh', 'sigmoid', 'mse', false), (c) => {
        const { ws } = engineGradients(c, 'mse');
        for (const gb of ws.gradB) expect([...gb].every((g) => g === 0)).toBe(true);
        expect(firstMismatch(c, 'mse')).toBeNull();
      }),
      { seed: 1234, numRuns: 60 },
    );
  });
});
