import { backward } from './backward';
import type { TrainData } from './data';
import { forward } from './forward';
import {
  createDropoutBuffers,
  droppedFractions,
  dropoutState,
  fillDropoutMasks,
  type DropoutBuffers,
} from './dropout';
import type { Loss } from './losses';
import { outputUnits, type Mlp } from './mlp';
import {
  applyUpdate,
  createOptimizerState,
  createUpdateScratch,
  type Divergence,
  type OptimizerState,
  type SgdOptions,
  type UpdateScratch,
} from './optimizer';
import type { Rng } from './rng';
import { createLayerRecords, type LayerStepRecord } from './stepRecord';
import { ensureWorkspace, type Workspace } from './workspace';

export interface TrainOptions extends SgdOptions {
  loss: Loss;
  batchSize: number;
  /** Shuffle the sample order at the start of every epoch (default true). Without it batches are consecutive rows. */
  shuffle?: boolean;
  /** Dropout rate p of every hidden layer during training steps, in [0, 0.9] (default 0: none). */
  dropout?: number;
  /** Seed of the dropout masks' own generator (see dropout.ts); default 0. */
  dropoutSeed?: number;
}

/** The forward and backward values of every sample in a batch, rows × units per layer. */
export interface BatchTrace {
  indices: Int32Array;
  x: Float64Array;
  y: Float64Array;
  z: Float64Array[];
  a: Float64Array[];
  delta: Float64Array[];
  /**
   * Per layer rows × units, the dropout mask of the step (0 = dropped, else 1/(1 − p)); null for the output
   * layer and when the step had no dropout. a holds the outputs after the mask, as the next layer saw them.
   */
  dropMask: (Float64Array | null)[];
}

/** Everything the UI needs to explain one step. */
export interface StepRecord {
  /** Step number this record describes (1 = the first step ever taken). */
  step: number;
  epoch: number;
  loss: number;
  options: TrainOptions;
  layers: LayerStepRecord[];
  batch: BatchTrace;
}

export type StepOutcome =
  { ok: true; loss: number; record: StepRecord | null } | { ok: false; divergence: Divergence };

export interface RunOutcome {
  steps: number;
  /** Mean of the batch losses of the steps taken. */
  meanLoss: number;
  divergence: Divergence | null;
}

/**
 * A small checkpoint (four numbers): with the weights and velocities of the same step it resumes training
 * bit for bit, because the epoch's sample order is re-derived from the generator state that shuffled it.
 */
export interface TrainerCheckpoint {
  step: number;
  epoch: number;
  cursor: number;
  /** The generator's state just before this epoch's order was shuffled. */
  epochRngState: number;
}

/** Where a trainer is in its data: enough to resume training bit for bit. */
export interface TrainerPosition {
  step: number;
  epoch: number;
  cursor: number;
  order: Int32Array;
  rngState: number;
  /** The generator's state before this epoch's shuffle, so a checkpoint taken after restore() is right. */
  epochRngState: number;
  vW: Float64Array[];
  vB: Float64Array[];
}

/**
 * Mini-batch SGD on one network and one data set. Allocates its buffers once; a step allocates nothing
 * unless a record is asked for. A refused step (NaN/Infinity) leaves the network, velocities and the
 * position in the data exactly as they were.
 */
export class Trainer {
  readonly mlp: Mlp;
  data: TrainData;
  options: TrainOptions;
  readonly rng: Rng;
  step = 0;
  epoch = 0;
  /** Index into order of the next batch's first sample. */
  cursor = 0;
  order: Int32Array;
  /** Generator state before the current epoch's shuffle (see TrainerCheckpoint). */
  epochRngState = 0;
  private ws: Workspace;
  private drop: DropoutBuffers | null = null;
  private state: OptimizerState;
  private scratch: UpdateScratch;
  /**
   * The outcome of an unrecorded step, reused: a step allocates nothing (a fresh object per step was 4% of a
   * small network's time in garbage collection). Read it before the next step.
   */
  private readonly plainOutcome: { ok: true; loss: number; record: null } = {
    ok: true,
    loss: 0,
    record: null,
  };

