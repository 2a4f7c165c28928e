import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseModel } from '../../src/engine';
import { cli, spawnCli, SPAWN_TIMEOUT, tempFiles } from './run';

/** Points labelled 1 above the line x₂ = x₁, 0 below: a sigmoid net learns this in a few hundred steps. */
function halfPlaneCsv(n: number): string {
  const rows = ['x1,x2,label'];
  for (let i = 0; i < n; i++) {
    const a = ((i * 37) % 19) / 9 - 1;
    const b = ((i * 53) % 23) / 11 - 1;
    if (Math.abs(a - b) > 0.1) rows.push(`${a},${b},${b > a ? 1 : 0}`);
  }
  return rows.join('\n') + '\n';
}

describe('weightscope init → train → eval', () => {
  it(
    'writes a model, trains it, and evaluates it to the loss training reported',
    async () => {
      const p = tempFiles({ 'train.csv': halfPlaneCsv(80) });
      const init = await spawnCli(
        'init',
        ...['--layers', '2,8,1', '--activation', 'tanh', '--output', 'sigmoid', '--init', 'xavier_uniform'],
        ...['--seed', '7', '--out', p('m.json')],
      );
      expect(init.stderr).toBe('');
      expect(init.code).toBe(0);
      const model = parseModel(readFileSync(p('m.json'), 'utf8'));
      expect(model.ok && model.value.layers.map((l) => [l.inputs, l.units, l.activation])).toEqual([
        [2, 8, 'tanh'],
        [8, 1, 'sigmoid'],
      ]);

      const train = await spawnCli(
        'train',
        ...['--model', p('m.json'), '--data', p('train.csv'), '--loss', 'binary_cross_entropy'],
        ...['--lr', '0.5', '--batch-size', '8', '--steps', '400', '--momentum', '0.5', '--out', p('t.json')],
      );
      expect(train.stderr).toBe('');
      expect(train.code).toBe(0);
      const summary = JSON.parse(train.stdout);
      expect(summary.steps).toBe(400);
      expect(summary.accuracy).toBeGreaterThan(0.95);

      const ev = await spawnCli(
        'eval',
        '--model',
        p('t.json'),
        '--data',
        p('train.csv'),
        '--loss',
        'binary_cross_entropy',
      );
      expect(ev.code).toBe(0);
      const result = JSON.parse(ev.stdout);
      expect(Object.keys(result)).toEqual(['loss', 'accuracy']);
      expect(result.loss).toBe(summary.loss);
      expect(result.accuracy).toBe(summary.accuracy);
    },
    SPAWN_TIMEOUT,
  );

  it('init gives the same file for the same seed and another for another seed', () => {
    const p = tempFiles();
    const args = ['--layers', '3,4,2', '--output', 'softmax', '--init', 'he_normal'];
    cli('init', ...args, '--seed', '3', '--out', p('a.json'));
    cli('init', ...args, '--seed', '3', '--out', p('b.json'));
    cli('init', ...args, '--seed', '4', '--out', p('c.json'));
    const read = (n: string) => readFileSync(p(n), 'utf8');
    expect(read('a.json')).toBe(read('b.json'));
    expect(read('a.json')).not.toBe(read('c.json'));
  });

  it('init honours --init constant with --init-value and --no-bias', () => {
    const p = tempFiles();
    const r = cli(
      'init',
      ...[
        '--layers',
        '2,3,1',
        '--init',
        'constant',
        '--init-value',
        '0.25',
        '--no-bias',
        '--out',
        p('m.json'),
      ],
    );
    expect(r.code).toBe(0);
    const file = JSON.parse(readFileSync(p('m.json'), 'utf8'));
    expect(file.layers[0].weights).toEqual([
      [0.25, 0.25],
      [0.25, 0.25],
      [0.25, 0.25],
    ]);
    expect(file.layers.map((l: { useBias?: boolean }) => l.useBias)).toEqual([false, false]);
  });

  it('--help prints the usage and exits 0', () => {
    const r = cli('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: npm run weightscope -- <command> [flags]');
    for (const c of ['init', 'train', 'eval', '--no-shuffle']) expect(r.stdout).toContain(c);
  });

  it('writes nothing when training cannot start', () => {
    const p = tempFiles({ 'd.csv': 'a,b,c,label\n1,2,3,0\n' });
    cli('init', '--layers', '2,1', '--out', p('m.json'));
    const r = cli(
      'train',
      ...['--model', p('m.json'), '--data', p('d.csv'), '--loss', 'mse', '--lr', '0.1'],
      ...['--batch-size', '1', '--steps', '1', '--out', p('t.json')],
    );
    expect(r.code).not.toBe(0);
    expect(existsSync(p('t.json'))).toBe(false);
  });
});
