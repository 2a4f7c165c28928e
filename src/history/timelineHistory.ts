/**
 * Every step's weights, biases, velocities and trainer checkpoint, in preallocated chunked Float64Array
 * storage within a memory budget. Recording a step allocates nothing (a chunk is made once per 1,024 or so
 * entries) and computes per-layer sign statistics on the way.
 *
 * Two regions share the storage: a ring of the most recent `recent` entries at full resolution, and an
 * archive of older ones. An entry leaving the ring is archived only if its step is a multiple of `spacing`,
 * or it is the first entry, or it is marked (edits, setting changes); when the archive is full, spacing
 * doubles and the archive is filtered in place. So older steps are thinned evenly, never silently dropped,
 * and a step costs one entry write, whatever the history's length.
 *
 * Pure: imports no store and no DOM. Layout of one entry (stride floats):
 *   [params: per layer weights then biases][velocities: same layout][stats: per layer STAT_COUNT numbers]
 */

/** Per-layer statistics of the weights (biases excluded), in this order within an entry. */
export const STAT = { neg: 0, zero: 1, pos: 2, l1: 3, l2: 4, flips: 5 } as const;
export const STAT_COUNT = 6;

export interface LayerShape {
  inputs: number;
  units: number;
}

export interface HistoryOptions {
  /** Bytes the history may use (storage + index). */
  budgetBytes?: number;
  /** Entries at the end that are never thinned (if the budget allows). */
  recent?: number;
}

export interface Mark {
  kind: 'edit' | 'setting' | 'fork';
  label: string;
}

export interface Checkpoint {
  step: number;
  epoch: number;
  cursor: number;
  epochRngState: number;
}

/** Index-array bytes per entry: step, epoch, cursor, rng, loss (Float64) + flags (Uint8). */
const INDEX_BYTES = 5 * 8 + 1;
export const DEFAULT_BUDGET = 32 * 1024 * 1024;

/** √Σw² without overflow or underflow on the way: max|w| · √Σ(w / max|w|)². */
function scaledNorm(w: Float64Array): number {
  let m = 0;
  for (let k = 0; k < w.length; k++) m = Math.max(m, Math.abs(w[k]));
  if (!(m > 0) || m === Infinity) return m;
  let sum = 0;
  for (let k = 0; k < w.length; k++) sum += (w[k] / m) * (w[k] / m);
  return m * Math.sqrt(sum);
}

/**
 * A history's whole storage, copied, as plain data (typed arrays kept as such, so a structured clone, e.g. into
 * IndexedDB, keeps every bit): `History.load(h.dump())` continues exactly where `h` was, thinning included.
 */
export interface HistoryDump {
  shapes: LayerShape[];
  options: { budgetBytes: number; recent: number };
  /** null: a chunk that holds no kept entry (the ring starts halfway through the storage). */
  chunks: (Float64Array | null)[];
  steps: Float64Array;
  epochs: Float64Array;
  cursors: Float64Array;
  rngs: Float64Array;
  losses: Float64Array;
  flags: Uint8Array;
  serials: Float64Array;
  marks: [number, Mark][];
  nextSerial: number;
  archived: number;
  ringStart: number;
  ringCount: number;
  spacing: number;
  thinnedTo: number;
}

/** By tag, not instanceof: a structured clone may come from another realm (a test's DOM, a worker). */
const isF64 = (x: unknown): x is Float64Array =>
  Object.prototype.toString.call(x) === '[object Float64Array]';

const isInt = (x: unknown, lo: number, hi: number): x is number =>
  typeof x === 'number' && Number.isInteger(x) && x >= lo && x <= hi;

/**
 * Counts the sign changes (strictly positive ↔ strictly negative) between prev and now into count, then copies
 * now into prev. Allocates nothing.
 */
export function countSignFlips(prev: Float64Array, now: Float64Array, count: Uint32Array): void {
  for (let i = 0; i < now.length; i++) {
    const a = prev[i],
      b = now[i];
    if ((a > 0 && b < 0) || (a < 0 && b > 0)) count[i]++;
    prev[i] = b;
  }
}

/** Where each layer's weights and biases sit in an entry (a History, or a worker that fills entries for one). */
export interface EntryLayout {
  readonly shapes: readonly LayerShape[];
  readonly wOff: readonly number[];
  readonly bOff: readonly number[];
  readonly P: number;
}

