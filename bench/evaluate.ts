/**
 * npm run bench:evaluate: what measuring the losses costs, the engine's evaluate() (forward and the loss)
 * against forward and a whole backward pass per chunk (how evaluate() worked until it stopped computing
 * gradients it did not keep), on W4's 784-128-10 network and on the default 2-8-8-1 one. Both are timed
 * round-robin in this process; the losses they give must agree.
 */
import { backward, createMlp, createRng, ensureWorkspace, evaluate, forward, type Mlp } from '../src/engine';
import type { Loss } from '../src/engine';
import { calibrate, timeRoundRobin, type Repeatable } from './stats';
import { initialMlp, WORKLOADS } from './workloads';

const CHUNK = 256;
const REPS = Number(process.env.BENCH_REPS ?? 7);

interface Data {
  n: number;
  x: Float64Array;
  y: Float64Array;
}

/** The loss the old way: every chunk through forward and backward (gradients computed and dropped). */
function withBackward(m: Mlp, d: Data, loss: Loss): number {
  const k = m.layers[m.layers.length - 1].units;
  const ws = ensureWorkspace(null, m, CHUNK);
  let total = 0;
  for (let s = 0; s < d.n; s += CHUNK) {
    const rows = Math.min(CHUNK, d.n - s);
    ws.x.set(d.x.subarray(s * m.inputs, (s + rows) * m.inputs));
    ws.y.set(d.y.subarray(s * k, (s + rows) * k));
    forward(m, ws, rows);
    total += backward(m, ws, rows, loss) * rows;
  }
  return total / d.n;
}

function job(run: () => number, n: number): Repeatable {
  return {
    run(count) {
      for (let i = 0; i < count; i++) run();
      return count * n;
    },
  };
}

function main(): void {
  const w4 = WORKLOADS.find((w) => w.id === 'W4')!;
  const d4 = w4.data();
  const small = createMlp(
    {
      inputs: 2,
      layers: [
        { units: 8, activation: 'tanh' },
        { units: 8, activation: 'tanh' },
        { units: 1, activation: 'tanh' },
      ],
      init: { kind: 'xavier_uniform' },
    },
    createRng(7),
  );
  const rng = createRng(3);
  const n = 250;
  const dSmall: Data = {
    n,
    x: Float64Array.from({ length: 2 * n }, () => 12 * rng.next() - 6),
    y: Float64Array.from({ length: n }, () => (rng.next() < 0.5 ? -1 : 1)),
  };
  const cases = [
    { title: `${w4.title.split(',')[0]}, ${d4.n} samples`, m: initialMlp(w4), d: d4, loss: w4.loss },
    { title: `2-8-8-1 tanh, ${n} samples`, m: small, d: dSmall, loss: 'mse' as Loss },
  ];
  console.log(`evaluate(): the losses of a data set, medians of ${REPS} round-robin repetitions\n`);
  console.log('| network | evaluate() ms | forward + backward ms | speed-up |');
  console.log('|---|---|---|---|');
  for (const c of cases) {
    const a = evaluate(c.m, c.d, c.loss).loss;
    const b = withBackward(c.m, c.d, c.loss);
    if (Math.abs(a - b) > 1e-12 * Math.max(1, Math.abs(b))) throw new Error(`losses differ: ${a} vs ${b}`);
    const jobs = [
      calibrate(
        job(() => evaluate(c.m, c.d, c.loss).loss, c.d.n),
        300,
        200,
      ),
      calibrate(
        job(() => withBackward(c.m, c.d, c.loss), c.d.n),
        300,
        200,
      ),
    ];
    const [e, o] = timeRoundRobin(jobs, REPS);
    const msE = (c.d.n / e.perSecond) * 1000;
    const msO = (c.d.n / o.perSecond) * 1000;
    console.log(`| ${c.title} | ${msE.toFixed(3)} | ${msO.toFixed(3)} | ${(msO / msE).toFixed(2)}× |`);
  }
}

main();
