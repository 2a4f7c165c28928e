import { cos, log } from './detmath';
/**
 * The one source of randomness: mulberry32, a 32-bit-state generator. Its whole state is one integer, so a
 * run can be snapshotted and replayed bit for bit, in Node and in any browser (only 32-bit integer maths).
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Standard normal (Box–Muller; no cached spare, so the state stays one integer). */
  normal(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Fisher–Yates shuffle in place. */
  shuffle<T extends { length: number; [i: number]: number }>(a: T): T;
  getState(): number;
  setState(s: number): void;
}

export function createRng(seed: number): Rng {
  let s = seed >>> 0;
  const next = (): number => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    normal() {
      // 1 − u keeps the logarithm's argument in (0, 1].
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * log(u)) * cos(2 * Math.PI * v);
    },
    int(n) {
      return Math.floor(next() * n);
    },
    shuffle(a) {
      for (let i = a.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
      }
      return a;
    },
    getState: () => s >>> 0,
    setState(v) {
      s = v >>> 0;
    },
  };
}
