import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generate2d } from '../../src/datasets';
import { checkConfig, DEFAULT_CONFIG, type Config } from '../../src/domain/config';

/** A config the settings table accepts (a test's own settings must fit it). */
function usableConfig(c: Config): Config {
  const r = checkConfig(c);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}
import { buildRun } from '../../src/domain/run';
import { cloneMlp, modelFromJson } from '../../src/engine';
import { tfjsScript } from '../../src/io/tfjsExport';

/**
 * The script imports '@tensorflow/tfjs' (core + layers + backends, with every gradient registered). This
 * project has only its core and CPU backend, so the script's folder gets a stand-in package of that name that
 * re-exports them and registers the gradients as the full package does (through require: Node's ESM loader
 * rejects that build's directory imports).
 */
function scriptFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'weightscope-tfjs-'));
  const pkg = join(dir, 'node_modules', '@tensorflow', 'tfjs');
  mkdirSync(pkg, { recursive: true });
  const req = createRequire(import.meta.url);
  const core = pathToFileURL(req.resolve('@tensorflow/tfjs-core')).href;
  const cpu = pathToFileURL(req.resolve('@tensorflow/tfjs-backend-cpu')).href;
  writeFileSync(
    join(pkg, 'package.json'),
    JSON.stringify({ name: '@tensorflow/tfjs', type: 'module', main: 'index.js' }),
  );
  const gradients = req.resolve('@tensorflow/tfjs-core/dist/register_all_gradients.js');
  writeFileSync(
    join(pkg, 'index.js'),
    [
      `import { createRequire } from 'node:module';`,
      `import '${cpu}';`,
      `createRequire(import.meta.url)(${JSON.stringify(gradients)});`,
      `export * from '${core}';`,
    ].join('\n'),
  );
  return dir;
}

/** Node with tsx's loader, which reads tfjs-core's gradient registry (extensionless ESM imports). */
function node(args: string[], cwd: string): string {
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const r = spawnSync(process.execPath, ['--import', tsx, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`node failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

const CASES: [string, Partial<Config>, number][] = [
  [
    'tanh, mse, momentum, L2 and clipping',
    { momentum: 0.9, l2: 0.003, clip: 0.05, lr: 0.1, batchSize: 7 },
    40,
  ],
  [
    'relu, sigmoid output, binary cross-entropy',
    { activation: 'relu', outputActivation: 'sigmoid', loss: 'binary_cross_entropy', lr: 0.3, batchSize: 16 },
    40,
  ],
  [
    'softmax output, cross-entropy, L1 stopping at zero',
    { outputActivation: 'softmax', loss: 'cross_entropy', l1: 0.003, l1Mode: 'clip_at_zero', lr: 0.2 },
    40,
  ],
  [
    'SiLU then GELU hidden layers, sine output',
    { activation: 'silu', layerActivations: [null, 'gelu'], outputActivation: 'sine', lr: 0.1 },
    40,
  ],
  ['dropout 0.5, momentum', { dropout: 0.5, momentum: 0.5, lr: 0.1 }, 40],
];

describe('the exported TensorFlow.js script', { timeout: 120_000 }, () => {
  for (const [name, patch, steps] of CASES)
    it(`${name}: after ${steps} steps its weights follow the engine's to float32 rounding`, () => {
      const config = usableConfig({ ...DEFAULT_CONFIG, ...patch });
      const data = generate2d('spiral', {
        n: config.points,
        noise: config.noise,
        trainRatio: config.trainRatio,
        seed: config.dataSeed,
        shift: [0, 0],
        positiveFraction: 0.5,
      });
      const run = buildRun(config, data);
      const step0 = cloneMlp(run.mlp);
      run.trainer.run(steps);
      const dir = scriptFolder();
      writeFileSync(
        join(dir, 'weightscope_run.mjs'),
        tfjsScript({ config, model: step0, train: run.train, steps }),
      );
      const out = node(['weightscope_run.mjs', '--save', 'trained.json'], dir);
      expect(out).toMatch(new RegExp(`after ${steps} steps: training loss \\d`));
      const trained = modelFromJson(JSON.parse(readFileSync(join(dir, 'trained.json'), 'utf8')));
      if (!trained.ok) throw new Error(trained.error);
      let worst = 0;
      run.mlp.layers.forEach((l, i) => {
        const t = trained.value.layers[i];
        l.weights.forEach(
          (w, j) => (worst = Math.max(worst, Math.abs(w - t.weights[j]) / Math.max(Math.abs(w), 0.1))),
        );
        l.biases.forEach(
          (b, j) => (worst = Math.max(worst, Math.abs(b - t.biases[j]) / Math.max(Math.abs(b), 0.1))),
        );
      });
      console.log(
        `${name}: max difference TensorFlow.js (float32) vs Weightscope after ${steps} steps: ${worst.toExponential(2)}`,
      );
      expect(worst).toBeLessThan(1e-4);
    });

  it("lists the engine's batches: batches(N) of the script and the trainer's records agree", () => {
    const config = usableConfig({ ...DEFAULT_CONFIG, batchSize: 9 });
    const data = generate2d('spiral', {
      n: config.points,
      noise: config.noise,
      trainRatio: config.trainRatio,
      seed: config.dataSeed,
      shift: [0, 0],
      positiveFraction: 0.5,
    });
    const run = buildRun(config, data);
    const step0 = cloneMlp(run.mlp);
    const want = Array.from({ length: 70 }, () => {
      const o = run.trainer.trainBatch(true);
      return o.ok && o.record ? Array.from(o.record.batch.indices) : [];
    });
    const dir = scriptFolder();
    writeFileSync(
      join(dir, 'weightscope_run.mjs'),
      tfjsScript({ config, model: step0, train: run.train, steps: 70 }),
    );
    const out = node(
      [
        '--input-type=module',
        '-e',
        "import { batches } from './weightscope_run.mjs'; console.log(JSON.stringify([...batches(70)]));",
      ],
      dir,
    );
    expect(JSON.parse(out)).toEqual(want);
  });
});
