import { describe, expect, it } from 'vitest';
import { History } from '../../src/history/timelineHistory';

const shapes = [
  { inputs: 2, units: 3 },
  { inputs: 3, units: 1 },
];
const w = shapes.map((s) => new Float64Array(s.inputs * s.units));
const b = shapes.map((s) => new Float64Array(s.units));

/** Records steps from..to-1 with weights that change sign now and then; marks every 37th. */
function feed(h: History, from: number, to: number) {
  for (let s = from; s < to; s++) {
    w.forEach((a, l) => a.forEach((_, k) => (a[k] = Math.sin(s * (k + 1) + l))));
    b.forEach((a) => a.fill(s / 100));
    const i = h.record(
      w,
      b,
      null,
      null,
      { step: s, epoch: s >> 4, cursor: s & 15, epochRngState: s * 7 },
      s / 3,
    );
    if (s % 37 === 0) h.mark(i, { kind: 'edit', label: `edit at ${s}` });
  }
}

/** Everything a view can read of a history. */
const read = (h: History) =>
  Array.from({ length: h.count }, (_, i) => ({
    step: h.step(i),
    loss: h.loss(i),
    cp: h.checkpoint(i),
    mark: h.markOf(i),
    values: Array.from({ length: h.P }, (_, k) => h.value(i, k)),
    stats: [h.stat(i, 0, 5), h.stat(i, 1, 4)],
  }));

describe('a history saved and loaded', () => {
  it('reads the same after thinning, and goes on thinning exactly as the original', () => {
    const a = new History(shapes, { budgetBytes: 60_000, recent: 40 });
    feed(a, 0, 1500);
    expect(a.spacing).toBeGreaterThan(1);
    const b2 = History.load(structuredClone(a.dump()));
    if (b2 instanceof Error) throw b2;
    expect(read(b2)).toEqual(read(a));
    feed(a, 1500, 2600);
    feed(b2, 1500, 2600);
    expect(read(b2)).toEqual(read(a));
    expect([b2.spacing, b2.thinnedTo, b2.count]).toEqual([a.spacing, a.thinnedTo, a.count]);
  });

  it('a dump whose entries lie in a chunk that was not stored is refused', () => {
    const a = new History(shapes, { budgetBytes: 60_000, recent: 40 });
    feed(a, 0, 30);
    const d = a.dump();
    d.chunks = d.chunks.map(() => null);
    expect(History.load(d)).toBeInstanceOf(Error);
  });
});
