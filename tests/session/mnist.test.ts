import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { createSession, type SessionState } from '../../src/session';
import { testHost } from './host';

const fresh = () => {
  const asked: string[] = [];
  const t = testHost((path) => {
    asked.push(path);
    return readFileSync(path, 'utf8');
  });
  const s = createSession(t.host);
  return { ...t, s, asked, S: (): SessionState => s.getState() };
};

/** Waits (no speed assumed: the limit only catches a hang) until the data set has arrived. */
const loaded = (S: () => SessionState) =>
  vi.waitFor(() => expect(S().datasetLoading).toBe(false), { timeout: 60_000, interval: 20 });

describe('MNIST in the session', () => {
  it('is fetched when chosen, says "Loading MNIST…" and refuses to train until it is there', async () => {
    const { S, asked } = fresh();
    expect(asked).toEqual([]);
    S().setConfig({ dataset: 'mnist', hidden: [32], outputActivation: 'softmax', loss: 'cross_entropy' });
    expect(S().datasetLoading).toBe(true);
    expect(S().loadingLabel).toBe('Loading MNIST…');
    S().stepBatch();
    expect(S().step).toBe(0);
    await loaded(S);
    expect(asked).toEqual(['public/data/mnist.txt']);
    expect(S().dataset.id).toBe('mnist');
    expect(S().dataset.image).toEqual({ width: 28, height: 28 });
    expect(S().mlp.inputs).toBe(784);
    expect(S().mlp.layers.map((l) => [l.units, l.activation])).toEqual([
      [32, S().config.activation],
      [10, 'softmax'],
    ]);
    expect(S().train.n + S().dataset.test.n).toBe(10_000);
    const before = S().mlp.layers[0].weights.slice();
    S().stepBatch();
    expect(S().step).toBe(1);
    expect(S().mlp.layers[0].weights).not.toEqual(before);
    expect(Number.isFinite(S().metrics.trainLoss)).toBe(true);
  }, 120_000);

  it('uses its data seed and train share: the same config gives the same split and the same first step', async () => {
    const a = fresh();
    const b = fresh();
    for (const x of [a, b]) x.S().setConfig({ dataset: 'mnist', trainRatio: 0.2, dataSeed: 5 });
    await loaded(a.S);
    await loaded(b.S);
    expect(a.S().train.n).toBe(2000);
    expect(a.S().dataset.train.labels).toEqual(b.S().dataset.train.labels);
    a.S().stepBatch();
    b.S().stepBatch();
    expect(a.S().mlp.layers[0].weights).toEqual(b.S().mlp.layers[0].weights);
  }, 120_000);
});
