/**
 * Micro-benchmark of the timeline history: the cost of recording one training step of a 2-8-8-1 network
 * (weights, biases, velocities, checkpoint, per-layer sign statistics), amortised over thinning.
 *
 *   npx tsx bench/history.ts
 *
 * Prints the median over several runs of ns per recorded step. Not a test: numbers vary by machine.
 */
import { History } from '../src/history/timelineHistory';

const shapes = [
  { inputs: 2, units: 8 },
  { inputs: 8, units: 8 },
  { inputs: 8, units: 1 },
];
const weights = shapes.map((s) =>
  Float64Array.from({ length: s.inputs * s.units }, (_, k) => Math.sin(k + 1)),
);
const biases = shapes.map((s) => new Float64Array(s.units).fill(0.1));
const vW = shapes.map((s) => new Float64Array(s.inputs * s.units).fill(0.01));
const vB = shapes.map((s) => new Float64Array(s.units));

function run(steps: number): number {
  const h = new History(shapes);
  const cp = { step: 0, epoch: 0, cursor: 0, epochRngState: 12345 };
  const t0 = performance.now();
  for (let s = 0; s < steps; s++) {
    // Nudge a weight so sign flips and statistics are real work, as in training.
    weights[0][s & 15] = -weights[0][s & 15];
    cp.step = s;
    cp.cursor = s % 25;
    h.record(weights, biases, vW, vB, cp, 0.5);
  }
  const t1 = performance.now();
  if (h.count > h.capacity) throw new Error('over capacity');
  return ((t1 - t0) * 1e6) / steps;
}

const steps = Number(process.argv[2] ?? 200_000);
run(20_000); // warm-up
const times: number[] = [];
for (let r = 0; r < 7; r++) times.push(run(steps));
times.sort((a, b) => a - b);
const h = new History(shapes);
console.log(
  `history.record, 2-8-8-1 (${h.P} params, stride ${h.stride} floats, capacity ${h.capacity} entries, ${(h.budget() / 2 ** 20).toFixed(1)} MiB budget)`,
);
console.log(
  `${steps} steps × 7 runs: median ${times[3].toFixed(0)} ns/step (min ${times[0].toFixed(0)}, max ${times[6].toFixed(0)})`,
);