/** The layout of an entry for these layers, and its length in floats. */
export function entryLayout(shapes: readonly LayerShape[]): EntryLayout & { stride: number } {
  const wOff: number[] = [];
  const bOff: number[] = [];
  let p = 0;
  for (const s of shapes) {
    wOff.push(p);
    p += s.inputs * s.units;
    bOff.push(p);
    p += s.units;
  }
  return { shapes, wOff, bOff, P: p, stride: 2 * p + STAT_COUNT * shapes.length };
}

/**
 * Writes one entry at d[o…]: params from the layers' weights and biases, velocities (null = zeros), and per
 * layer the sign counts, norms and sign flips against the previous entry at pd[po…] (null = none). Allocates
 * nothing. The one computation of an entry, whether the history or a training worker makes it.
 */
export function fillEntry(
  lay: EntryLayout,
  d: Float64Array,
  o: number,
  pd: Float64Array | null,
  po: number,
  weights: readonly Float64Array[],
  biases: readonly Float64Array[],
  vW: readonly Float64Array[] | null,
  vB: readonly Float64Array[] | null,
): void {
  const P = lay.P;
  const so = o + 2 * P;
  for (let l = 0; l < lay.shapes.length; l++) {
    const w = weights[l];
    const b = biases[l];
    const vw = vW ? vW[l] : null;
    const vb = vB ? vB[l] : null;
    const wo = o + lay.wOff[l];
    const pwo = po + lay.wOff[l];
    let neg = 0,
      zero = 0,
      l1 = 0,
      l2 = 0,
      flips = 0;
    for (let k = 0; k < w.length; k++) {
      const x = w[k];
      d[wo + k] = x;
      d[wo + P + k] = vw ? vw[k] : 0;
      if (x < 0) {
        neg++;
        l1 -= x;
      } else if (x === 0) zero++;
      else l1 += x;
      l2 += x * x;
      if (pd) {
        const q = pd[pwo + k];
        if ((q > 0 && x < 0) || (q < 0 && x > 0)) flips++;
      }
    }
    const bo = o + lay.bOff[l];
    for (let k = 0; k < b.length; k++) {
      d[bo + k] = b[k];
      d[bo + P + k] = vb ? vb[k] : 0;
    }
    const s = so + l * STAT_COUNT;
    d[s] = neg;
    d[s + 1] = zero;
    d[s + 2] = w.length - neg - zero;
    d[s + 3] = l1;
    // Σw² overflows for any |w| > 1.3e154 (and underflows below 1e-154) although the norm itself may be an
    // ordinary double: then it is summed again, scaled by the largest |w| (a rare path, off the hot loop).
    d[s + 4] = l2 === Infinity || (l2 < 1e-290 && l1 > 0) ? scaledNorm(w) : Math.sqrt(l2);
    d[s + 5] = flips;
  }
}

export class History {
  readonly shapes: LayerShape[];
  /** What it was built with, so that a dump loads into the same layout. */
  private readonly options: { budgetBytes: number; recent: number };
  /** Offsets of each layer's weights and biases within the params block. */
  readonly wOff: number[] = [];
  readonly bOff: number[] = [];
  /** Weights + biases of all layers. */
  readonly P: number;
  readonly stride: number;
  /** Entries in all: archive + ring. */
  readonly capacity: number;
  /** Ring size: the most recent entries, never thinned. */
  readonly recent: number;
  private readonly archiveCap: number;
  private readonly chunkShift: number;
  private readonly chunkMask: number;
  private chunks: Float64Array[] = [];
  private steps: Float64Array;
  private epochs: Float64Array;
  private cursors: Float64Array;
  private rngs: Float64Array;
  private losses: Float64Array;
  private flags: Uint8Array;
  /** Marks are keyed by a serial number that survives moves. */
  private serials: Float64Array;
  private marks = new Map<number, Mark>();
  private nextSerial = 0;
  private archived = 0;
  private ringStart = 0;
  private ringCount = 0;
  /** Only every spacing-th step is kept before `thinnedTo`. */
  spacing = 1;
  /** The last step that left the ring into the archive (−1 = none: nothing is thinned). */
  thinnedTo = -1;
  /** Bumped on every change, so views know when to redraw. */
  version = 0;

