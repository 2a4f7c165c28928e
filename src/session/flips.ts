import type { Mlp } from '../engine';
import { countSignFlips } from '../history/timelineHistory';

/**
 * How many times each weight and bias has changed sign during training (strictly positive ↔ strictly
 * negative between consecutive steps, whether or not the step was recorded). Hand edits do not count: after
 * an edit the comparison starts again from the edited values. A new network starts the counts at 0.
 *
 *   counts()[layer][i * inputs + j]  — weight from input j into unit i
 *   biasCounts()[layer][i]           — bias of unit i
 */
export class SignFlips {
  private prevW: Float64Array[] = [];
  private prevB: Float64Array[] = [];
  private countW: Uint32Array[] = [];
  private countB: Uint32Array[] = [];

  constructor(m: Mlp) {
    this.startOver(m);
  }

  /** A new network: every count back to 0. */
  startOver(m: Mlp): void {
    this.prevW = m.layers.map((l) => l.weights.slice());
    this.prevB = m.layers.map((l) => l.biases.slice());
    this.countW = m.layers.map((l) => new Uint32Array(l.weights.length));
    this.countB = m.layers.map((l) => new Uint32Array(l.biases.length));
  }

  /** After a training step: counts the sign changes since the last step (allocates nothing). */
  afterStep(m: Mlp): void {
    for (let l = 0; l < m.layers.length; l++) {
      countSignFlips(this.prevW[l], m.layers[l].weights, this.countW[l]);
      countSignFlips(this.prevB[l], m.layers[l].biases, this.countB[l]);
    }
  }

  /** After a hand edit or a rewind: compare from the values as they are now. */
  resync(m: Mlp): void {
    m.layers.forEach((l, i) => {
      this.prevW[i].set(l.weights);
      this.prevB[i].set(l.biases);
    });
  }

  /** Counts taken from a saved session (copied); the comparison starts from the network as it is now. */
  load(m: Mlp, w: readonly Uint32Array[], b: readonly Uint32Array[]): void {
    this.resync(m);
    this.countW = w.map((x) => x.slice());
    this.countB = b.map((x) => x.slice());
  }

  /** The values the next step is compared with (copies, for a training worker that counts for us). */
  previous(): { w: Float64Array[]; b: Float64Array[] } {
    return { w: this.prevW.map((a) => a.slice()), b: this.prevB.map((a) => a.slice()) };
  }

  /** Adds counts made elsewhere (a training worker's steps), then compares from the network as it is now. */
  addCounts(w: readonly Uint32Array[], b: readonly Uint32Array[], m: Mlp): void {
    for (let l = 0; l < w.length; l++) {
      const into = this.countW[l];
      for (let i = 0; i < into.length; i++) into[i] += w[l][i];
      const intoB = this.countB[l];
      for (let i = 0; i < intoB.length; i++) intoB[i] += b[l][i];
    }
    this.resync(m);
  }

  counts(): readonly Uint32Array[] {
    return this.countW;
  }

  biasCounts(): readonly Uint32Array[] {
    return this.countB;
  }

  /** Sign changes of one weight (col = input index) or bias (col = 'bias'). */
  countOf(layer: number, row: number, col: number | 'bias', inputs: number): number {
    if (col === 'bias') return this.countB[layer]?.[row] ?? 0;
    return this.countW[layer]?.[row * inputs + col] ?? 0;
  }
}
