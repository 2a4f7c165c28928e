import { describe, expect, it, vi } from 'vitest';
import { Trainer } from '../../src/engine';
import type { Config } from '../../src/domain/config';
import { createSession, type SessionState } from '../../src/session';
import { MIN_ROUND_MS, ROUND_MS } from '../../src/session/remote';
import { testHost } from '../session/host';
import { clonedBackend, dumpHistory, settle } from './remote';

const HISTORY = { budgetBytes: 40_000, recent: 8 };

/** A session that plays in a (cloned, in-process) worker, and one that trains in this thread. */
function pair(history = HISTORY) {
  const w = testHost();
  const backend = clonedBackend();
  const remote = createSession({ ...w.host, trainer: backend }, { history });
  const local = createSession(testHost().host, { history });
  return { w, backend, R: () => remote.getState(), L: () => local.getState() };
}

type Round = ReturnType<typeof clonedBackend>['round'];

/** A session playing in a cloned worker whose rounds go through `round` (to watch them, or to fail them). */
function wrapped(
  round: (inner: ReturnType<typeof clonedBackend>, req: Parameters<Round>[0]) => ReturnType<Round>,
) {
  const w = testHost();
  const inner = clonedBackend();
  const backend = { start: inner.start, round: (req: Parameters<Round>[0]) => round(inner, req) };
  return { w, inner, R: createSession({ ...w.host, trainer: backend }, { history: HISTORY }) };
}

/** What `steps` steps taken in this thread leave behind, a session to go on from. */
function takenHere(steps: number) {
  const L = createSession(testHost().host, { history: HISTORY });
  if (steps > 0) L.getState().stepMany(steps);
  return L;
}

/** Plays until at least `steps` steps were published, frame by frame, letting the worker's replies in. */
async function playTo(p: ReturnType<typeof pair>, steps: number, frameMs = 16) {
  p.R().play();
  for (let i = 0; i < 10_000 && p.R().step < steps && p.R().playing; i++) {
    p.w.runFrames(1, frameMs);
    await settle();
  }
}

const params = (s: SessionState) => s.mlp.layers.map((l) => [...l.weights, ...l.biases]);
const velocities = (s: SessionState) => s.trainer.velocity();

/** Everything training leaves behind, which must not depend on where the batches ran. */
function trace(s: SessionState) {
  const { order: _order, ...position } = s.trainer.position();
  return {
    step: s.step,
    epoch: s.epoch,
    params: params(s),
    velocities: velocities(s),
    position,
    rng: s.trainer.rng.getState(),
    history: dumpHistory(s.historyOf(s.branchId)!),
    flips: s.flipCounts().map((c) => [...c]),
    biasFlips: s.biasFlipCounts().map((c) => [...c]),
    lastRecord: s.lastRecord,
    divergence: s.divergence,
  };
}

