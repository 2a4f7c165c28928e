import { describe, expect, it } from 'vitest';
import { DEFAULT_BUDGET } from '../../src/history/timelineHistory';
import { createSession, type SessionState } from '../../src/session';
import { LOSS_HISTORY_MAX } from '../../src/session/lossHistory';
import { testHost } from './host';

/** Steps per stepMany call: each call also measures the losses once, so the loss chart gets 2,000 points. */
const CHUNK = 50;

/** What the session holds after a run, measured by what it stores (deterministic), not by the process. */
function holdings(S: () => SessionState) {
  const h = S().historyOf(S().branchId)!;
  return {
    step: S().step,
    entries: h.count,
    capacity: h.capacity,
    bytes: S().historyBytes(),
    budget: h.budget(),
    spacing: h.spacing,
    firstStep: h.step(0),
    lastStep: h.step(h.count - 1),
    lossPoints: S().lossHistory.steps.length,
    undo: S().undoStack.length,
    branches: S().branches.length,
  };
}

describe('a long run of the session (10⁵ steps in Node)', () => {
  it('keeps memory within the timeline’s budget: entries and bytes stop growing, older steps are thinned', () => {
    const t = testHost();
    const s = createSession(t.host);
    const S = () => s.getState();
    const log: string[] = [];
    const t0 = performance.now();
    const at: Record<number, ReturnType<typeof holdings>> = {};
    for (const target of [10_000, 30_000, 100_000]) {
      while (S().step < target) S().stepMany(CHUNK);
      at[target] = holdings(S);
      // For the note only (nothing is asserted on the process or the clock).
      const mem = process.memoryUsage();
      const mib = (b: number) => (b / 2 ** 20).toFixed(1);
      log.push(
        `${target} steps: ${at[target].entries} entries (capacity ${at[target].capacity}), ${at[target].bytes} bytes of ${at[target].budget} budget, spacing ${at[target].spacing}, ${at[target].lossPoints} loss points, heapUsed ${mib(mem.heapUsed)} MiB, arrayBuffers ${mib(mem.arrayBuffers)} MiB, ${((performance.now() - t0) / 1000).toFixed(1)} s`,
      );
    }
    console.log(log.join('\n'));
    const early = at[10_000];
    const late = at[100_000];
    expect(S().divergence).toBeNull();
    // 10⁴ steps fit: every step is there (step 0 too), nothing thinned.
    expect(early.capacity).toBeGreaterThan(10_001);
    expect(early.entries).toBe(10_001);
    expect(early.spacing).toBe(1);
    // 10⁵ steps do not: the history is full and thinned, and still spans step 0 to the last step.
    expect(late.entries).toBeLessThanOrEqual(late.capacity);
    expect(late.entries).toBeGreaterThan(late.capacity / 2);
    expect(late.spacing).toBeGreaterThan(1);
    expect([late.firstStep, late.lastStep]).toEqual([0, 100_000]);
    // The bytes never exceed the budget, which is within the default 32 MiB, and stop growing once full.
    for (const r of Object.values(at)) expect(r.bytes).toBeLessThanOrEqual(r.budget);
    expect(late.budget).toBeLessThanOrEqual(DEFAULT_BUDGET);
    expect(late.bytes).toBe(at[30_000].bytes);
    // The loss chart's history is bounded too (2,000 measurements, at most LOSS_HISTORY_MAX points).
    expect(late.lossPoints).toBeLessThanOrEqual(LOSS_HISTORY_MAX);
    expect(late.lossPoints).toBeGreaterThan(LOSS_HISTORY_MAX / 4);
    expect([late.undo, late.branches]).toEqual([0, 1]);
  });
});
