import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSession, type SessionState } from '../../src/session';
import { testHost } from './host';

const fresh = () => {
  const t = testHost((path) => readFileSync(path, 'utf8'));
  const s = createSession(t.host);
  return { ...t, s, S: (): SessionState => s.getState() };
};
const params = (st: SessionState) => st.mlp.layers.map((l) => [...l.weights, ...l.biases]);
const masks = (st: SessionState) => st.mlp.layers.map((l) => (l.pruned ? [...l.pruned] : null));
/** Lets pending fetches (digits) resolve. */
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the session', () => {
  it('drives a whole lesson without React: opened on its own network, trained until its check passes', () => {
    const { S } = fresh();
    S().openLesson('negative-weights');
    expect(S().lessonId).toBe('negative-weights');
    expect(S().config.dataset).toBe('circle');
    // The lesson's hand-set weights (all positive) are the network, and step 0 of its history.
    expect(S().mlp.layers.every((l) => l.weights.every((w) => w > 0))).toBe(true);
    expect(S().lessonResult?.passed).toBe(false);
    for (let i = 0; i < 400 && !S().lessonResult?.passed; i++) S().stepBatch();
    expect(S().lessonResult?.passed).toBe(true);
    expect(S().lessonResult?.status).toMatch(/turned negative/);
  });

  it("step 0 of a lesson's timeline is the lesson's network, not the one before it (bug 1)", () => {
    const { S } = fresh();
    for (let i = 0; i < 5; i++) S().stepBatch();
    S().openLesson('negative-weights');
    const opened = params(S());
    for (let i = 0; i < 20; i++) S().stepBatch();
    S().scrubToIndex(0);
    expect(S().step).toBe(0);
    expect(params(S())).toEqual(opened);
    expect(S().historyOf(S().branchId)!.count).toBe(21);
  });

  it('rewinding a lesson to its start does not pass a check that needs a change (bug 1, lesson 2)', () => {
    const { S } = fresh();
    S().openLesson('excitation-inhibition');
    const before = S().lessonResult;
    S().stepBatch();
    S().scrubToIndex(0);
    expect(S().lessonResult?.passed).toBe(before?.passed);
  });

  it('undo cannot cross a lesson: edits made before it are not replayed onto its network (bug 2)', () => {
    const { S } = fresh();
    S().setWeightValue({ layer: 0, row: 0, col: 0 }, 5);
    expect(S().undoStack).toHaveLength(1);
    S().openLesson('negative-weights');
    const opened = params(S());
    expect(S().undoStack).toHaveLength(0);
    S().undo();
    expect(params(S())).toEqual(opened);
  });

  it('undo of a prune restores the weights and the mask bit for bit; redo prunes again (bug 4)', () => {
    const { S } = fresh();
    for (let i = 0; i < 10; i++) S().stepBatch();
    const before = params(S());
    const masksBefore = masks(S());
    const cut = S().mlp.layers.map((l) => Uint8Array.from(l.weights, (_, i) => (i % 3 === 0 ? 1 : 0)));
    S().prune(cut, 'prune a third');
    const pruned = params(S());
    expect(S().mlp.layers[0].weights[0]).toBe(0);
    expect(S().mlp.layers[0].pruned?.[0]).toBe(1);
    S().undo();
    expect(params(S())).toEqual(before);
    expect(masks(S())).toEqual(masksBefore);
    S().redo();
    expect(params(S())).toEqual(pruned);
    expect(masks(S())).toEqual(cut.map((m) => [...m]));
    S().clearPruning();
    expect(masks(S()).every((m) => m === null)).toBe(true);
    S().undo();
    expect(masks(S())).toEqual(cut.map((m) => [...m]));
  });

  it('every edit is undoable and redoable bit for bit: paint, typed value, reset, an added point', () => {
    const { S } = fresh();
    const start = params(S());
    S().setBrushTool('add');
    S().setBrushValue(0.5);
    S().beginStroke();
    S().paintCell({ layer: 0, row: 0, col: 0 });
    S().paintCell({ layer: 0, row: 0, col: 0 });
    S().paintCell({ layer: 0, row: 1, col: 1 });
    S().endStroke();
    expect(S().mlp.layers[0].weights[0]).toBe(start[0][0] + 0.5);
    const painted = params(S());
    S().setWeightValue({ layer: 1, row: 0, col: 'bias' }, -2);
    const typed = params(S());
    for (let i = 0; i < 4; i++) S().stepBatch();
    const trained = params(S());
    S().reset();
    expect(S().step).toBe(0);
    expect(params(S())).toEqual(start);
    S().undo();
    expect(S().step).toBe(4);
    expect(params(S())).toEqual(trained);
    S().redo();
    expect(params(S())).toEqual(start);
    S().undo();
    const n = S().train.n;
    S().addPoint([0.5, 0.5], 1);
    expect(S().train.n).toBe(n + 1);
    S().undo();
    expect(S().train.n).toBe(n);
    // Back through the reset: the typed value and the stroke, each to the weights before it.
    expect(S().undoStack.map((e) => e.label)).toEqual(['paint (add)', 'type layer 2 unit 1 bias = -2']);
    expect(params(S())).toEqual(trained);
    S().undo();
    expect(params(S())).toEqual(painted);
    S().redo();
    expect(params(S())).toEqual(typed);
    S().undo();
    S().undo();
    expect(params(S())).toEqual(start);
    expect(S().undoStack).toHaveLength(0);
  });

  it('opening a lesson, importing a model or changing the architecture starts a new history', () => {
    const { S } = fresh();
    for (let i = 0; i < 3; i++) S().stepBatch();
    S().setWeightValue({ layer: 0, row: 0, col: 0 }, 1);
    S().setConfig({ hidden: [3] });
    expect(S().undoStack).toHaveLength(0);
    expect(S().step).toBe(0);
    expect(S().historyOf(S().branchId)!.count).toBe(1);
    const other = structuredClone(S().mlp);
    other.layers[0].weights.fill(0.125);
    for (let i = 0; i < 3; i++) S().stepBatch();
    const r = S().importNetwork(other, 'm.json');
    expect(r.ok).toBe(true);
    expect(S().step).toBe(0);
    expect([...S().mlp.layers[0].weights]).toEqual(Array(6).fill(0.125));
    expect(S().historyOf(S().branchId)!.count).toBe(1);
  });

  it('a refused import leaves everything as it was', () => {
    const { S } = fresh();
    for (let i = 0; i < 3; i++) S().stepBatch();
    const before = { p: params(S()), step: S().step, history: S().historyOf(S().branchId) };
    const wrong = structuredClone(S().mlp);
    wrong.inputs = 5;
    const r = S().importNetwork(wrong, 'bad.json');
    expect(r.ok).toBe(false);
    expect(r.text).toMatch(/bad.json was not imported: .*5 inputs.*unchanged/);
    expect(params(S())).toEqual(before.p);
    expect(S().step).toBe(before.step);
    expect(S().historyOf(S().branchId)).toBe(before.history);
  });

  it('one frame of play is one state change, however many batches it trains', () => {
    const { S, s, runFrames } = fresh();
    S().setSpeed(25);
    S().play();
    let changes = 0;
    const off = s.subscribe(() => changes++);
    runFrames(4);
    off();
    expect(S().step).toBe(100);
    expect(changes).toBe(4);
    S().pause();
  });

  it('while a data set loads, training waits and says so; then the lesson starts on the loaded data', async () => {
    const { S } = fresh();
    S().openLesson('digits');
    expect(S().datasetLoading).toBe(true);
    expect(S().loadingLabel).toBe('Loading digits…');
    S().stepBatch();
    S().play();
    expect(S().playing).toBe(false);
    expect(S().step).toBe(0);
    await settle();
    await settle();
    expect(S().datasetLoading).toBe(false);
    expect(S().dataset.inputs).toBe(64);
    expect(S().lessonStart).not.toBeNull();
    S().stepBatch();
    expect(S().step).toBe(1);
  });

  it('a late data set does not replace a network chosen after it was asked for', async () => {
    const { S } = fresh();
    S().setConfig({ dataset: 'digits' });
    S().setConfig({ dataset: 'moons' });
    await settle();
    await settle();
    expect(S().config.dataset).toBe('moons');
    expect(S().dataset.inputs).toBe(2);
  });

  it('the same settings and seed give the same weights in two sessions', () => {
    const a = fresh();
    const b = fresh();
    for (let i = 0; i < 30; i++) {
      a.S().stepBatch();
      b.S().stepBatch();
    }
    expect(params(a.S())).toEqual(params(b.S()));
  });
});

describe('play', () => {
  it('fills each frame by default, and never more than the per-frame cap, even with a stopped clock', () => {
    const t = testHost();
    const s = createSession(t.host);
    expect(s.getState().speed).toBe(0);
    s.getState().play();
    t.runFrames(1, 0);
    expect(s.getState().step).toBe(20_000);
    s.getState().pause();
  });
});