  constructor(shapes: LayerShape[], o: HistoryOptions = {}) {
    this.shapes = shapes.map((s) => ({ inputs: s.inputs, units: s.units }));
    this.options = { budgetBytes: o.budgetBytes ?? DEFAULT_BUDGET, recent: o.recent ?? 10_000 };
    let p = 0;
    for (const s of shapes) {
      this.wOff.push(p);
      p += s.inputs * s.units;
      this.bOff.push(p);
      p += s.units;
    }
    this.P = p;
    this.stride = 2 * p + STAT_COUNT * shapes.length;
    const perEntry = this.stride * 8 + INDEX_BYTES + 8;
    const entries = Math.max(16, Math.floor(this.options.budgetBytes / perEntry));
    let shift = 10;
    while (shift > 1 && 1 << shift > entries / 8) shift--;
    this.chunkShift = shift;
    this.chunkMask = (1 << shift) - 1;
    this.capacity = Math.floor(entries / (1 << shift)) * (1 << shift);
    this.recent = Math.max(2, Math.min(this.options.recent, Math.floor(this.capacity / 2)));
    this.archiveCap = this.capacity - this.recent;
    const c = this.capacity;
    this.steps = new Float64Array(c);
    this.epochs = new Float64Array(c);
    this.cursors = new Float64Array(c);
    this.rngs = new Float64Array(c);
    this.losses = new Float64Array(c);
    this.flags = new Uint8Array(c);
    this.serials = new Float64Array(c);
  }

  /** Entries kept. */
  get count(): number {
    return this.archived + this.ringCount;
  }

  /** Bytes held now (allocated chunks + index arrays). */
  bytes(): number {
    return this.chunks.length * (1 << this.chunkShift) * this.stride * 8 + this.capacity * (INDEX_BYTES + 8);
  }

  /** The most this history will ever hold in bytes. */
  budget(): number {
    return this.capacity * (this.stride * 8 + INDEX_BYTES + 8);
  }

  /** Storage slot of logical entry i (0 = oldest kept). */
  private slot(i: number): number {
    if (i < this.archived) return i;
    let r = this.ringStart + i - this.archived;
    if (r >= this.recent) r -= this.recent;
    return this.archiveCap + r;
  }

  private chunkOf(slot: number): Float64Array {
    const ci = slot >>> this.chunkShift;
    while (this.chunks.length <= ci) this.chunks.push(new Float64Array((1 << this.chunkShift) * this.stride));
    return this.chunks[ci];
  }

  /** Entry i's block and the offset of its data in it: params at off, velocities at off + P, stats after. */
  block(i: number): Float64Array {
    return this.chunkOf(this.slot(i));
  }
  offset(i: number): number {
    return (this.slot(i) & this.chunkMask) * this.stride;
  }

  /** Value of parameter k (params layout) at entry i. */
  value(i: number, k: number): number {
    const s = this.slot(i);
    return this.chunks[s >>> this.chunkShift][(s & this.chunkMask) * this.stride + k];
  }

  /** Statistic s of layer l at entry i. */
  stat(i: number, l: number, s: number): number {
    const t = this.slot(i);
    return this.chunks[t >>> this.chunkShift][
      (t & this.chunkMask) * this.stride + 2 * this.P + l * STAT_COUNT + s
    ];
  }

  step(i: number): number {
    return this.steps[this.slot(i)];
  }

  loss(i: number): number {
    return this.losses[this.slot(i)];
  }

  checkpoint(i: number): Checkpoint {
    const s = this.slot(i);
    return {
      step: this.steps[s],
      epoch: this.epochs[s],
      cursor: this.cursors[s],
      epochRngState: this.rngs[s],
    };
  }

  markOf(i: number): Mark | null {
    const s = this.slot(i);
    return this.flags[s] ? (this.marks.get(this.serials[s]) ?? null) : null;
  }

  /** Marks entry i (an edit or a setting change): it will never be thinned away. */
  mark(i: number, m: Mark): void {
    if (i < 0 || i >= this.count) return;
    const prev = this.markOf(i);
    const s = this.slot(i);
    this.flags[s] = 1;
    this.marks.set(this.serials[s], prev ? { kind: prev.kind, label: `${prev.label}; ${m.label}` } : m);
    this.version++;
  }

