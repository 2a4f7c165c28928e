import { describe, expect, it } from 'vitest';
import { measure } from '../../src/domain/run';
import { lessonById } from '../../src/lessons';
import { unitTowards } from '../../src/lessons/mnist';
import { snapshotParams } from '../../src/session/params';
import { lessonSession } from './session';

const PIXELS = 784;
const lesson = lessonById('mnist-three')!;

function correlation(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  let ma = 0,
    mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i];
    mb += b[i];
  }
  ma /= n;
  mb /= n;
  let ab = 0,
    aa = 0,
    bb = 0;
  for (let i = 0; i < n; i++) {
    ab += (a[i] - ma) * (b[i] - mb);
    aa += (a[i] - ma) ** 2;
    bb += (b[i] - mb) ** 2;
  }
  return ab / Math.sqrt(aa * bb);
}

describe('MNIST lesson: which pixels make a unit vote "3", proved on the engine with its preset and seed', () => {
  const { config, session } = lessonSession(lesson);
  const d = session.train;
  // How often each pixel is inked, in the training 3s and in the other training digits (independent of the net).
  const ink3 = new Float64Array(PIXELS);
  const inkOther = new Float64Array(PIXELS);
  let n3 = 0;
  for (let i = 0; i < d.n; i++) {
    const three = d.y[i * 10 + 3] === 1;
    const into = three ? ink3 : inkOther;
    for (let j = 0; j < PIXELS; j++) into[j] += d.x[i * PIXELS + j];
    if (three) n3++;
  }
  for (let j = 0; j < PIXELS; j++) {
    ink3[j] /= n3;
    inkOther[j] /= d.n - n3;
  }
  const threeMinusOther = ink3.map((v, j) => v - inkOther[j]);
  const imageOf = (u: number) => session.mlp.layers[0].weights.subarray(u * PIXELS, (u + 1) * PIXELS);
  const mean = (idx: number[], a: Float64Array) => idx.reduce((s, j) => s + a[j], 0) / idx.length;

  it('is a 784 → 32 → 10 softmax network on 28×28 MNIST images', () => {
    expect(d.n).toBe(5000);
    expect(session.mlp.inputs).toBe(PIXELS);
    expect(session.mlp.layers.map((l) => l.units)).toEqual([32, 10]);
    expect(config.dataset).toBe('mnist');
  });

  it('before training, the image of the unit voting hardest for "3" is noise: uncorrelated with the 3s’ ink', () => {
    const t = unitTowards(session.mlp, 3)!;
    expect(Math.abs(correlation(imageOf(t.unit), threeMinusOther))).toBeLessThan(0.1);
  });

  it('after 200 steps (test accuracy ≥ 85%) that unit is blue where 3s have ink more than other digits and orange where they have less', () => {
    const ctx = {
      mlp: session.mlp,
      start: snapshotParams(session.mlp),
      config,
      metrics: measure(session, config),
      step: 0,
      train: session.train,
      memory: {},
    };
    expect(lesson.check(ctx).passed).toBe(false);
    session.trainer.run(200);
    ctx.step = 200;
    ctx.metrics = measure(session, config);
    expect(ctx.metrics.testAccuracy).toBeGreaterThanOrEqual(0.85);
    const t = unitTowards(session.mlp, 3)!;
    expect(t.weight).toBeGreaterThan(0);
    const r = lesson.check(ctx);
    expect(r.passed).toBe(true);
    expect(r.status).toContain(`Unit ${t.unit + 1} pushes hardest towards "3"`);

    const w = imageOf(t.unit);
    expect(correlation(w, threeMinusOther)).toBeGreaterThan(0.3);
    const byWeight = Array.from({ length: PIXELS }, (_, j) => j).sort((a, b) => w[b] - w[a]);
    const blue = byWeight.slice(0, 50);
    const orange = byWeight.slice(-50);
    expect(blue.every((j) => w[j] > 0)).toBe(true);
    expect(orange.every((j) => w[j] < 0)).toBe(true);
    // Its 50 bluest pixels are inked more in 3s than in other digits; its 50 most orange ones less.
    expect(mean(blue, ink3)).toBeGreaterThan(1.3 * mean(blue, inkOther));
    expect(mean(orange, inkOther)).toBeGreaterThan(1.5 * mean(orange, ink3));
  });
});
