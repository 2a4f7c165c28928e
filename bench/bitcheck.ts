/**
 * npx tsx bench/bitcheck.ts [out.json]: trains each bench workload 200 steps (and maps the W5 grid) and prints
 * a digest of the serialized weights, so a speed change can be checked to leave every result bit for bit
 * the same. With a path, also writes the full serialized models there.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { cloneMlp, predict, serializeModel } from '../src/engine';
import { weightscopeTrainer } from './weightscope';
import { grid, initialMlp, WORKLOADS } from './workloads';

const STEPS = 200;
const out: Record<string, string> = {};
for (const w of WORKLOADS) {
  const init = initialMlp(w);
  const mlp = cloneMlp(init);
  const t = weightscopeTrainer(w, mlp, w.data());
  t.train(STEPS);
  // weightscopeTrainer trains its own clone; rebuild the model from its parameters to serialize it.
  t.params().forEach((p, l) => {
    mlp.layers[l].weights.set(p.w);
    mlp.layers[l].biases.set(p.b);
  });
  out[w.id] = serializeModel(mlp);
}
const w1 = initialMlp(WORKLOADS[0]);
const points = grid(100);
out.W5 = JSON.stringify(Array.from(predict(w1, points, points.length / 2)));
for (const [id, s] of Object.entries(out)) {
  console.log(`${id} ${createHash('sha256').update(s).digest('hex').slice(0, 16)} (${s.length} chars)`);
}
if (process.argv[2]) writeFileSync(process.argv[2], JSON.stringify(out));