  /** Index of the last entry with step ≤ s (the first entry if s is before it; −1 if empty). */
  indexAtStep(s: number): number {
    let lo = 0,
      hi = this.count - 1;
    if (hi < 0) return -1;
    if (s < this.step(0)) return 0;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.step(mid) <= s) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /**
   * Appends one entry: params from the layers' weights and biases, velocities (null = zeros), checkpoint and
   * loss. Computes sign counts, norms and sign flips against the previous entry. Allocates nothing.
   */
  record(
    weights: readonly Float64Array[],
    biases: readonly Float64Array[],
    vW: readonly Float64Array[] | null,
    vB: readonly Float64Array[] | null,
    cp: Checkpoint,
    loss: number,
  ): number {
    const slot = this.nextSlot();
    const n = this.count;
    const ps = n > 0 ? this.slot(n - 1) : slot;
    fillEntry(
      this,
      this.chunkOf(slot),
      (slot & this.chunkMask) * this.stride,
      n > 0 ? this.chunks[ps >>> this.chunkShift] : null,
      (ps & this.chunkMask) * this.stride,
      weights,
      biases,
      vW,
      vB,
    );
    return this.commit(slot, cp, loss);
  }

  /**
   * Appends an entry computed elsewhere (by a training worker, with fillEntry against the previous step):
   * `src` holds its stride floats from `at`. A null `src` is an entry that leaves the ring, unkept, before
   * anyone reads it (its step is not a multiple of the spacing and `recent` newer entries follow in the same
   * batch of appends): only its index is written.
   */
  recordEntry(src: Float64Array | null, at: number, cp: Checkpoint, loss: number): number {
    const slot = this.nextSlot();
    if (src)
      this.chunkOf(slot).set(src.subarray(at, at + this.stride), (slot & this.chunkMask) * this.stride);
    return this.commit(slot, cp, loss);
  }

  /** The storage slot the next entry goes to (evicting the ring's oldest when it is full). */
  private nextSlot(): number {
    if (this.ringCount === this.recent) this.evictOldestRecent();
    let r = this.ringStart + this.ringCount;
    if (r >= this.recent) r -= this.recent;
    return this.archiveCap + r;
  }

  private commit(slot: number, cp: Checkpoint, loss: number): number {
    const n = this.count;
    this.steps[slot] = cp.step;
    this.epochs[slot] = cp.epoch;
    this.cursors[slot] = cp.cursor;
    this.rngs[slot] = cp.epochRngState;
    this.losses[slot] = loss;
    this.flags[slot] = 0;
    this.serials[slot] = this.nextSerial++;
    this.ringCount++;
    this.version++;
    return n;
  }

  /** Copies entry i's weights and biases (and velocities) into the given arrays. */
  restore(
    i: number,
    weights: Float64Array[],
    biases: Float64Array[],
    vW?: Float64Array[],
    vB?: Float64Array[],
  ): void {
    const d = this.block(i);
    const o = this.offset(i);
    const P = this.P;
    this.shapes.forEach((s, l) => {
      const n = s.inputs * s.units;
      weights[l].set(d.subarray(o + this.wOff[l], o + this.wOff[l] + n));
      biases[l].set(d.subarray(o + this.bOff[l], o + this.bOff[l] + s.units));
      vW?.[l].set(d.subarray(o + P + this.wOff[l], o + P + this.wOff[l] + n));
      vB?.[l].set(d.subarray(o + P + this.bOff[l], o + P + this.bOff[l] + s.units));
    });
  }

  /** A new history holding entries 0..last of this one (a fork's shared past), in the same budget. */
  prefix(last: number): History {
    const h = new History(this.shapes, { budgetBytes: this.budget(), recent: this.recent });
    h.spacing = this.spacing;
    for (let i = 0; i <= last; i++) {
      const s = this.slot(i);
      const so = (s & this.chunkMask) * this.stride;
      const slot = h.appendSlot();
      h.chunkOf(slot).set(
        this.chunks[s >>> this.chunkShift].subarray(so, so + this.stride),
        (slot & h.chunkMask) * h.stride,
      );
      h.copyIndex(slot, this, s);
    }
    h.thinnedTo = h.archived ? Math.min(this.thinnedTo, h.step(h.archived - 1)) : -1;
    return h;
  }

