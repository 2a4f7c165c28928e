import { createRng, Trainer, type Divergence, type Mlp, type StepRecord, type TrainData } from '../engine';
import type { Config } from '../domain/config';
import { measure, type Metrics } from '../domain/run';
import { countSignFlips, entryLayout, fillEntry, type EntryLayout } from '../history/timelineHistory';
import type { RoundRequest, RoundResult, TrainerStart, TrainingBackend } from './protocol';

/** Share of the training time that measuring the losses may take on average (as in the page's play loop). */
const MEASURE_SHARE = 0.25;
/** The first measurement after a start, when its cost is not known yet. */
const FIRST_MEASURE_MS = 100;
/** Batches in one round at most, whatever the clock says (a stopped clock must not hang). */
const MAX_PER_ROUND = 20_000;

interface Mirror {
  mlp: Mlp;
  trainer: Trainer;
  train: TrainData;
  test: TrainData;
  config: Config;
  lay: EntryLayout & { stride: number };
  /** The last `recent` steps' entries, a ring; `ring[prevAt…]` is the entry the next step is compared with. */
  ring: Float64Array;
  recent: number;
  /** Entries written since start (the next goes to slot `written % recent`). */
  written: number;
  prevAt: number;
  first: Float64Array;
  flipPrevW: Float64Array[];
  flipPrevB: Float64Array[];
  diverged: boolean;
}

/**
 * The training side of play, the same in a Worker and in this thread: a mirror of the session's network and
 * trainer, made from its exact state, that trains in rounds and returns everything the session needs to be
 * exactly where the mirror is (see RoundResult). The engine code is the session's own, so the weights are
 * bit for bit those the session would have computed.
 */
export class TrainerMirror implements TrainingBackend {
  private m: Mirror | null = null;
  private train: TrainData | null = null;
  private test: TrainData | null = null;
  private batchMs = 0.02;
  /** What measuring the losses costs here (learned, null until measured once) and when it was last done. */
  private measureMs: number | null = null;
  private lastMeasure = 0;
  /**
   * What a round costs besides its unrecorded batches and measuring (learned): the recorded batch and the
   * timeline entries, weights and record it ships. Tiny on a small network; tens of milliseconds on MNIST's
   * 100k weights, where a round asked to last 3 ms would train one batch for every ~30 ms spent.
   */
  private overheadMs = 0;

  constructor(private readonly now: () => number = () => performance.now()) {}

  start(init: TrainerStart): void {
    this.train = init.train ?? this.train;
    this.test = init.test ?? this.test;
    if (!this.train || !this.test) throw new Error('the training worker has no data yet');
    const mlp = init.mlp;
    const trainer = new Trainer(mlp, this.train, init.options, createRng(0));
    trainer.restore(init.position);
    const lay = entryLayout(mlp.layers.map((l) => ({ inputs: l.inputs, units: l.units })));
    const recent = Math.max(2, init.recent);
    this.m = {
      mlp,
      trainer,
      train: this.train,
      test: this.test,
      config: init.config,
      lay,
      ring: new Float64Array(recent * lay.stride),
      recent,
      written: 0,
      prevAt: -1,
      first: init.prevEntry,
      flipPrevW: init.flipPrev.w,
      flipPrevB: init.flipPrev.b,
      diverged: false,
    };
    // The page's figures describe the weights it sends: the first measurement can wait its turn.
    this.lastMeasure = this.now();
  }

