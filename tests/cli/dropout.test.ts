import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createRng,
  DEFAULT_SGD,
  dropoutSeedOf,
  parseModel,
  serializeModel,
  targetsFromLabels,
  Trainer,
} from '../../src/engine';
import { cli, tempFiles } from './run';

const XS = [1, 2, -1, 0.5, 3, -2];
const YS = [2, 3, -1, 1, 4, -3];
const CSV = 'x,label\n' + XS.map((x, i) => `${x},${YS[i]}`).join('\n') + '\n';
/** One input, a hidden layer of three tanh units, a linear output. */
const MODEL = JSON.stringify({
  format: 'weightscope-model',
  version: 1,
  inputs: 1,
  layers: [
    { units: 3, activation: 'tanh', weights: [[0.5], [-0.3], [0.8]], biases: [0.1, 0, -0.2] },
    { units: 1, activation: 'linear', weights: [[0.4, -0.6, 0.7]], biases: [0.05] },
  ],
});

const args = (p: (n: string) => string, out: string, extra: string[]) => [
  'train',
  ...['--model', p('m.json'), '--data', p('d.csv'), '--loss', 'mse', '--lr', '0.1'],
  ...['--batch-size', '2', '--steps', '9', '--out', p(out), '--seed', '4', ...extra],
];

describe('train --dropout', () => {
  it('trains as the engine does with that rate and the dropout stream of --seed, bit for bit', () => {
    const p = tempFiles({ 'd.csv': CSV, 'm.json': MODEL });
    const r = cli(...args(p, 't.json', ['--dropout', '0.5']));
    expect(r.stderr).toBe('');
    const m = parseModel(MODEL);
    if (!m.ok) throw new Error(m.error);
    const data = { n: 6, x: Float64Array.from(XS), y: targetsFromLabels(YS, 1) };
    const opts = {
      ...DEFAULT_SGD,
      lr: 0.1,
      loss: 'mse' as const,
      batchSize: 2,
      shuffle: true,
      dropout: 0.5,
      dropoutSeed: dropoutSeedOf(4),
    };
    new Trainer(m.value, data, opts, createRng(4)).run(9);
    expect(readFileSync(p('t.json'), 'utf8').trim()).toBe(serializeModel(m.value));
    cli(...args(p, 'plain.json', []));
    expect(readFileSync(p('plain.json'), 'utf8')).not.toBe(readFileSync(p('t.json'), 'utf8'));
  });

  it('refuses a rate above 0.9 with the settings table’s message', () => {
    const p = tempFiles({ 'd.csv': CSV, 'm.json': MODEL });
    const r = cli(...args(p, 't.json', ['--dropout', '0.95']));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('dropout rate must be between 0 and 0.9; got 0.95');
  });
});
