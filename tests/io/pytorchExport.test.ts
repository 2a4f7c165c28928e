import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate2d, parseDigits, type Dataset } from '../../src/datasets';
import { checkConfig, DEFAULT_CONFIG, type Config } from '../../src/domain/config';

/** A config the settings table accepts (a test's own settings must fit it). */
function usableConfig(c: Config): Config {
  const r = checkConfig(c);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}
import { buildRun } from '../../src/domain/run';
import { cloneMlp, evaluate } from '../../src/engine';
import { pytorchScript } from '../../src/io/pytorchExport';
import { scriptFeatures } from '../../src/io/scriptData';
import { hasPython, hasTorch, PYTHON, runScript, saveScript, withScript } from './python';

const spiral = (c: Config) =>
  generate2d('spiral', {
    n: c.points,
    noise: c.noise,
    trainRatio: c.trainRatio,
    seed: c.dataSeed,
    shift: [0, 0],
    positiveFraction: 0.5,
  });
const digits = (c: Config) =>
  parseDigits(readFileSync(new URL('../../public/data/digits.csv', import.meta.url), 'utf8'), {
    trainRatio: c.trainRatio,
    seed: c.dataSeed,
  });

interface Case {
  name: string;
  patch: Partial<Config>;
  data: (c: Config) => Dataset;
  steps: number;
  /** Frozen and pruned masks on the first layer, as the pruning lesson sets them. */
  masks?: boolean;
}
const CASES: Case[] = [
  {
    name: 'tanh, mse, momentum, L2, L1 and clipping',
    patch: { momentum: 0.9, l2: 0.003, l1: 0.001, clip: 0.05, lr: 0.1, batchSize: 7 },
    data: spiral,
    steps: 120,
  },
  {
    name: 'relu, sigmoid output, binary cross-entropy, frozen and pruned weights',
    patch: {
      activation: 'relu',
      outputActivation: 'sigmoid',
      loss: 'binary_cross_entropy',
      lr: 0.3,
      batchSize: 16,
    },
    data: spiral,
    steps: 80,
    masks: true,
  },
  {
    name: 'leaky ReLU, L1 stopping at zero, non-negative weights, no biases',
    patch: {
      activation: 'leaky_relu',
      l1: 0.01,
      l1Mode: 'clip_at_zero',
      nonNegative: true,
      useBias: false,
      lr: 0.05,
    },
    data: spiral,
    steps: 60,
  },
  {
    name: 'input features x₁², sin x₁, x₁x₂ computed by the script from the points',
    patch: { features: ['x1sq', 'sinx1', 'x1x2'], lr: 0.01, momentum: 0.5 },
    data: spiral,
    steps: 60,
  },
  {
    name: 'digits 64-32-10, softmax, cross-entropy, momentum',
    patch: {
      dataset: 'digits',
      hidden: [32],
      layerActivations: [null],
      activation: 'sigmoid',
      outputActivation: 'softmax',
      loss: 'cross_entropy',
      momentum: 0.5,
      lr: 0.5,
      batchSize: 32,
    },
    data: digits,
    steps: 100,
  },
  {
    name: 'SiLU hidden layers, momentum',
    patch: { activation: 'silu', momentum: 0.9, lr: 0.05 },
    data: spiral,
    steps: 80,
  },
  {
    name: 'GELU (tanh form) hidden layers, sigmoid output, binary cross-entropy',
    patch: { activation: 'gelu', outputActivation: 'sigmoid', loss: 'binary_cross_entropy', lr: 0.3 },
    data: spiral,
    steps: 80,
  },
  {
    name: 'sine hidden layers, a GELU second layer, a sine output, mse',
    patch: { activation: 'sine', layerActivations: [null, 'gelu'], outputActivation: 'sine', lr: 0.1 },
    data: spiral,
    steps: 80,
  },
  {
    name: 'dropout 0.5 on tanh hidden layers, momentum',
    patch: { dropout: 0.5, momentum: 0.9, lr: 0.05 },
    data: spiral,
    steps: 80,
  },
  {
    name: 'dropout 0.3 on GELU and ReLU layers, softmax, cross-entropy, frozen and pruned weights',
    patch: {
      dropout: 0.3,
      activation: 'gelu',
      layerActivations: [null, 'relu'],
      outputActivation: 'softmax',
      loss: 'cross_entropy',
      lr: 0.2,
      batchSize: 13,
    },
    data: spiral,
    steps: 80,
    masks: true,
  },
];

