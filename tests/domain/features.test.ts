import { describe, expect, it } from 'vitest';
import { detmath } from '../../src/engine';
import { generate2d, wordsDataset } from '../../src/datasets';
import { checkConfig, DEFAULT_CONFIG, inputNamesOf, mlpSpecFor, type Config } from '../../src/domain/config';
import { buildRun } from '../../src/domain/run';

const circle = (_c: Config) =>
  generate2d('circle', { n: 60, noise: 0, trainRatio: 0.5, seed: 3, positiveFraction: 0.5 });

describe('input features of a run', () => {
  it('a config without a feature list (an old link or file) builds exactly the x₁, x₂ run', () => {
    const { features: _f, ...old } = DEFAULT_CONFIG;
    const d = circle(DEFAULT_CONFIG);
    const a = buildRun(old as Config, d);
    const b = buildRun(DEFAULT_CONFIG, d);
    expect(DEFAULT_CONFIG.features).toEqual(['x1', 'x2']);
    expect(a.mlp.inputs).toBe(2);
    expect(Array.from(a.mlp.layers[0].weights)).toEqual(Array.from(b.mlp.layers[0].weights));
    // The very same inputs, not a copy of them.
    expect(a.train.x).toBe(d.train.x);
    expect(b.train.x).toBe(d.train.x);
    const r = checkConfig(old as Config);
    expect(r.ok && r.value.features).toEqual(['x1', 'x2']);
  });

  it('the first layer takes the chosen features, and the training inputs are those features', () => {
    const c: Config = { ...DEFAULT_CONFIG, features: ['x1sq', 'sinx1', 'x2'] };
    const d = circle(c);
    const run = buildRun(c, d);
    expect(run.mlp.inputs).toBe(3);
    expect(run.train.x.length).toBe(d.train.n * 3);
    const [a, b] = [d.train.x[0], d.train.x[1]];
    expect(Array.from(run.train.x.subarray(0, 3))).toEqual([a * a, detmath.sin(a), b]);
    expect(inputNamesOf(c, d)).toEqual(['x₁²', 'sin x₁', 'x₂']);
  });

  it('each feature is kept once, in the order given (a model file’s columns keep theirs)', () => {
    const r = checkConfig({ ...DEFAULT_CONFIG, features: ['sinx1', 'x1', 'sinx1'] as Config['features'] });
    expect(r.ok && r.value.features).toEqual(['sinx1', 'x1']);
  });

  it('refuses no features and unknown ones, by name', () => {
    const none = checkConfig({ ...DEFAULT_CONFIG, features: [] });
    expect(!none.ok && none.error).toMatch(/input features must include at least one/);
    const bad = checkConfig({ ...DEFAULT_CONFIG, features: ['x1', 'cos'] as Config['features'] });
    expect(!bad.ok && bad.error).toMatch(/input feature must be one of x1, x2, x1sq.*got 'cos'/);
  });

  it('wide data sets ignore the features: words keep their inputs and names', () => {
    const c: Config = { ...DEFAULT_CONFIG, dataset: 'words', features: ['x1sq'] };
    const d = wordsDataset({ trainRatio: 0.5, seed: 1 });
    expect(mlpSpecFor(c, d).inputs).toBe(d.inputs);
    expect(inputNamesOf(c, d)).toEqual(d.featureNames);
  });
});
