/** The command line and input features: a model file that names its features is trained on 2-column data. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { featureRows } from '../../src/datasets/features';
import {
  createRng,
  evaluate,
  parseModelFile,
  targetsFromLabels,
  Trainer,
  DEFAULT_SGD,
} from '../../src/engine';
import { cli, tempFiles } from './run';

/** Blue inside the circle of radius 1, orange outside: one line in (x₁², x₂²). */
function circleCsv(): string {
  const rows = ['x1,x2,label'];
  for (let i = 0; i < 60; i++) {
    const a = ((i * 37) % 19) / 6 - 1.5;
    const b = ((i * 53) % 23) / 7 - 1.5;
    rows.push(`${a},${b},${a * a + b * b < 1 ? 1 : 0}`);
  }
  return rows.join('\n') + '\n';
}

describe('weightscope with input features', () => {
  it('init --features writes a model that takes them and names them', () => {
    const p = tempFiles();
    const r = cli('init', '--layers', '2,4,1', '--features', 'x1sq,x2sq', '--out', p('m.json'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const m = parseModelFile(readFileSync(p('m.json'), 'utf8'));
    expect(m.ok && m.value.inputFeatures).toEqual(['x1sq', 'x2sq']);
  });

  it('init refuses features that do not match the input size, or unknown ones', () => {
    const p = tempFiles();
    expect(cli('init', '--layers', '3,4,1', '--features', 'x1sq,x2sq', '--out', p('m.json')).stderr).toMatch(
      /--features names 2 features, but --layers starts with 3 inputs/,
    );
    expect(cli('init', '--layers', '2,4,1', '--features', 'x1,cos', '--out', p('m.json')).stderr).toMatch(
      /--features: input feature must be one of .*got 'cos'/,
    );
  });

  it('train computes the features from the two columns, as the app does, and keeps them in the file', () => {
    const p = tempFiles({ 'c.csv': circleCsv() });
    cli('init', '--layers', '2,4,1', '--features', 'x1sq,x2sq', '--seed', '3', '--out', p('m.json'));
    const args = ['--loss', 'binary_cross_entropy', '--lr', '0.3', '--batch-size', '6', '--steps', '50'];
    const r = cli('train', '--model', p('m.json'), '--data', p('c.csv'), ...args, '--out', p('t.json'));
    expect(r.stderr).toBe('');
    const trained = parseModelFile(readFileSync(p('t.json'), 'utf8'));
    expect(trained.ok && trained.value.inputFeatures).toEqual(['x1sq', 'x2sq']);
    // The same run by hand: the engine on the features of the points.
    const start = parseModelFile(readFileSync(p('m.json'), 'utf8'));
    if (!start.ok || !trained.ok) throw new Error('unreadable model');
    const lines = circleCsv()
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(',').map(Number));
    const x = featureRows(Float64Array.from(lines.flatMap((l) => [l[0], l[1]])), lines.length, [
      'x1sq',
      'x2sq',
    ]);
    const data = { n: lines.length, x, y: targetsFromLabels(Float64Array.from(lines.map((l) => l[2])), 1) };
    const m = start.value.mlp;
    const t = new Trainer(
      m,
      data,
      { ...DEFAULT_SGD, loss: 'binary_cross_entropy', lr: 0.3, batchSize: 6, shuffle: true },
      createRng(1),
    );
    t.run(50);
    expect(Array.from(trained.value.mlp.layers[0].weights)).toEqual(Array.from(m.layers[0].weights));
    const e = JSON.parse(
      cli('eval', '--model', p('t.json'), '--data', p('c.csv'), '--loss', 'binary_cross_entropy').stdout,
    );
    expect(e.loss).toBe(evaluate(m, data, 'binary_cross_entropy').loss);
  });

  it('a model with features needs data with two input columns', () => {
    const p = tempFiles({ 'wide.csv': 'a,b,c,label\n1,2,3,0\n' });
    cli('init', '--layers', '2,4,1', '--features', 'x1sq,sinx1', '--out', p('m.json'));
    const r = cli('eval', '--model', p('m.json'), '--data', p('wide.csv'), '--loss', 'mse');
    expect(r.stderr).toMatch(/features of 2D points \(x1sq, sinx1\).*has 3 input columns/);
  });
});
