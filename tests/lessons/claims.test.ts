import { describe, expect, it } from 'vitest';
import { evaluate, predictWithHidden } from '../../src/engine';
import { turnedNegative } from '../../src/lessons/checks';
import {
  exactZeroFraction,
  flipInputExperiment,
  hiddenUnitsIdentical,
  magnitudeMasks,
  pruned,
} from '../../src/lessons/experiments';
import { lessonById } from '../../src/lessons';
import { trainOptionsOf } from '../../src/domain/run';
import { lessonSession } from './session';

const lesson = (id: string) => lessonById(id)!;

describe('lesson claims, proved on the engine with each lesson\u2019s own preset and seed', () => {
  it('negative weights: from an all-positive start, a ReLU net has weights turn negative within 300 steps while no ReLU output is negative', () => {
    const { session } = lessonSession(lesson('negative-weights'));
    const start = session.mlp.layers.map((l) => l.weights.slice());
    expect(start.every((w) => w.every((v) => v > 0))).toBe(true);
    session.trainer.run(300);
    const flips = turnedNegative(session.mlp, { w: start, b: [] });
    expect(flips.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(3);
    expect(flips[1] + flips[2]).toBeGreaterThan(0);
    const units = predictWithHidden(session.mlp, session.train.x, session.train.n, true).units!;
    for (const layer of units.slice(0, -1))
      for (const u of layer) expect(Math.min(...u)).toBeGreaterThanOrEqual(0);
  });

  it('flip an input: negated x₁ from mirrored weights trains to exactly mirrored x₁ weights, everything else bit-identical', () => {
    const { config, session } = lessonSession(lesson('flip-input'));
    const r = flipInputExperiment(session.mlp, session.train, trainOptionsOf(config), config.seed, 400);
    expect(r.mirroredError).toBe(0);
    expect(r.otherError).toBe(0);
    // And the run really learnt something: the weights moved.
    expect(r.original.layers[0].weights).not.toEqual(session.mlp.layers[0].weights);
  });

  it('positive weights only cannot solve XOR (≤ 80% after 2000 steps); turning the constraint off, the same run then does (≥ 95% within 3000 more)', () => {
    const { session } = lessonSession(lesson('positive-only'));
    session.trainer.run(2000);
    expect(evaluate(session.mlp, session.train, 'mse').accuracy!).toBeLessThanOrEqual(0.8);
    expect(session.mlp.layers.every((l) => l.weights.every((w) => w >= 0))).toBe(true);
    session.trainer.setOptions({ ...session.trainer.options, nonNegative: false });
    session.trainer.run(3000);
    expect(evaluate(session.mlp, session.train, 'mse').accuracy!).toBeGreaterThanOrEqual(0.95);
    expect(session.mlp.layers.some((l) => l.weights.some((w) => w < 0))).toBe(true);
  });

  it('zero initialisation never breaks symmetry: after 500 steps every hidden unit is identical', () => {
    const { session } = lessonSession(lesson('initialisation'));
    session.trainer.run(500);
    expect(hiddenUnitsIdentical(session.mlp)).toBe(true);
    // The output bias still learns, so the run is not simply frozen.
    expect(session.mlp.layers[2].biases[0]).not.toBe(0);
  });

  it('L1 with stop-at-zero gives exact zeros (≥ 20% of weights after 1000 steps); the plain subgradient gives almost none', () => {
    const clip = lessonSession(lesson('regularisation'), { l1: 0.01, l1Mode: 'clip_at_zero' });
    clip.session.trainer.run(1000);
    expect(exactZeroFraction(clip.session.mlp)).toBeGreaterThanOrEqual(0.2);
    const sub = lessonSession(lesson('regularisation'), { l1: 0.01, l1Mode: 'subgradient' });
    sub.session.trainer.run(1000);
    expect(exactZeroFraction(sub.session.mlp)).toBeLessThan(0.02);
  });

  it('without biases the shifted clusters cannot be separated (< 80%); with biases they can (≥ 95%)', () => {
    const off = lessonSession(lesson('biases'));
    off.session.trainer.run(2000);
    expect(evaluate(off.session.mlp, off.session.train, 'binary_cross_entropy').accuracy!).toBeLessThan(0.8);
    const on = lessonSession(lesson('biases'), { useBias: true });
    on.session.trainer.run(2000);
    expect(
      evaluate(on.session.mlp, on.session.train, 'binary_cross_entropy').accuracy!,
    ).toBeGreaterThanOrEqual(0.95);
  });

  it('pruning: half the weights of a trained moons net can go with accuracy kept ≥ 90%', () => {
    const { session } = lessonSession(lesson('pruning'));
    session.trainer.run(3000);
    const before = evaluate(session.mlp, session.train, 'mse').accuracy!;
    expect(before).toBeGreaterThanOrEqual(0.95);
    const half = pruned(session.mlp, magnitudeMasks(session.mlp, 0.5, 'global'));
    expect(exactZeroFraction(half)).toBeGreaterThanOrEqual(0.5);
    expect(evaluate(half, session.train, 'mse').accuracy!).toBeGreaterThanOrEqual(0.9);
  });
});
