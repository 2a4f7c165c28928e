/** Timing helpers: medians of repeated timed runs, after a warm-up that also sizes each repetition. */

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function now(): number {
  return performance.now();
}

/**
 * A piece of work that can be repeated: run(count) does count units (training steps, grids) and returns how
 * many samples it processed.
 */
export interface Repeatable {
  run(count: number): number;
}

export interface Calibrated {
  job: Repeatable;
  count: number;
}

/**
 * Warms a job up for about warmMs (so V8 has optimised its hot loops) and picks how many units one timed
 * repetition runs so that it lasts about repMs.
 */
export function calibrate(job: Repeatable, warmMs: number, repMs: number): Calibrated {
  let count = 1;
  const start = now();
  let units = 0;
  while (now() - start < warmMs) {
    job.run(count);
    units += count;
    count = Math.min(count * 2, 1 << 20);
  }
  // Time a clean batch of the warmed-up job for the estimate.
  const probe = Math.max(1, Math.ceil(units / 8));
  const t0 = now();
  job.run(probe);
  const perUnit = (now() - t0) / probe;
  return { job, count: Math.max(1, Math.round(repMs / Math.max(perUnit, 1e-6))) };
}

/**
 * Times the jobs round-robin (rep 1 of each, rep 2 of each, …), so that a noisy moment of the machine hits
 * every library alike, and returns for each job the median over reps of samples per second and of
 * milliseconds per unit.
 */
export function timeRoundRobin(jobs: Calibrated[], reps: number): { perSecond: number; msPerUnit: number }[] {
  const rates: number[][] = jobs.map(() => []);
  const ms: number[][] = jobs.map(() => []);
  for (let r = 0; r < reps; r++) {
    jobs.forEach((c, i) => {
      const t0 = now();
      const samples = c.job.run(c.count);
      const dt = now() - t0;
      rates[i].push((samples / dt) * 1000);
      ms[i].push(dt / c.count);
    });
  }
  return jobs.map((_, i) => ({ perSecond: median(rates[i]), msPerUnit: median(ms[i]) }));
}
