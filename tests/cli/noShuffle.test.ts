import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createRng,
  DEFAULT_SGD,
  parseModel,
  serializeModel,
  targetsFromLabels,
  Trainer,
} from '../../src/engine';
import { cli, spawnCli, SPAWN_TIMEOUT, tempFiles } from './run';

const XS = [1, 2, -1, 0.5, 3];
const YS = [2, 3, -1, 1, 4];
const CSV = 'x,label\n' + XS.map((x, i) => `${x},${YS[i]}`).join('\n') + '\n';
/** ŷ = w·x + b with a linear output: one weight, one bias, easy to follow by hand. */
const LINEAR = JSON.stringify({
  format: 'weightscope-model',
  version: 1,
  inputs: 1,
  layers: [{ units: 1, activation: 'linear', weights: [[0.5]], biases: [0.1] }],
});

const trainArgs = (p: (n: string) => string, out: string, extra: string[]) => [
  'train',
  ...['--model', p('m.json'), '--data', p('d.csv'), '--loss', 'mse', '--lr', '0.1'],
  ...['--batch-size', '2', '--steps', '7', '--out', p(out), ...extra],
];

function weightAndBias(path: string): [number, number] {
  const m = parseModel(readFileSync(path, 'utf8'));
  if (!m.ok) throw new Error(m.error);
  return [m.value.layers[0].weights[0], m.value.layers[0].biases[0]];
}

describe('train --no-shuffle', () => {
  it(
    'takes consecutive rows in file order, a short last batch, and starts each epoch at row 1',
    async () => {
      const p = tempFiles({ 'd.csv': CSV, 'm.json': LINEAR });
      const r = await spawnCli(...trainArgs(p, 't.json', ['--no-shuffle']));
      expect(r.stderr).toBe('');
      expect(JSON.parse(r.stdout).epochs).toBe(2);

      // By hand: 5 rows in batches of 2 are rows {1,2}, {3,4}, {5}, then again {1,2}, {3,4}, {5}, {1,2}.
      // With ½(ŷ − y)², a step moves w by −lr · mean((ŷ − y)·x) and b by −lr · mean(ŷ − y).
      const batches = [[0, 1], [2, 3], [4], [0, 1], [2, 3], [4], [0, 1]];
      let w = 0.5;
      let b = 0.1;
      for (const rows of batches) {
        let gw = 0;
        let gb = 0;
        for (const i of rows) {
          const e = w * XS[i] + b - YS[i];
          gw += e * XS[i];
          gb += e;
        }
        w -= (0.1 * gw) / rows.length;
        b -= (0.1 * gb) / rows.length;
      }
      const [wf, bf] = weightAndBias(p('t.json'));
      expect(wf).toBeCloseTo(w, 12);
      expect(bf).toBeCloseTo(b, 12);
    },
    SPAWN_TIMEOUT,
  );

  it('matches the engine Trainer with shuffle off, bit for bit, with momentum and L2', () => {
    const p = tempFiles({ 'd.csv': CSV, 'm.json': LINEAR });
    cli(...trainArgs(p, 't.json', ['--no-shuffle', '--momentum', '0.9', '--l2', '0.01']));
    const m = parseModel(LINEAR);
    if (!m.ok) throw new Error(m.error);
    const data = { n: 5, x: Float64Array.from(XS), y: targetsFromLabels(YS, 1) };
    const opts = {
      ...DEFAULT_SGD,
      lr: 0.1,
      momentum: 0.9,
      l2: 0.01,
      loss: 'mse' as const,
      batchSize: 2,
      shuffle: false,
    };
    new Trainer(m.value, data, opts, createRng(1)).run(7);
    expect(readFileSync(p('t.json'), 'utf8').trim()).toBe(serializeModel(m.value));
  });

  it('without it, rows are shuffled (the result differs from file order)', () => {
    const p = tempFiles({ 'd.csv': CSV, 'm.json': LINEAR });
    cli(...trainArgs(p, 'shuffled.json', []));
    cli(...trainArgs(p, 't.json', ['--no-shuffle']));
    expect(weightAndBias(p('shuffled.json'))).not.toEqual(weightAndBias(p('t.json')));
  });
});
