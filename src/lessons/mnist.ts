import type { Mlp } from '../engine';
import { formatNumber } from '../format/display';
import { num, pct } from './checks';
import type { Lesson } from './types';
import { imageClassifier } from '../domain/presets';

/**
 * The hidden unit that pushes hardest towards a class: the largest weight from a first-layer unit into that
 * class's output (a ReLU unit's output is never negative, so a positive weight can only raise the class's
 * score). null when the network is not one hidden layer into a softmax of that many classes.
 */
export function unitTowards(m: Mlp, cls: number): { unit: number; weight: number } | null {
  if (m.layers.length !== 2) return null;
  const out = m.layers[1];
  if (cls >= out.units) return null;
  const row = out.weights.subarray(cls * out.inputs, (cls + 1) * out.inputs);
  let unit = 0;
  for (let u = 1; u < row.length; u++) if (row[u] > row[unit]) unit = u;
  return { unit, weight: row[unit] };
}

export const mnistThree: Lesson = {
  id: 'mnist-three',
  title: 'Which pixels make a unit vote "3"? MNIST 28×28',
  preset: { dataset: 'mnist', trainRatio: 0.5, ...imageClassifier() },
  intro:
    'A 784 → 32 → 10 network on real MNIST digits. Each hidden unit has 784 incoming weights, one per pixel, drawn as a 28×28 image: a blue pixel adds its ink to the unit\u2019s input, an orange pixel subtracts it. A unit with a large positive weight into the output "3" votes for 3 whenever it is on.',
  tryThis: [
    'Play until test accuracy passes 85% (a few hundred steps); the status below then names the unit that pushes hardest towards "3".',
    'Find that unit\u2019s image below: where are its blue pixels, where its orange ones? Compare with the shape of a 3.',
  ],
  notice: [
    'Before training the images are noise. After it, the unit that votes "3" is blue where 3s have ink more often than other digits, and orange where other digits have ink and 3s mostly have none: those pixels inhibit the unit, so a digit inked there turns it down or off.',
    'A negative weight is half of what the unit detects: "ink here, and none there".',
  ],
  widget: 'digitFilters',
  check: ({ metrics, memory, mlp }) => {
    const acc = metrics.testAccuracy ?? 0;
    // The best so far: accuracy wobbles while training, and the check should not flicker.
    memory.testBest = Math.max(num(memory, 'testBest'), acc);
    const best = num(memory, 'testBest');
    if (best < 0.85)
      return { passed: false, status: `Test accuracy ${pct(acc)}: train until it passes 85%.` };
    const t = unitTowards(mlp, 3);
    if (!t) return { passed: false, status: 'Reopen the lesson: it needs one hidden layer and ten outputs.' };
    return {
      passed: true,
      status: `Test accuracy ${pct(best)}. Unit ${t.unit + 1} pushes hardest towards "3" (weight ${formatNumber(t.weight, { signed: true, fixed: 2 })} into output 3): read its image.`,
    };
  },
};
