import { describe, expect, it } from 'vitest';
import { History, STAT } from '../../src/history/timelineHistory';

const tiny = [{ inputs: 1, units: 1 }];
const cp = (step: number) => ({ step, epoch: 0, cursor: step % 7, epochRngState: 99 });

/** Records steps 0..n−1 of a 1-1 net whose weight is the step number (so values identify steps). */
function fill(h: History, n: number, from = 0, markEvery = 0): void {
  const w = [new Float64Array(1)];
  const b = [new Float64Array(1)];
  for (let s = from; s < from + n; s++) {
    w[0][0] = s % 2 ? -s : s;
    b[0][0] = s;
    const i = h.record(w, b, null, null, cp(s), 1 / (s + 1));
    if (markEvery && s % markEvery === 3) h.mark(i, { kind: 'edit', label: `edit at ${s}` });
  }
}

describe('timeline history', () => {
  it('keeps every step at full resolution while the budget allows', () => {
    const h = new History(tiny, { budgetBytes: 1e6 });
    fill(h, 500);
    expect(h.count).toBe(500);
    expect(h.step(0)).toBe(0);
    expect(h.step(499)).toBe(499);
    expect(h.value(123, 0)).toBe(-123);
    expect(h.checkpoint(123)).toEqual(cp(123));
    expect(h.thinnedTo).toBe(-1);
  });

  it('computes per-layer sign counts, norms and flips at record time', () => {
    const h = new History([{ inputs: 2, units: 2 }]);
    const b = [new Float64Array(2)];
    h.record([Float64Array.of(1, -2, 0, 3)], b, null, null, cp(0), 0);
    h.record([Float64Array.of(-1, -2, 0, -3)], b, null, null, cp(1), 0);
    expect([STAT.neg, STAT.zero, STAT.pos].map((s) => h.stat(0, 0, s))).toEqual([1, 1, 2]);
    expect(h.stat(0, 0, STAT.l1)).toBe(6);
    expect(h.stat(0, 0, STAT.l2)).toBeCloseTo(Math.sqrt(14), 12);
    expect(h.stat(1, 0, STAT.flips)).toBe(2);
    expect(h.stat(0, 0, STAT.flips)).toBe(0);
  });

  it('the L2 norm of huge finite weights is finite when the norm itself is (issue 14: Σw² overflowed)', () => {
    const h = new History([{ inputs: 2, units: 1 }]);
    h.record([Float64Array.of(1.7e308, -3)], [new Float64Array(1)], null, null, cp(0), 0);
    h.record([Float64Array.of(3e200, 4e200)], [new Float64Array(1)], null, null, cp(1), 0);
    h.record([Float64Array.of(1.7e308, 1.7e308)], [new Float64Array(1)], null, null, cp(2), 0);
    expect(h.stat(0, 0, STAT.l2)).toBe(1.7e308);
    expect(h.stat(1, 0, STAT.l2)).toBeCloseTo(5e200, -186);
    // √2 · 1.7e308 is past the largest double: that norm really overflows, and the L1 sum with it.
    expect(h.stat(2, 0, STAT.l2)).toBe(Infinity);
    expect(h.stat(2, 0, STAT.l1)).toBe(Infinity);
  });

  it('thinning keeps the first and last steps and every marked step, and the recent steps in full', () => {
    const h = new History(tiny, { budgetBytes: 40_000, recent: 100 });
    fill(h, 50_000, 0, 997);
    const steps = Array.from({ length: h.count }, (_, i) => h.step(i));
    expect(steps[0]).toBe(0);
    expect(steps[steps.length - 1]).toBe(49_999);
    for (let s = 3; s < 50_000; s += 997) expect(steps).toContain(s);
    // The last `recent` steps are all there.
    for (let s = 49_900; s < 50_000; s++) expect(steps).toContain(s);
    // Steps are in order, and each kept step still holds its own weights.
    for (let i = 1; i < steps.length; i++) expect(steps[i]).toBeGreaterThan(steps[i - 1]);
    for (let i = 0; i < h.count; i++) expect(Math.abs(h.value(i, 0))).toBe(h.step(i));
    expect(h.markOf(h.indexAtStep(3 + 997 * 10))?.label).toBe(`edit at ${3 + 997 * 10}`);
    // Thinned evenly: old unmarked steps are multiples of the spacing.
    expect(h.spacing).toBeGreaterThan(1);
    for (const s of steps)
      if (s <= h.thinnedTo - 100 && s % 997 !== 3 && s !== 0) expect(s % h.spacing).toBe(0);
  });

  it('memory stays within the budget over 1,000,000 steps', () => {
    const budget = 60_000;
    const h = new History(tiny, { budgetBytes: budget, recent: 200 });
    let peak = 0;
    const w = [new Float64Array(1)];
    const b = [new Float64Array(1)];
    for (let s = 0; s < 1_000_000; s++) {
      w[0][0] = Math.sin(s);
      h.record(w, b, null, null, cp(s), 0);
      if ((s & 1023) === 0) peak = Math.max(peak, h.bytes());
    }
    expect(Math.max(peak, h.bytes())).toBeLessThanOrEqual(budget);
    expect(h.count).toBeLessThanOrEqual(h.capacity);
    expect(h.step(0)).toBe(0);
    expect(h.step(h.count - 1)).toBe(999_999);
  });

  it('indexAtStep finds the last kept entry at or before a step', () => {
    const h = new History(tiny, { budgetBytes: 40_000, recent: 50 });
    fill(h, 10_000);
    const i = h.indexAtStep(1234);
    expect(h.step(i)).toBeLessThanOrEqual(1234);
    if (i + 1 < h.count) expect(h.step(i + 1)).toBeGreaterThan(1234);
    expect(h.indexAtStep(-5)).toBe(0);
  });

  it('restore gives back the recorded weights, biases and velocities', () => {
    const h = new History([{ inputs: 2, units: 1 }]);
    h.record(
      [Float64Array.of(0.5, -0.25)],
      [Float64Array.of(0.1)],
      [Float64Array.of(1, 2)],
      [Float64Array.of(3)],
      cp(4),
      0,
    );
    const w = [new Float64Array(2)],
      b = [new Float64Array(1)],
      vw = [new Float64Array(2)],
      vb = [new Float64Array(1)];
    h.restore(0, w, b, vw, vb);
    expect([...w[0], ...b[0], ...vw[0], ...vb[0]]).toEqual([0.5, -0.25, 0.1, 1, 2, 3]);
  });

  it('a prefix holds the shared past of a fork, marks included', () => {
    const h = new History(tiny, { budgetBytes: 40_000, recent: 50 });
    fill(h, 300, 0, 50);
    const p = h.prefix(h.indexAtStep(200));
    expect(p.count).toBe(h.indexAtStep(200) + 1);
    expect(p.step(p.count - 1)).toBe(200);
    expect(p.markOf(p.indexAtStep(153))?.label).toBe('edit at 153');
    for (let i = 0; i < p.count; i++) expect(p.value(i, 0)).toBe(h.value(i, 0));
  });
});
