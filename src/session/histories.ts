import type { Mlp, Trainer } from '../engine';
import {
  History,
  type Checkpoint,
  type HistoryDump,
  type HistoryOptions,
  type LayerShape,
} from '../history/timelineHistory';

export const shapesOf = (m: Mlp): LayerShape[] => m.layers.map((l) => ({ inputs: l.inputs, units: l.units }));

/**
 * The stored steps of every branch of one network's timeline: large typed storage that changes every step,
 * owned by the session and read by views through it. A new network starts a new set (`start`).
 */
export class Histories {
  private readonly byId = new Map<number, History>();
  private nextId = 0;
  private readonly cp: Checkpoint = { step: 0, epoch: 0, cursor: 0, epochRngState: 0 };
  /** The layers' arrays of the last network recorded, kept so that recording a step allocates nothing. */
  private arraysOf: { m: Mlp; w: Float64Array[]; b: Float64Array[] } | null = null;

  constructor(private readonly options: HistoryOptions = {}) {}

  /** Forgets every branch; returns the id of a fresh one for this network. */
  start(m: Mlp): number {
    this.byId.clear();
    const id = this.nextId++;
    this.byId.set(id, new History(shapesOf(m), this.options));
    return id;
  }

  get(id: number): History | undefined {
    return this.byId.get(id);
  }

  /** A new branch holding entries 0..last of another one. */
  fork(from: number, last: number): number {
    const src = this.byId.get(from);
    if (!src) throw new Error(`no branch ${from}`);
    const id = this.nextId++;
    this.byId.set(id, src.prefix(last));
    return id;
  }

  drop(id: number): void {
    this.byId.delete(id);
  }

  /** Total bytes held by every branch. */
  bytes(): number {
    let b = 0;
    for (const h of this.byId.values()) b += h.bytes();
    return b;
  }

  /** Every branch's storage, copied, or shared (see History.dump) for saving the session. */
  dump(shared = false): { nextId: number; branches: [number, HistoryDump][] } {
    return { nextId: this.nextId, branches: [...this.byId].map(([id, h]) => [id, h.dump(shared)]) };
  }

  /** The branches of a dump, or an Error saying what does not fit. */
  static load(
    d: { nextId: number; branches: [number, HistoryDump][] },
    options: HistoryOptions,
  ): Histories | Error {
    if (!d || !Array.isArray(d.branches) || !Number.isInteger(d.nextId))
      return new Error('stored steps: missing');
    const hs = new Histories(options);
    for (const entry of d.branches) {
      if (!Array.isArray(entry) || !Number.isInteger(entry[0]) || entry[0] < 0 || entry[0] >= d.nextId)
        return new Error('stored steps: branch ids');
      const h = History.load(entry[1]);
      if (h instanceof Error) return h;
      hs.byId.set(entry[0], h);
    }
    hs.nextId = d.nextId;
    return hs;
  }

  /** Appends the network's weights, the trainer's velocities and position to a branch; returns the entry. */
  record(id: number, m: Mlp, t: Trainer, loss: number): number {
    const h = this.byId.get(id);
    if (!h) return -1;
    const cp = this.cp;
    cp.step = t.step;
    cp.epoch = t.epoch;
    cp.cursor = t.cursor;
    cp.epochRngState = t.epochRngState;
    // Recording must not allocate: read the live velocities, not trainer.velocity()'s copies.
    const v = t.liveVelocity();
    if (this.arraysOf?.m !== m)
      this.arraysOf = { m, w: m.layers.map((l) => l.weights), b: m.layers.map((l) => l.biases) };
    return h.record(this.arraysOf.w, this.arraysOf.b, v.vW, v.vB, cp, loss);
  }
}