  constructor(mlp: Mlp, data: TrainData, options: TrainOptions, rng: Rng) {
    this.mlp = mlp;
    this.data = data;
    this.options = options;
    this.rng = rng;
    this.ws = ensureWorkspace(null, mlp, Math.max(1, options.batchSize));
    this.state = createOptimizerState(mlp);
    this.scratch = createUpdateScratch(mlp);
    this.order = new Int32Array(data.n);
    this.resetOrder();
  }

  private resetOrder(): void {
    this.epochRngState = this.rng.getState();
    for (let i = 0; i < this.order.length; i++) this.order[i] = i;
    if (this.options.shuffle !== false) this.rng.shuffle(this.order);
  }

  setData(data: TrainData): void {
    this.data = data;
    this.order = new Int32Array(data.n);
    this.cursor = 0;
    this.resetOrder();
  }

  setOptions(options: TrainOptions): void {
    this.options = options;
    this.ws = ensureWorkspace(this.ws, this.mlp, Math.max(1, options.batchSize));
  }

  /** Forget momentum (after weights were edited by hand, or the shape changed). */
  resetVelocity(): void {
    this.state = createOptimizerState(this.mlp);
    this.scratch = createUpdateScratch(this.mlp);
    this.ws = ensureWorkspace(null, this.mlp, Math.max(1, this.options.batchSize));
  }

  batchesPerEpoch(): number {
    return Math.ceil(this.data.n / Math.max(1, this.options.batchSize));
  }

  /** One batch: forward, backward, update. With record, returns copies of everything it did. */
  trainBatch(record = false): StepOutcome {
    const { mlp, data, ws } = this;
    const n = data.n;
    if (n === 0 || mlp.layers.length === 0) return { ok: true, loss: 0, record: null };
    const inputs = mlp.inputs;
    const k = outputUnits(mlp);
    const rows = Math.min(Math.max(1, this.options.batchSize), n - this.cursor);
    for (let r = 0; r < rows; r++) {
      const s = this.order[this.cursor + r];
      for (let j = 0; j < inputs; j++) ws.x[r * inputs + j] = data.x[s * inputs + j];
      for (let c = 0; c < k; c++) ws.y[r * k + c] = data.y[s * k + c];
    }
    const drop = this.dropoutFor(rows);
    forward(mlp, ws, rows, drop);
    const loss = backward(mlp, ws, rows, this.options.loss, drop);
    if (!Number.isFinite(loss)) {
      const L = mlp.layers.length - 1;
      return {
        ok: false,
        divergence: { layer: L, what: 'loss', index: 0, value: loss, message: `the loss became ${loss}` },
      };
    }
    const layers = record ? createLayerRecords(mlp) : null;
    const div = applyUpdate(mlp, ws, this.state, this.scratch, this.options, layers);
    if (div) return { ok: false, divergence: div };
    let rec: StepRecord | null = null;
    if (layers) {
      if (drop)
        layers.forEach((lr, l) => {
          if (l < layers.length - 1) lr.dropped = droppedFractions(drop.mask[l], rows, lr.units);
        });
      rec = {
        step: this.step + 1,
        epoch: this.epoch,
        loss,
        options: { ...this.options },
        layers,
        batch: {
          indices: this.order.slice(this.cursor, this.cursor + rows),
          x: ws.x.slice(0, rows * inputs),
          y: ws.y.slice(0, rows * k),
          z: ws.z.map((z, l) => z.slice(0, rows * mlp.layers[l].units)),
          a: ws.a.map((a, l) => a.slice(0, rows * mlp.layers[l].units)),
          delta: ws.delta.map((d, l) => d.slice(0, rows * mlp.layers[l].units)),
          dropMask: mlp.layers.map((l, i) =>
            drop && i < mlp.layers.length - 1 ? drop.mask[i].slice(0, rows * l.units) : null,
          ),
        },
      };
    }
    this.step++;
    this.cursor += rows;
    if (this.cursor >= n) {
      this.cursor = 0;
      this.epoch++;
      this.resetOrder();
    }
    if (rec) return { ok: true, loss, record: rec };
    this.plainOutcome.loss = loss;
    return this.plainOutcome;
  }

