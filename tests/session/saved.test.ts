import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSession, type SavedSession, type SessionState } from '../../src/session';
import { savedChanged } from '../../src/session/snapshot';
import { testHost } from './host';

const fresh = () => {
  const t = testHost((path) => readFileSync(path, 'utf8'));
  const s = createSession(t.host);
  return { ...t, s, S: (): SessionState => s.getState() };
};

/** Every parameter's bits, so −0 ≠ 0 and NaN payloads count. */
const bits = (st: SessionState) =>
  st.mlp.layers.flatMap((l) => [
    ...new Uint32Array(l.weights.slice().buffer),
    ...new Uint32Array(l.biases.slice().buffer),
  ]);

/** A session with something in every part: a lesson, a painted weight, 30 steps, rewound to step 20. */
function worked() {
  const f = fresh();
  const { S } = f;
  S().openLesson('negative-weights');
  S().noteLesson({ seen: ['a'] });
  S().setBrushValue(-2.5);
  S().beginStroke();
  S().paintCell({ layer: 0, row: 1, col: 0 });
  S().endStroke();
  S().setSelected({ layer: 1, row: 0, col: 'bias' });
  S().toggleTracked({ layer: 0, row: 1, col: 0 });
  for (let i = 0; i < 30; i++) S().stepBatch();
  S().scrubTo(20);
  return f;
}

/** A stored record as a corrupting hand sees it: any field, any type. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Rec = Record<string, any>;

/** What IndexedDB stores: a structured clone. */
const stored = (s: SessionState): SavedSession => structuredClone(s.savedForm());

describe('saving and restoring the session', () => {
  it('a restored session has the same weights bit for bit, the same step, timeline, undo and lesson', async () => {
    const a = worked();
    expect(a.S().step).toBe(20);
    const b = fresh();
    expect(await b.S().restoreSaved(stored(a.S()))).toBe(true);
    const A = a.S();
    const B = b.S();
    expect(bits(B)).toEqual(bits(A));
    expect(B.step).toBe(20);
    expect(B.viewIndex).toBe(A.viewIndex);
    expect(B.historyOf(B.branchId)!.count).toBe(A.historyOf(A.branchId)!.count);
    expect(B.undoStack.map((e) => e.label)).toEqual(A.undoStack.map((e) => e.label));
    expect(B.lessonId).toBe('negative-weights');
    expect(B.lessonMemory).toEqual(A.lessonMemory);
    expect(B.lessonResult).toEqual(A.lessonResult);
    expect(B.selected).toEqual(A.selected);
    expect(B.tracked).toEqual(A.tracked);
    expect(B.config).toEqual(A.config);
    expect(B.metrics).toEqual(A.metrics);
    expect(B.brushValue).toBe(-2.5);
  });

  it('a restored session goes on exactly as the original would: training, scrubbing and undo', async () => {
    const a = worked();
    const b = fresh();
    await b.S().restoreSaved(stored(a.S()));
    for (const f of [a, b]) {
      f.S().scrubTo(5);
      f.S().scrubTo(20);
      for (let i = 0; i < 7; i++) f.S().stepBatch();
    }
    expect(bits(b.S())).toEqual(bits(a.S()));
    expect(b.S().branches).toEqual(a.S().branches);
    for (const f of [a, b]) f.S().undo();
    expect(b.S().undoStack).toHaveLength(0);
    expect(bits(b.S())).toEqual(bits(a.S()));
    // The painted weight is back to its initial value in both.
    expect(b.S().mlp.layers[0].weights[1 * 2 + 0]).not.toBe(-2.5);
  });

  it('an imported CSV data set and an added point are saved with the session', async () => {
    const a = fresh();
    a.S().addPoint([0.25, -0.5], 1);
    const n = a.S().dataset.train.n;
    const b = fresh();
    await b.S().restoreSaved(stored(a.S()));
    expect(b.S().dataset.train.n).toBe(n);
    expect(b.S().dataset.train.x).toEqual(a.S().dataset.train.x);
    b.S().undo();
    expect(b.S().dataset.train.n).toBe(n - 1);
  });

  const corruptions: [string, (s: Rec) => void][] = [
    ['another format', (s) => (s.format = 'something-else')],
    ['an older version', (s) => (s.version = 0)],
    ['a weight array of the wrong length', (s) => (s.params.w[0] = new Float64Array(3))],
    ['weights as plain numbers', (s) => (s.params.w[0] = [...s.params.w[0]])],
    ['an unknown setting', (s) => (s.config.warp = 9)],
    ['a setting out of range', (s) => (s.config.lr = -1)],
    ['a timeline position past its end', (s) => (s.viewIndex = 10_000)],
    ['a missing branch', (s) => (s.histories.branches = [])],
    ['a truncated stored-steps chunk', (s) => (s.histories.branches[0][1].chunks[0] = new Float64Array(5))],
    ['a trainer order out of range', (s) => (s.trainer.order[0] = 1e6)],
    ['a selected weight that does not exist', (s) => (s.view.selected = { layer: 9, row: 0, col: 0 })],
    [
      'a lesson that does not exist',
      (s) => (s.lesson = { id: 'nope', start: null, memory: {}, result: null }),
    ],
    ['a broken undo entry', (s) => (s.undo = [{ kind: 'params', label: 'x', before: {}, after: {} }])],
    ['null', (s) => Object.keys(s).forEach((k) => delete s[k])],
  ];
  for (const [what, corrupt] of corruptions) {
    it(`a record with ${what} is refused with a notice, and the session is unchanged`, async () => {
      const a = worked();
      const rec = stored(a.S()) as unknown as Rec;
      corrupt(rec);
      const b = fresh();
      for (let i = 0; i < 3; i++) b.S().stepBatch();
      const before = bits(b.S());
      expect(await b.S().restoreSaved(rec)).toBe(false);
      expect(b.S().notice?.text).toMatch(/^Your saved session could not be restored \(/);
      expect(bits(b.S())).toEqual(before);
      expect(b.S().step).toBe(3);
      b.S().stepBatch();
      expect(b.S().step).toBe(4);
    });
  }

  it('"New" starts over, and Undo brings the whole session back', async () => {
    const a = worked();
    const was = bits(a.S());
    a.S().startOver();
    expect(a.S().step).toBe(0);
    expect(a.S().lessonId).toBeNull();
    expect(a.S().undoStack.map((e) => e.label)).toEqual(['new session']);
    a.S().undo();
    expect(bits(a.S())).toEqual(was);
    expect(a.S().step).toBe(20);
    expect(a.S().lessonId).toBe('negative-weights');
    expect(a.S().undoStack.map((e) => e.label)).toEqual(['paint (set)']);
  });

  it('hovering, notices and the storage status do not count as a change to save', () => {
    const { S } = fresh();
    const p = S();
    S().setHovered({ layer: 0, row: 0, col: 0 });
    S().showNotice({ kind: 'info', text: 'hello' });
    S().setStorage('saved');
    expect(savedChanged(S(), p)).toBe(false);
    S().stepBatch();
    expect(savedChanged(S(), p)).toBe(true);
  });
});