/** A run as the app holds it, the network of step 0 kept aside, then N steps of the engine. */
function engineRun(k: Case) {
  const config = usableConfig({ ...DEFAULT_CONFIG, ...k.patch });
  const data = k.data(config);
  const run = buildRun(config, data);
  if (k.masks) {
    const l = run.mlp.layers[0];
    l.frozen = Uint8Array.from(l.weights, (_, i) => (i % 5 === 0 ? 1 : 0));
    l.pruned = Uint8Array.from(l.weights, (_, i) => (i % 7 === 3 ? 1 : 0));
    l.pruned.forEach((p, i) => p && (l.weights[i] = 0));
  }
  const step0 = cloneMlp(run.mlp);
  const indices: number[][] = [];
  for (let s = 0; s < k.steps; s++) {
    const o = run.trainer.trainBatch(true);
    if (!o.ok || !o.record) throw new Error('the engine refused a step');
    indices.push(Array.from(o.record.batch.indices));
  }
  const script = pytorchScript({
    config,
    model: step0,
    train: run.train,
    steps: k.steps,
    ...scriptFeatures(config, data),
  });
  return { config, run, indices, path: saveScript(script) };
}

const relDiff = (a: number, b: number) =>
  a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));

describe('the exported PyTorch script', { timeout: 120_000 }, () => {
  if (!hasPython) it.skip(`batch order: skipped, there is no ${PYTHON} on this machine`);
  describe.skipIf(!hasPython)('without torch (import torch made to fail): the batch order', () => {
    for (const k of CASES.slice(0, 1).concat(CASES.slice(3)))
      it(`${k.name}: batches(N) lists the engine's batches, sample for sample`, () => {
        const e = engineRun(k);
        const out = withScript(e.path, `print(json.dumps(list(run.batches(${k.steps}))))`, {
          withoutTorch: true,
        });
        expect(JSON.parse(out)).toEqual(e.indices);
      });
  });

  describe.skipIf(!hasPython)('without torch: the dropout masks', () => {
    it("dropout_masks(step, rows) draws the engine's masks of every step, unit for unit", () => {
      const k = CASES.find((c) => c.name.startsWith('dropout 0.3'))!;
      const config = usableConfig({ ...DEFAULT_CONFIG, ...k.patch });
      const run = buildRun(config, k.data(config));
      const step0 = cloneMlp(run.mlp);
      const want: number[][][] = [];
      for (let s = 0; s < 30; s++) {
        const o = run.trainer.trainBatch(true);
        if (!o.ok || !o.record) throw new Error('the engine refused a step');
        const rows = o.record.batch.indices.length;
        want.push(
          o.record.batch.dropMask
            .slice(0, -1)
            .map((m, l) => Array.from(m!, (v) => v).slice(0, rows * run.mlp.layers[l].units)),
        );
      }
      const path = saveScript(pytorchScript({ config, model: step0, train: run.train, steps: 30 }));
      const out = withScript(
        path,
        `print(json.dumps([[sum(m, []) for m in run.dropout_masks(s, len(b))] for s, b in enumerate(run.batches(30))]))`,
        { withoutTorch: true },
      );
      expect(JSON.parse(out)).toEqual(want);
    });
  });

  if (!hasTorch)
    it.skip(`with real torch: skipped, ${PYTHON} cannot import torch (apt-get install python3-torch)`);
  describe.skipIf(!hasTorch)('with real torch', () => {
    for (const k of CASES)
      it(`${k.name}: after train(model, ${k.steps}) the weights equal the engine's to 1e-9 relative`, () => {
        const e = engineRun(k);
        const out = withScript(
          e.path,
          `m = run.build_model()\nrun.train(m, ${k.steps})\nprint(json.dumps([[l.weight.flatten().tolist(), [] if l.bias is None else l.bias.tolist()] for l in m.layers]))`,
        );
        const torchParams: [number[], number[]][] = JSON.parse(out);
        let worst = 0;
        e.run.mlp.layers.forEach((l, i) => {
          l.weights.forEach((w, j) => (worst = Math.max(worst, relDiff(w, torchParams[i][0][j]))));
          if (l.useBias)
            l.biases.forEach((b, j) => (worst = Math.max(worst, relDiff(b, torchParams[i][1][j]))));
        });
        console.log(
          `${k.name}: max relative difference torch vs Weightscope after ${k.steps} steps: ${worst.toExponential(2)}`,
        );
        expect(worst).toBeLessThan(1e-9);
      });

    it('with input features the script is given the points, not the features, and computes them itself', () => {
      const k = CASES[3];
      const e = engineRun(k);
      const out = withScript(
        e.path,
        'print(json.dumps([run.INPUT_FEATURES, len(run.TRAIN_POINTS[0]), run.TRAIN_X[:3]]))',
      );
      const [names, width, first]: [string[], number, number[][]] = JSON.parse(out);
      expect(names).toEqual(['x1sq', 'sinx1', 'x1x2']);
      expect(width).toBe(2);
      first.flat().forEach((v, i) => expect(relDiff(v, e.run.train.x[i])).toBeLessThan(1e-15));
    });

    it("run as a program it trains the app's number of steps and prints the final training loss", () => {
      const e = engineRun(CASES[0]);
      const out = runScript(e.path, []);
      const m = /after (\d+) steps: training loss (\S+)/.exec(out);
      expect(m?.[1]).toBe(String(CASES[0].steps));
      const want = evaluate(e.run.mlp, e.run.train, e.config.loss).loss;
      expect(relDiff(Number(m?.[2]), want)).toBeLessThan(1e-9);
    });
  });
});
