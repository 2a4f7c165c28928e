import { describe, expect, it } from 'vitest';
import { createMlp, createRng, Trainer, type TrainData } from '../../src/engine';
import { weightStep } from '../../src/inspector/arithmetic';

function data(n: number): TrainData {
  const r = createRng(5);
  const x = Float64Array.from({ length: 2 * n }, () => r.next() * 2 - 1);
  const y = Float64Array.from({ length: n }, (_, i) => (x[2 * i] * x[2 * i + 1] > 0 ? 1 : -1));
  return { n, x, y };
}

describe('the step inspector with dropout', () => {
  it('marks each sample whose receiving or sending unit was dropped; their δ or a is 0, so their share is 0', () => {
    const mlp = createMlp(
      {
        inputs: 2,
        layers: [
          { units: 5, activation: 'tanh' },
          { units: 4, activation: 'gelu' },
          { units: 1, activation: 'tanh' },
        ],
        init: { kind: 'xavier_uniform' },
        useBias: true,
      },
      createRng(2),
    );
    const opts = { loss: 'mse' as const, batchSize: 12, lr: 0.1, l1: 0, l2: 0, momentum: 0 };
    const t = new Trainer(mlp, data(40), { ...opts, dropout: 0.5, dropoutSeed: 3 }, createRng(1));
    const o = t.trainBatch(true);
    if (!o.ok || !o.record) throw new Error('refused');
    let receivers = 0;
    let senders = 0;
    for (let row = 0; row < 4; row++)
      for (let col = 0; col < 5; col++) {
        for (const s of weightStep(o.record, 1, row, col).samples) {
          if (s.receiverDropped) {
            receivers++;
            expect(s.delta === 0).toBe(true);
          }
          if (s.senderDropped) {
            senders++;
            expect(s.a === 0).toBe(true);
          }
          if (s.receiverDropped || s.senderDropped) expect(s.product === 0).toBe(true);
        }
      }
    expect(receivers).toBeGreaterThan(0);
    expect(senders).toBeGreaterThan(0);
    // The output layer is never dropped; the first layer's senders are inputs.
    expect(weightStep(o.record, 2, 0, 1).samples.some((s) => s.receiverDropped)).toBe(false);
    expect(weightStep(o.record, 0, 1, 0).samples.some((s) => s.senderDropped)).toBe(false);
  });
});
