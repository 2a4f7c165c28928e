/**
 * How fast a setting learns in Node, in batches: the test loss after each block of batches, for the default
 * problem and candidates. `npx tsx bench/ui/learnCurve.ts [batches] [key=value …]`.
 */
import { createSession } from '../../src/session';
import type { Config } from '../../src/domain/config';

const total = Number(process.argv[2] ?? 6000);
const patch: Partial<Config> = {};
for (const kv of process.argv.slice(3)) {
  const [k, v] = kv.split('=');
  (patch as Record<string, unknown>)[k] =
    k === 'hidden' ? v.split(',').filter(Boolean).map(Number) : Number.isNaN(Number(v)) ? v : Number(v);
}
let t = 0;
const s = createSession({
  now: () => t,
  frame: () => undefined,
  fetchText: () => Promise.reject(new Error('none')),
});
s.getState().setConfig(patch);
const block = 250;
const t0 = performance.now();
const out: string[] = [];
for (let done = 0; done < total; done += block) {
  s.getState().stepMany(block);
  const m = s.getState().metrics;
  out.push(`${done + block}:${m.testLoss.toFixed(3)}`);
  t++;
}
const ms = performance.now() - t0;
console.log(
  JSON.stringify(patch),
  `${((total * 10) / (ms / 1000)).toFixed(0)} samples/s in node (incl. metrics)`,
);
console.log(out.join(' '));