  round(req: RoundRequest): RoundResult {
    const m = this.m;
    if (!m) throw new Error('the training worker was not started');
    const { trainer, mlp, lay, recent } = m;
    const stride = lay.stride;
    const flipsW = mlp.layers.map((l) => new Uint32Array(l.weights.length));
    const flipsB = mlp.layers.map((l) => new Uint32Array(l.biases.length));
    const losses: number[] = [];
    const cps: number[] = [];
    // Entries of this round that left the ring but may be kept (their step is a multiple of the spacing).
    const kept: { step: number; data: Float64Array }[] = [];
    const startWritten = m.written;
    const weights = mlp.layers.map((l) => l.weights);
    const biases = mlp.layers.map((l) => l.biases);
    const v = trainer.liveVelocity();
    const afterStep = (loss: number) => {
      const slot = m.written % recent;
      const o = slot * stride;
      if (m.written - startWritten >= recent) {
        const i = m.written - recent - startWritten;
        const step = cps[4 * i];
        if (step % req.spacing === 0) kept.push({ step: i, data: m.ring.slice(o, o + stride) });
      }
      fillEntry(
        lay,
        m.ring,
        o,
        m.prevAt < 0 ? m.first : m.ring,
        m.prevAt < 0 ? 0 : m.prevAt,
        weights,
        biases,
        v.vW,
        v.vB,
      );
      m.prevAt = o;
      m.written++;
      for (let l = 0; l < mlp.layers.length; l++) {
        countSignFlips(m.flipPrevW[l], weights[l], flipsW[l]);
        countSignFlips(m.flipPrevB[l], biases[l], flipsB[l]);
      }
      losses.push(loss);
      cps.push(trainer.step, trainer.epoch, trainer.cursor, trainer.epochRngState);
    };

    const t0 = this.now();
    // A round trains at least as long as its fixed cost, so that training keeps at least half of the time.
    const budgetMs = Math.max(req.budgetMs, this.overheadMs);
    const most = Math.min(MAX_PER_ROUND, req.maxSteps ?? Infinity);
    let divergence: Divergence | null = null;
    let record: StepRecord | null = null;
    let n = 0;
    let spentBefore = 0;
    let tLoop = t0;
    if (!m.diverged) {
      // Unrecorded batches while there is time for at least two more, then one recorded for the inspector.
      for (; n < most - 1; n++) {
        if (n > 0) {
          const spent = this.now() - t0;
          this.batchMs = 0.9 * this.batchMs + 0.1 * (spent - spentBefore);
          spentBefore = spent;
          if (spent + 2 * this.batchMs > budgetMs) break;
        }
        const o = trainer.trainBatch(false);
        if (!o.ok) {
          divergence = o.divergence;
          break;
        }
        afterStep(o.loss);
      }
      tLoop = this.now();
      if (!divergence && n < most) {
        const o = trainer.trainBatch(true);
        if (o.ok) {
          record = o.record;
          afterStep(o.loss);
          n++;
        } else divergence = o.divergence;
      }
      m.diverged = divergence !== null;
    }

    // Ship the entries that can be kept, and the last `recent` ones (the ring the timeline ends with).
    const tail = Math.min(n, recent);
    const entries = new Float64Array((kept.length + tail) * stride);
    const entryAt = new Int32Array(n).fill(-1);
    kept.forEach((k, j) => {
      entries.set(k.data, j * stride);
      entryAt[k.step] = j * stride;
    });
    for (let j = 0; j < tail; j++) {
      const i = n - tail + j;
      const o = ((startWritten + i) % recent) * stride;
      const at = (kept.length + j) * stride;
      entries.set(m.ring.subarray(o, o + stride), at);
      entryAt[i] = at;
    }

    let metrics: Metrics | null = null;
    const t1 = this.now();
    // A refused step is published with fresh losses, as on the page; otherwise measuring keeps to its share
    // of the time (every round where it is cheap; its cost unknown, after a first short while).
    const cost = this.measureMs;
    if (
      divergence ||
      (n > 0 &&
        (cost === null
          ? t1 - this.lastMeasure >= FIRST_MEASURE_MS
          : cost <= MEASURE_SHARE * budgetMs || t1 - this.lastMeasure >= cost / MEASURE_SHARE))
    ) {
      metrics = measure(m, m.config);
      const t2 = this.now();
      this.measureMs = cost === null ? t2 - t1 : 0.7 * cost + 0.3 * (t2 - t1);
      this.lastMeasure = t2;
    }
    const result: RoundResult = {
      steps: n,
      losses: Float64Array.from(losses),
      checkpoints: Float64Array.from(cps),
      entryAt,
      entries,
      flipsW,
      flipsB,
      weights: weights.map((w) => w.slice()),
      biases: biases.map((b) => b.slice()),
      position: trainer.position(),
      record,
      divergence,
      metrics,
    };
    // The fixed cost: everything after the unrecorded batches but measuring, which keeps to its own share.
    const measured = metrics ? this.lastMeasure - t1 : 0;
    const overhead = this.now() - tLoop - measured;
    this.overheadMs = n > 0 ? 0.7 * this.overheadMs + 0.3 * overhead : this.overheadMs;
    return result;
  }
}