describe('training in a worker', () => {
  it('gives bit for bit the weights, timeline, flips and record of training here (momentum, L2, masks)', async () => {
    const p = pair();
    const cfg = { momentum: 0.9, l2: 0.003, lr: 0.1, hidden: [6, 5], batchSize: 7 };
    p.R().setConfig(cfg);
    p.L().setConfig(cfg);
    const masks = p.R().mlp.layers.map((l) => l.weights.map((_, i) => (i % 3 === 0 ? 1 : 0)));
    p.R().prune(
      masks.map((m) => Uint8Array.from(m)),
      'prune',
    );
    p.L().prune(
      masks.map((m) => Uint8Array.from(m)),
      'prune',
    );
    await playTo(p, 300);
    p.R().pause();
    const n = p.R().step;
    expect(p.backend.rounds).toBeGreaterThan(3);
    // The timeline was thinned on the way (a tiny budget), so kept and dropped entries were both exercised.
    expect(p.R().historyOf(p.R().branchId)!.spacing).toBeGreaterThan(1);
    p.L().stepMany(n);
    expect(trace(p.R())).toEqual(trace(p.L()));
    expect(
      p
        .R()
        .mlp.layers[0].weights.filter((_, i) => i % 3 === 0)
        .every((w) => w === 0),
    ).toBe(true);
  });

  it('pausing mid-run keeps exactly the steps published: replies still under way are dropped', async () => {
    const p = pair();
    await playTo(p, 40);
    p.R().pause();
    const n = p.R().step;
    const before = trace(p.R());
    // The rounds asked for ahead now arrive; none of them may move the paused network.
    for (let i = 0; i < 5; i++) {
      p.w.runFrames(1);
      await settle();
    }
    expect(trace(p.R())).toEqual(before);
    p.L().stepMany(n);
    expect(trace(p.R())).toEqual(trace(p.L()));
    // A step after the pause continues from there, in this thread.
    p.R().stepBatch();
    p.L().stepBatch();
    expect(trace(p.R())).toEqual(trace(p.L()));
  });

  it('a setting changed while playing applies from the step shown: no step lost or taken twice', async () => {
    const p = pair();
    await playTo(p, 30);
    const k = p.R().step;
    p.R().setConfig({ lr: 0.01, momentum: 0.5 });
    await playTo(p, k + 30);
    p.R().pause();
    const n = p.R().step;
    p.L().stepMany(k);
    p.L().setConfig({ lr: 0.01, momentum: 0.5 });
    p.L().stepMany(n - k);
    expect(trace(p.R())).toEqual(trace(p.L()));
  });

  it('an edit while playing is kept, and training goes on from the edited weights', async () => {
    const p = pair();
    await playTo(p, 20);
    const k = p.R().step;
    p.R().setWeightValue({ layer: 0, row: 0, col: 0 }, 2.5);
    expect(p.R().playing).toBe(false);
    p.L().stepMany(k);
    p.L().setWeightValue({ layer: 0, row: 0, col: 0 }, 2.5);
    await playTo(p, k + 25);
    p.R().pause();
    p.L().stepMany(p.R().step - k);
    expect(trace(p.R())).toEqual(trace(p.L()));
  });

  it('a divergence in the worker is refused as here: play stops, the last good weights are kept', async () => {
    const p = pair();
    const cfg: Partial<Config> = {
      lr: 10,
      momentum: 0.9,
      activation: 'relu',
      outputActivation: 'linear',
      hidden: [8, 8, 8],
    };
    p.R().setConfig(cfg);
    p.L().setConfig(cfg);
    await playTo(p, 1000);
    expect(p.R().playing).toBe(false);
    expect(p.R().divergence).not.toBeNull();
    p.L().stepMany(1000);
    expect(p.L().divergence).not.toBeNull();
    const { lastRecord: _a, ...r } = trace(p.R());
    const { lastRecord: _b, ...l } = trace(p.L());
    expect(r).toEqual(l);
    expect(p.R().notice).toEqual(p.L().notice);
    expect(p.R().metrics).toEqual(p.L().metrics);
  });

  it('when publishing makes frames late it is done less often; pause shows every step applied at once', async () => {
    const p = pair();
    // Frames 100 ms apart: each publish seems to cost 83 ms, so steps are applied in more frames than shown.
    let held = 0;
    p.R().play();
    for (let i = 0; i < 60; i++) {
      p.w.runFrames(1, 100);
      await settle();
      if (p.R().step < p.R().trainer.step) held++;
    }
    expect(held).toBeGreaterThan(0);
    // Pause shows at once every step applied (no later frame needed): the counter never moves after Pause.
    p.R().pause();
    expect(p.R().step).toBe(p.R().trainer.step);
    const paused = p.R().step;
    p.w.runFrames(1);
    await settle();
    expect(p.R().step).toBe(paused);
    p.L().stepMany(p.R().step);
    expect(trace(p.R())).toEqual(trace(p.L()));
  });

  it('publishing keeps to a quarter of the time: a publish that makes the next frame 50 ms late comes every ~200 ms', async () => {
    const p = pair();
    // Frames on time (16 ms) except the one after a publish, 50 ms late: what redrawing every view costs here.
    const published: number[] = [];
    let t = 0;
    let late = false;
    p.R().play();
    for (let i = 0; i < 200; i++) {
      const ms = late ? 66 : 16;
      const before = p.R().version;
      p.w.runFrames(1, ms);
      t += ms;
      await settle();
      late = p.R().version !== before;
      if (late) published.push(t);
    }
    p.R().pause();
    const gaps = published.slice(1).map((x, i) => x - published[i]!);
    // The cost learned is the lateness past a frame (66 − 16.7 ≈ 49 ms); a quarter of the time allows one
    // publish per 49 / 0.25 ≈ 197 ms, made at the first frame after that: 66 + 9 × 16 = 210 ms.
    expect(gaps.slice(-5)).toEqual([210, 210, 210, 210, 210]);
    // The first publishes, before the cost is known, come sooner; none is held back longer.
    expect(Math.max(...gaps)).toBe(210);
    expect(Math.min(...gaps)).toBeLessThan(210);
  });

  it('late frames shrink the worker’s round to one short round a frame; on-time frames grow it back', async () => {
    const asked: number[] = [];
    let outstanding = 0;
    let most = 0;
    const { w, R } = wrapped((inner, req) => {
      asked.push(req.budgetMs);
      most = Math.max(most, ++outstanding);
      return Promise.resolve(inner.round(req)).finally(() => outstanding--);
    });
    const frames = async (n: number, ms: number) => {
      for (let i = 0; i < n; i++) {
        w.runFrames(1, ms);
        await settle();
      }
    };
    /** After one frame `ms` late, the rounds asked for until the next frame (by the worker's replies alone). */
    const askedBetweenFrames = async (ms: number) => {
      w.runFrames(1, ms);
      const before = asked.length;
      for (let i = 0; i < 3; i++) await settle();
      return asked.length - before;
    };
    R.getState().play();
    await frames(20, 16);
    // On time: full rounds, asked for ahead (two under way), each reply asking for the next.
    expect(new Set(asked)).toEqual(new Set([ROUND_MS]));
    expect(most).toBe(2);
    expect(await askedBetweenFrames(16)).toBeGreaterThan(0);
    await frames(40, 100);
    asked.length = 0;
    most = 0;
    await frames(10, 100);
    // Late (a page that cannot keep up): the shortest round, one at a time, asked for by the frame only.
    expect(new Set(asked)).toEqual(new Set([MIN_ROUND_MS]));
    expect(most).toBe(1);
    expect(await askedBetweenFrames(100)).toBe(0);
    await frames(100, 16);
    asked.length = 0;
    await frames(10, 16);
    expect(new Set(asked)).toEqual(new Set([ROUND_MS]));
    R.getState().pause();
    // However the rounds were cut, the steps are the steps: bit for bit those taken here.
    expect(trace(R.getState())).toEqual(trace(takenHere(R.getState().step).getState()));
  });

  it('a round whose fixed cost is more than the 3 ms asked trains as long as that cost (MNIST: ~30 ms a round)', async () => {
    // The recorded batch (the inspector's per-weight record) and what a round ships are its fixed cost: on
    // MNIST's 100k weights ~30 ms, against ~6 ms a batch. Here the recorded batch takes 20 ms on the worker's
    // clock and every other batch 1 ms (a reading). Asked for 3 ms, a round trained 2 batches and the
    // recorded one (3 steps for ~23 ms). Knowing its fixed cost, it trains on about as long again.
    const asked: number[] = [];
    const steps: number[] = [];
    const { w, inner, R } = wrapped(async (inner, req) => {
      asked.push(req.budgetMs);
      const r = await inner.round(req);
      steps.push(r.steps);
      return r;
    });
    const trainBatch = Trainer.prototype.trainBatch;
    const spy = vi.spyOn(Trainer.prototype, 'trainBatch').mockImplementation(function (
      this: Trainer,
      record,
    ) {
      if (record) inner.advance(20);
      return trainBatch.call(this, record);
    });
    R.getState().play();
    for (let i = 0; i < 60; i++) {
      w.runFrames(1, 100);
      await settle();
    }
    R.getState().pause();
    spy.mockRestore();
    expect(asked.slice(-10)).toEqual(Array(10).fill(MIN_ROUND_MS));
    expect(Math.min(...steps.slice(-10))).toBeGreaterThanOrEqual(15);
    expect(trace(R.getState())).toEqual(trace(takenHere(R.getState().step).getState()));
  });

  it('a worker that fails stops play with its message; the network shown is kept and trains here', async () => {
    let rounds = 0;
    // Two rounds train; then the worker fails (out of memory, say).
    const { w, R } = wrapped((inner, req) =>
      ++rounds <= 2 ? inner.round(req) : Promise.reject(new Error('worker out of memory')),
    );
    R.getState().play();
    for (let i = 0; i < 10; i++) {
      w.runFrames(1, 16);
      await settle();
    }
    expect(R.getState().playing).toBe(false);
    expect(R.getState().notice).toEqual({ kind: 'error', text: 'Training stopped: worker out of memory' });
    const shown = trace(R.getState());
    // Late replies change nothing; the network shown is the one a step here continues from.
    w.runFrames(3, 16);
    await settle();
    expect(trace(R.getState())).toEqual(shown);
    // Whatever was published (rounds that arrived before the failure but after the last frame are dropped
    // unapplied) is exactly what training here gives, and Step goes on from it.
    const L = takenHere(R.getState().step);
    expect(trace(R.getState())).toEqual(trace(L.getState()));
    R.getState().stepBatch();
    L.getState().stepBatch();
    expect(trace(R.getState())).toEqual(trace(L.getState()));
  });
});