  /**
   * This step's dropout masks, or null without dropout (p = 0 or no hidden layer). The buffers are made once
   * per shape; the masks follow from the dropout seed and the step number only.
   */
  private dropoutFor(rows: number): DropoutBuffers | null {
    const p = this.options.dropout ?? 0;
    const m = this.mlp;
    if (!(p > 0) || m.layers.length < 2) return null;
    const cur = this.drop;
    const fits =
      cur !== null &&
      cur.rows >= rows &&
      cur.mask.length === m.layers.length &&
      m.layers.every((l, i) => i === m.layers.length - 1 || cur.mask[i].length === cur.rows * l.units);
    const b = fits ? cur : (this.drop = createDropoutBuffers(m, Math.max(rows, this.options.batchSize, 1)));
    fillDropoutMasks(m, b, rows, p, dropoutState(this.options.dropoutSeed ?? 0, this.step));
    return b;
  }

  /** Up to count batches; stops at the first refused step. */
  run(count: number): RunOutcome {
    let sum = 0;
    let steps = 0;
    for (let i = 0; i < count; i++) {
      const o = this.trainBatch(false);
      if (!o.ok) return { steps, meanLoss: steps ? sum / steps : NaN, divergence: o.divergence };
      sum += o.loss;
      steps++;
    }
    return { steps, meanLoss: steps ? sum / steps : NaN, divergence: null };
  }

  /** The batches left in the current epoch (a whole epoch when at its start). */
  runEpoch(): RunOutcome {
    const bs = Math.max(1, this.options.batchSize);
    return this.run(Math.ceil((this.data.n - this.cursor) / bs));
  }

  position(): TrainerPosition {
    return {
      step: this.step,
      epoch: this.epoch,
      cursor: this.cursor,
      order: this.order.slice(),
      rngState: this.rng.getState(),
      epochRngState: this.epochRngState,
      vW: this.state.vW.map((v) => v.slice()),
      vB: this.state.vB.map((v) => v.slice()),
    };
  }

  checkpoint(): TrainerCheckpoint {
    return { step: this.step, epoch: this.epoch, cursor: this.cursor, epochRngState: this.epochRngState };
  }

  /**
   * Resumes at a checkpoint (same data set and network shape; the caller restores the weights). Velocities
   * are restored when given, else cleared (exact for momentum 0).
   */
  resume(cp: TrainerCheckpoint, velocity?: { vW: Float64Array[]; vB: Float64Array[] }): void {
    this.step = cp.step;
    this.epoch = cp.epoch;
    this.cursor = cp.cursor;
    this.rng.setState(cp.epochRngState);
    if (this.order.length !== this.data.n) this.order = new Int32Array(this.data.n);
    this.resetOrder();
    this.state.vW.forEach((v, l) => (velocity ? v.set(velocity.vW[l]) : v.fill(0)));
    this.state.vB.forEach((v, l) => (velocity ? v.set(velocity.vB[l]) : v.fill(0)));
  }

  /** The live momentum velocities, without copying (for recorders that must not allocate): read only. */
  liveVelocity(): { readonly vW: readonly Float64Array[]; readonly vB: readonly Float64Array[] } {
    return this.state;
  }

  /** Copies of the momentum velocities. */
  velocity(): { vW: Float64Array[]; vB: Float64Array[] } {
    return { vW: this.state.vW.map((v) => v.slice()), vB: this.state.vB.map((v) => v.slice()) };
  }

  /** Resume exactly where position() was taken (same data set and network shape). */
  restore(p: TrainerPosition): void {
    this.step = p.step;
    this.epoch = p.epoch;
    this.cursor = p.cursor;
    this.order = p.order.slice();
    this.rng.setState(p.rngState);
    this.epochRngState = p.epochRngState;
    p.vW.forEach((v, l) => this.state.vW[l].set(v));
    p.vB.forEach((v, l) => this.state.vB[l].set(v));
  }
}
