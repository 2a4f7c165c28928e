/**
 * npm run bench [-- --json] [-- --reps 7]: trains the same workloads, from the same initial weights on the
 * same data, in Weightscope's engine, tfjs-core (cpu backend) and convnetjs, in one process, and prints
 * samples per second (forward + backward + update) with the ratios against the targets. With --json the
 * table goes to stderr and stdout holds exactly one JSON object.
 */
import os from 'node:os';
import { convnetGrid, convnetTrainer } from './convnet';
import { calibrate, timeRoundRobin, type Repeatable } from './stats';
import { initTfjs, tfjsGrid, tfjsTrainer } from './tfjs';
import { weightscopeGrid, weightscopeTrainer } from './weightscope';
import { grid, initialMlp, WORKLOADS, type LibTrainer } from './workloads';

const args = process.argv.slice(2);
const json = args.includes('--json');
const repsArg = args.indexOf('--reps');
const REPS = repsArg >= 0 ? Number(args[repsArg + 1]) : 7;
const WARM_MS = 400;
const REP_MS = 250;
const log = (s: string) => (json ? process.stderr : process.stdout).write(s + '\n');

/** Minimum ratios weightscope/other (W1–W4), and the W5 ceiling in ms per grid. */
const TARGETS: Record<string, { tfjs?: number; convnetjs?: number; maxMs?: number }> = {
  W1: { tfjs: 30, convnetjs: 3 },
  W2: { convnetjs: 4 },
  W3: { tfjs: 7, convnetjs: 6 },
  W4: { tfjs: 4, convnetjs: 4 },
  W5: { maxMs: 4 },
};

interface Row {
  id: string;
  weightscope: number;
  tfjs: number;
  convnetjs: number;
  unit: 'samples/s' | 'ms per grid';
}

function maxDiff(a: LibTrainer, b: LibTrainer): number {
  const pa = a.params();
  const pb = b.params();
  let m = 0;
  pa.forEach((l, i) => {
    for (let j = 0; j < l.w.length; j++) m = Math.max(m, Math.abs(l.w[j] - pb[i].w[j]));
    for (let j = 0; j < l.b.length; j++) m = Math.max(m, Math.abs(l.b[j] - pb[i].b[j]));
  });
  return m;
}

const fmt = (x: number) =>
  x >= 1e6 ? `${(x / 1e6).toFixed(2)} M` : x >= 1e3 ? `${(x / 1e3).toFixed(1)} k` : x.toFixed(2);

async function main(): Promise<void> {
  const tfVersion = await initTfjs();
  log(
    `machine: ${os.cpus()[0].model}, ${os.cpus().length} cpus, node ${process.version}, tfjs-core ${tfVersion}`,
  );
  log(`medians of ${REPS} round-robin repetitions of ~${REP_MS} ms each, after a ~${WARM_MS} ms warm-up`);
  const rows: Row[] = [];

  for (const w of WORKLOADS) {
    const data = w.data();
    const init = initialMlp(w);
    // Fairness: one SGD step from the same weights on the same batch must agree (tfjs computes in float32).
    const ref = weightscopeTrainer(w, init, data);
    const tCheck = tfjsTrainer(w, init, data);
    const cCheck = convnetTrainer(w, init, data);
    const before = weightscopeTrainer(w, init, data);
    [ref, tCheck, cCheck].forEach((t) => t.train(1));
    const step = maxDiff(before, ref);
    const dT = maxDiff(ref, tCheck);
    const dC = maxDiff(ref, cCheck);
    tCheck.dispose();
    log(
      `${w.id} ${w.title}, lr ${w.lr}: one SGD step moves weights by up to ${step.toExponential(1)}; ` +
        `max |Δ| afterwards vs tfjs ${dT.toExponential(1)} (float32), vs convnetjs ${dC.toExponential(1)}`,
    );
    if (!(dT < 1e-5 && dC < 1e-5)) throw new Error(`${w.id}: the libraries do not compute the same step`);

    const ws = weightscopeTrainer(w, init, data);
    const tf = tfjsTrainer(w, init, data);
    const cv = convnetTrainer(w, init, data);
    const libs: Repeatable[] = [
      { run: (c) => ws.train(c) },
      { run: (c) => tf.train(c) },
      { run: (c) => cv.train(c) },
    ];
    const [a, b, c] = timeRoundRobin(
      libs.map((j) => calibrate(j, WARM_MS, REP_MS)),
      REPS,
    );
    tf.dispose();
    rows.push({
      id: w.id,
      weightscope: a.perSecond,
      tfjs: b.perSecond,
      convnetjs: c.perSecond,
      unit: 'samples/s',
    });
  }

  // W5: the W1 network over a 100×100 grid, forward only.
  const w1 = WORKLOADS[0];
  const init = initialMlp(w1);
  const points = grid(100);
  const grids = [weightscopeGrid(init, points), tfjsGrid(init, points), convnetGrid(init, points)];
  grids.forEach((g) => g.run(1));
  const out = grids.map((g) => g.output());
  const gd = Math.max(...out[0].map((v, i) => Math.max(Math.abs(v - out[1][i]), Math.abs(v - out[2][i]))));
  log(`W5 W1 net on a 100×100 grid: max |Δoutput| between libraries ${gd.toExponential(1)}`);
  const g = timeRoundRobin(
    grids.map((j) => calibrate(j, WARM_MS, REP_MS)),
    REPS,
  );
  rows.push({
    id: 'W5',
    weightscope: g[0].msPerUnit,
    tfjs: g[1].msPerUnit,
    convnetjs: g[2].msPerUnit,
    unit: 'ms per grid',
  });

  log('');
  log('| id | weightscope | tfjs-core cpu | convnetjs | ws/tfjs | ws/convnetjs | target | result |');
  log('|---|---:|---:|---:|---:|---:|---|---|');
  let allPass = true;
  for (const r of rows) {
    const t = TARGETS[r.id];
    const ms = r.unit === 'ms per grid';
    // For W5 a ratio is "how many times faster", other/weightscope.
    const rt = ms ? r.tfjs / r.weightscope : r.weightscope / r.tfjs;
    const rc = ms ? r.convnetjs / r.weightscope : r.weightscope / r.convnetjs;
    const checks: [string, boolean][] = [];
    if (t.tfjs) checks.push([`≥${t.tfjs}× tfjs`, rt >= t.tfjs]);
    if (t.convnetjs) checks.push([`≥${t.convnetjs}× convnetjs`, rc >= t.convnetjs]);
    if (t.maxMs) checks.push([`<${t.maxMs} ms`, r.weightscope < t.maxMs]);
    const pass = checks.every(([, ok]) => ok);
    allPass &&= pass;
    const val = (x: number) => (ms ? `${x.toFixed(2)} ms` : `${fmt(x)}/s`);
    log(
      `| ${r.id} | ${val(r.weightscope)} | ${val(r.tfjs)} | ${val(r.convnetjs)} | ${rt.toFixed(1)}× | ${rc.toFixed(1)}× | ${checks.map(([s]) => s).join(', ')} | ${pass ? 'PASS' : 'FAIL'} |`,
    );
  }
  log(allPass ? 'all targets met' : 'some targets missed');
  if (json) process.stdout.write(JSON.stringify({ workloads: rows }) + '\n');
}

await main();
