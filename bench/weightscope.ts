/** Weightscope's own engine, driven the way the app drives it: a Trainer stepping through batches. */
import { cloneMlp, predict, Trainer, createRng, type Mlp } from '../src/engine';
import type { BenchData, LibGrid, LibTrainer, Workload } from './workloads';

export function weightscopeTrainer(w: Workload, init: Mlp, data: BenchData): LibTrainer {
  const mlp = cloneMlp(init);
  // No shuffle: consecutive batches of the (pre-shuffled) data, the same batches the other libraries see.
  const trainer = new Trainer(
    mlp,
    { n: data.n, x: data.x, y: data.y },
    { loss: w.loss, batchSize: w.batch, lr: w.lr, l1: 0, l2: 0, momentum: 0, shuffle: false },
    createRng(1),
  );
  return {
    train(count) {
      let samples = 0;
      for (let i = 0; i < count; i++) {
        const before = trainer.cursor;
        const o = trainer.trainBatch(false);
        if (!o.ok) throw new Error(`weightscope diverged: ${o.divergence.message}`);
        samples += (trainer.cursor || data.n) - before;
      }
      return samples;
    },
    params: () => mlp.layers.map((l) => ({ w: l.weights.slice(), b: l.biases.slice() })),
  };
}

export function weightscopeGrid(init: Mlp, points: Float64Array): LibGrid {
  const mlp = cloneMlp(init);
  const n = points.length / mlp.inputs;
  let out: Float64Array = new Float64Array(0);
  return {
    run(count) {
      for (let i = 0; i < count; i++) out = predict(mlp, points, n);
      return count * n;
    },
    output: () => out,
  };
}