  /** A slot for a copied entry at the end (evicting into the archive as record does). */
  private appendSlot(): number {
    if (this.ringCount === this.recent) this.evictOldestRecent();
    let r = this.ringStart + this.ringCount;
    if (r >= this.recent) r -= this.recent;
    this.ringCount++;
    return this.archiveCap + r;
  }

  private copyIndex(to: number, src: History, from: number): void {
    this.steps[to] = src.steps[from];
    this.epochs[to] = src.epochs[from];
    this.cursors[to] = src.cursors[from];
    this.rngs[to] = src.rngs[from];
    this.losses[to] = src.losses[from];
    this.flags[to] = src.flags[from];
    this.serials[to] = src.serials[from];
    if (src !== this) {
      this.serials[to] = this.nextSerial++;
      const m = src.flags[from] ? src.marks.get(src.serials[from]) : undefined;
      if (m) this.marks.set(this.serials[to], m);
    }
  }

  private moveSlot(from: number, to: number): void {
    // A plain loop: subarray() would allocate a view per move.
    const a = this.chunkOf(from);
    const b = this.chunkOf(to);
    const so = (from & this.chunkMask) * this.stride;
    const to0 = (to & this.chunkMask) * this.stride;
    for (let k = 0; k < this.stride; k++) b[to0 + k] = a[so + k];
    this.copyIndex(to, this, from);
  }

  private keep(slot: number, spacing: number): boolean {
    return this.flags[slot] === 1 || this.steps[slot] % spacing === 0;
  }

  /** The oldest ring entry moves to the archive if it is kept at the current spacing. */
  private evictOldestRecent(): void {
    const from = this.archiveCap + this.ringStart;
    this.ringStart = this.ringStart + 1 === this.recent ? 0 : this.ringStart + 1;
    this.ringCount--;
    this.thinnedTo = this.steps[from];
    if (this.archived > 0 && !this.keep(from, this.spacing)) {
      if (this.flags[from]) this.marks.delete(this.serials[from]);
      return;
    }
    if (this.archived === this.archiveCap) {
      this.thinArchive();
      // The spacing just doubled: the leaving entry must pass the new one too.
      if (!this.keep(from, this.spacing)) {
        if (this.flags[from]) this.marks.delete(this.serials[from]);
        return;
      }
    }
    this.moveSlot(from, this.archived++);
  }

  /** Doubles the spacing and filters the archive in place (first entry and marks stay). */
  private thinArchive(): void {
    let dropMarks = false;
    for (;;) {
      this.spacing *= 2;
      let kept = 0;
      for (let i = 0; i < this.archived; i++) if (i === 0 || this.keep(i, this.spacing)) kept++;
      if (kept < this.archiveCap) break;
      if (this.spacing > 2 ** 40) {
        // Only marks are left: keep every other one rather than stop recording.
        dropMarks = true;
        break;
      }
    }
    let to = 0;
    for (let i = 0; i < this.archived; i++) {
      const keep = i === 0 || (dropMarks ? i % 2 === 0 : this.keep(i, this.spacing));
      if (!keep) {
        if (this.flags[i]) this.marks.delete(this.serials[i]);
        continue;
      }
      if (to !== i) this.moveSlot(i, to);
      to++;
    }
    this.archived = to;
    this.version++;
  }

  /**
   * Everything stored, copied; or, with `shared`, the live arrays themselves (no copy, and the chunks and index
   * arrays are most of a history's bytes): only for a caller that clones them before the history changes
   * again, as IndexedDB's put does.
   */
  dump(shared = false): HistoryDump {
    const c = <T extends Float64Array | Uint8Array>(a: T): T => (shared ? a : (a.slice() as T));
    const used = new Set<number>();
    for (let i = 0; i < this.count; i++) used.add(this.slot(i) >>> this.chunkShift);
    return {
      shapes: this.shapes.map((x) => ({ ...x })),
      options: { ...this.options },
      chunks: this.chunks.map((x, k) => (used.has(k) ? c(x) : null)),
      steps: c(this.steps),
      epochs: c(this.epochs),
      cursors: c(this.cursors),
      rngs: c(this.rngs),
      losses: c(this.losses),
      flags: c(this.flags),
      serials: c(this.serials),
      marks: [...this.marks].map(([k, m]) => [k, { ...m }]),
      nextSerial: this.nextSerial,
      archived: this.archived,
      ringStart: this.ringStart,
      ringCount: this.ringCount,
      spacing: this.spacing,
      thinnedTo: this.thinnedTo,
    };
  }

