/**
 * npm run bench:evaluate: what measuring the losses costs, the engine's evaluate() (forward and the loss)
 * against forward and a whole backward pass per chunk (how evaluate() worked until it stopped computing
 * gradients it did not keep), on the workloads of npm run bench: MNIST's shape, the digits and the default
 * 2-8-8-1 network. Both are timed round-robin in this process; the losses they give must agree.
 */
import { backward, ensureWorkspace, evaluate, forward, type Mlp } from '../src/engine';
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
  // W4 (MNIST's shape, 1,024 samples), W3 (the 8×8 digits) and W1 (the default 2-8-8-1 tanh, 500 points).
  const cases = ['W4', 'W3', 'W1'].map((id) => {
    const w = WORKLOADS.find((x) => x.id === id)!;
    return { title: w.title.split(',').slice(0, 3).join(','), m: initialMlp(w), d: w.data(), loss: w.loss };
  });
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
