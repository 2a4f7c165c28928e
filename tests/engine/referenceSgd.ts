/**
 * One SGD step by the book, sharing no code with src/engine or src/inspector: gradients by central finite
 * differences of the reference batch loss (tests/engine/reference.ts), then the optimizer's rules written
 * out one parameter at a time. Tests compare what the engine did, and what the inspector shows, with this.
 */
import type { Loss, Mlp, SgdOptions } from '../../src/engine';
import { refBatchLoss } from './reference';

/** What one parameter's step should be. */
export interface BookParam {
  before: number;
  /** ∂(mean batch loss)/∂parameter, by central differences. */
  mean: number;
  /** The gradient the step uses: mean plus penalties, clipped (0 when held). */
  grad: number;
  /** |mean + penalties| exceeded the clip. */
  clipped: boolean;
  velocityBefore: number;
  velocity: number;
  after: number;
}

export interface BookLayer {
  weights: BookParam[];
  biases: BookParam[];
}

/** Momentum velocities by layer, the book's own (not the engine's). */
export interface BookVelocity {
  w: number[][];
  b: number[][];
}

export function zeroVelocity(m: Mlp): BookVelocity {
  return {
    w: m.layers.map((l) => Array.from(l.weights, () => 0)),
    b: m.layers.map((l) => Array.from(l.biases, () => 0)),
  };
}

const H = 1e-6;

/** Central difference of the batch loss with respect to one parameter (the network is restored after). */
function fd(m: Mlp, arr: Float64Array, i: number, loss: Loss, xs: number[][], ys: number[][]): number {
  const keep = arr[i];
  arr[i] = keep + H;
  const up = refBatchLoss(m, loss, xs, ys);
  arr[i] = keep - H;
  const down = refBatchLoss(m, loss, xs, ys);
  arr[i] = keep;
  return (up - down) / (2 * H);
}

const sign = (v: number) => (v > 0 ? 1 : v < 0 ? -1 : 0);

/**
 * The step SGD takes from network m on the batch (xs, ys), and the velocities after it (v is updated).
 * m is read, perturbed and restored, never changed.
 */
export function bookStep(
  m: Mlp,
  loss: Loss,
  xs: number[][],
  ys: number[][],
  o: SgdOptions,
  v: BookVelocity,
): BookLayer[] {
  const clip = o.clip != null && o.clip > 0 ? o.clip : Infinity;
  const l1Separate = o.l1Mode === 'clip_at_zero';
  return m.layers.map((layer, l) => {
    const weights = [...layer.weights].map((before, i): BookParam => {
      const mean = fd(m, layer.weights, i, loss, xs, ys);
      const velocityBefore = v.w[l][i];
      const pruned = !!layer.pruned?.[i];
      if (pruned || layer.frozen?.[i]) {
        v.w[l][i] = 0;
        return {
          before,
          mean,
          grad: 0,
          clipped: false,
          velocityBefore,
          velocity: 0,
          after: pruned ? 0 : before,
        };
      }
      const raw = mean + o.l2 * before + (l1Separate ? 0 : o.l1 * sign(before));
      const grad = Math.min(clip, Math.max(-clip, raw));
      const velocity = o.momentum * velocityBefore + grad;
      let after = before - o.lr * velocity;
      // A separate L1 step shrinks |w| by lr·l1 and stops at exactly 0 rather than cross it.
      if (l1Separate && o.l1 > 0) after = sign(after) * Math.max(Math.abs(after) - o.lr * o.l1, 0);
      if (o.nonNegative) after = Math.max(after, 0);
      v.w[l][i] = velocity;
      return { before, mean, grad, clipped: Math.abs(raw) > clip, velocityBefore, velocity, after };
    });
    const biases = [...layer.biases].map((before, i): BookParam => {
      const mean = fd(m, layer.biases, i, loss, xs, ys);
      const velocityBefore = v.b[l][i];
      if (!layer.useBias)
        return { before, mean, grad: 0, clipped: false, velocityBefore, velocity: 0, after: 0 };
      const grad = Math.min(clip, Math.max(-clip, mean));
      const velocity = o.momentum * velocityBefore + grad;
      v.b[l][i] = velocity;
      return {
        before,
        mean,
        grad,
        clipped: Math.abs(mean) > clip,
        velocityBefore,
        velocity,
        after: before - o.lr * velocity,
      };
    });
    return { weights, biases };
  });
}

/** The rows of a flat data set picked by a batch's sample indices, as plain lists. */
export function batchRows(flat: ArrayLike<number>, width: number, indices: ArrayLike<number>): number[][] {
  return Array.from(indices, (s) => Array.from({ length: width }, (_, j) => flat[s * width + j]));
}