  /** A history from a dump (copied), or an Error saying which part does not fit. */
  static load(d: HistoryDump): History | Error {
    const bad = (what: string) => new Error(`stored steps: ${what}`);
    if (!d || typeof d !== 'object') return bad('missing');
    const shapes = d.shapes;
    if (!Array.isArray(shapes) || !shapes.length || shapes.length > 64) return bad('layer shapes');
    if (!shapes.every((x) => isInt(x?.inputs, 1, 1e7) && isInt(x?.units, 1, 1e7))) return bad('layer shapes');
    const o = d.options;
    if (!isInt(o?.budgetBytes, 1, 2 ** 40) || !isInt(o?.recent, 0, 2 ** 40)) return bad('options');
    const h = new History(shapes, o);
    const chunkFloats = (1 << h.chunkShift) * h.stride;
    const c = h.capacity;
    const chunks = d.chunks;
    if (!Array.isArray(chunks) || chunks.length > Math.ceil(c / (1 << h.chunkShift))) return bad('chunks');
    if (!chunks.every((x) => x === null || (isF64(x) && x.length === chunkFloats))) return bad('chunks');
    const f64 = [d.steps, d.epochs, d.cursors, d.rngs, d.losses, d.serials];
    if (!f64.every((x) => isF64(x) && x.length === c)) return bad('index');
    if (Object.prototype.toString.call(d.flags) !== '[object Uint8Array]' || d.flags.length !== c)
      return bad('flags');
    if (!isInt(d.archived, 0, h.archiveCap) || !isInt(d.ringCount, 0, h.recent)) return bad('counts');
    if (!isInt(d.ringStart, 0, h.recent - 1) || !isInt(d.nextSerial, 0, 2 ** 52)) return bad('counts');
    if (!isInt(d.spacing, 1, 2 ** 52) || !(typeof d.thinnedTo === 'number')) return bad('spacing');
    if (d.archived > 0 && d.ringCount === 0) return bad('counts');
    // The highest slot in use must lie in a stored chunk (reading never allocates).
    const ringEnd = d.ringStart + d.ringCount - 1;
    const top = Math.max(
      d.archived - 1,
      d.ringCount ? h.archiveCap + (ringEnd < h.recent ? ringEnd : h.recent - 1) : -1,
    );
    if (top >= chunks.length << h.chunkShift) return bad('entries beyond the stored chunks');
    const marks = d.marks;
    if (!Array.isArray(marks)) return bad('marks');
    for (const m of marks) {
      const ok =
        Array.isArray(m) &&
        typeof m[0] === 'number' &&
        ['edit', 'setting', 'fork'].includes(m[1]?.kind) &&
        typeof m[1]?.label === 'string';
      if (!ok) return bad('marks');
    }
    h.chunks = chunks.map((x) => x?.slice() ?? new Float64Array(chunkFloats));
    h.steps = d.steps.slice();
    h.epochs = d.epochs.slice();
    h.cursors = d.cursors.slice();
    h.rngs = d.rngs.slice();
    h.losses = d.losses.slice();
    h.flags = d.flags.slice();
    h.serials = d.serials.slice();
    h.marks = new Map(marks.map(([k, m]) => [k, { kind: m.kind, label: m.label }]));
    h.nextSerial = d.nextSerial;
    h.archived = d.archived;
    h.ringStart = d.ringStart;
    h.ringCount = d.ringCount;
    h.spacing = d.spacing;
    h.thinnedTo = d.thinnedTo;
    for (let i = 0; i < h.count; i++)
      if (chunks[h.slot(i) >>> h.chunkShift] === null) return bad('an entry in a chunk that was not stored');
    return h;
  }
}
