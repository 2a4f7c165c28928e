import type { Checkpoint } from '../history/timelineHistory';
import type { RoundResult, TrainingBackend } from '../worker/protocol';
import { forkIfRewound, touch, type Ctx } from './core';
import { divergedPatch } from './diverged';
import type { SessionState } from './types';

/** Training time of one round in the worker: about a frame, so results arrive about once a frame. */
export const ROUND_MS = 14;
/**
 * The least a round trains while frames come late. On a machine with cores to spare the worker trains
 * without pause (rounds asked for ahead); where it competes with the page for a core (two cores: the worker,
 * the page, the compositor) late frames shrink its round and it trains one round a frame, so the frames keep
 * coming (issue 11: ≥ 55 a second), and on-time frames grow it back.
 */
export const MIN_ROUND_MS = 3;
/** A frame this much later than a frame's length counts as late. */
const LATE = 1.5;
/** A frame's length at 60 Hz: a frame later than this after a publish measures the publish's cost. */
const FRAME_MS = 1000 / 60;
/** Share of the main thread's time that publishing the worker's steps (redrawing the views) may take. */
const PUBLISH_SHARE = 0.25;
/** Rounds asked for ahead, so that the worker never waits for the page (and the page never waits for it). */
const AHEAD = 2;
/** Rounds that may wait for a frame: beyond this the worker pauses until the page catches up. */
const MAX_PENDING = 6;

export interface RemotePlay {
  /** One animation frame (at time t): applies the rounds that arrived and publishes them as one change. */
  frame(t: number): void;
  stop(): void;
}

/**
 * Play with the training in a backend (a Worker): the backend trains a mirror of the session's exact state in
 * rounds, asked for ahead; each animation frame applies the rounds that arrived, in order, exactly as if the
 * steps had been taken here (timeline entries, sign flips, weights, velocities, data position, the last step's
 * record), and publishes once. Anything else that changes the state (an edit, a setting, pause, a step, a
 * lesson, undo) moves its version: the rounds under way are dropped unapplied and the mirror starts again from
 * the state as it is, so no step is lost or taken twice and the session stays the one owner.
 */
export function remotePlay(ctx: Ctx, backend: TrainingBackend): RemotePlay {
  let gen = 0;
  let live = false;
  let version = -1;
  let inflight = 0;
  let pending: RoundResult[] = [];
  /** This round's training time (ms): ROUND_MS while frames are on time, less while they are late. */
  let roundMs = ROUND_MS;

  const begin = () => {
    gen++;
    live = true;
    inflight = 0;
    pending = [];
    const fork = forkIfRewound(ctx);
    if (Object.keys(fork).length) ctx.set(fork);
    const s = ctx.get();
    const h = ctx.owned.histories.get(s.branchId)!;
    const last = h.count - 1;
    const sent = ctx.owned.sent;
    void backend.start({
      mlp: s.mlp,
      position: s.trainer.position(),
      options: s.trainer.options,
      train: sent.train === s.train ? null : s.train,
      test: sent.test === s.test ? null : s.test,
      config: s.config,
      prevEntry: h.block(last).slice(h.offset(last), h.offset(last) + h.stride),
      flipPrev: ctx.owned.flips.previous(),
      recent: h.recent,
    });
    sent.train = s.train;
    sent.test = s.test;
    version = s.version;
    ask();
  };

  const ask = () => {
    // Frames on time: rounds ahead, the worker never idle. Frames late: one round a frame, shorter.
    const ahead = roundMs >= ROUND_MS ? AHEAD : 1;
    while (live && inflight < ahead && pending.length < MAX_PENDING) {
      const g = gen;
      inflight++;
      const spacing = ctx.owned.histories.get(ctx.get().branchId)?.spacing ?? 1;
      Promise.resolve(backend.round({ budgetMs: roundMs, spacing })).then(
        (r) => {
          if (g !== gen) return;
          inflight--;
          pending.push(r);
          // The worker goes on while frames are slow (a page busy drawing): a few rounds may wait for one.
          if (!r.divergence && roundMs >= ROUND_MS) ask();
        },
        (e: Error) => {
          if (g !== gen) return;
          live = false;
          ctx.set({ playing: false, notice: { kind: 'error', text: `Training stopped: ${e.message}` } });
        },
      );
    }
  };

  // Steps applied but not yet published (see frame), and what publishing them will say.
  let held: { patch: Partial<SessionState>; metrics: RoundResult['metrics'] } | null = null;
  /** Main-thread time a publish costs (the lateness of the frame after one), learned as play goes. */
  let publishMs = 0;
  let lastFrame = 0;
  let lastPublish = -Infinity;
  let publishedLast = false;

  const publish = () => {
    if (!held) return;
    ctx.set(touch(ctx, held.metrics ?? false, held.patch));
    held = null;
    version = ctx.get().version;
  };

  const stop = () => {
    // What was applied is the network now: it is shown before anything else happens.
    if (live && ctx.get().version === version) publish();
    held = null;
    gen++;
    live = false;
    // A pause is not a late frame: the next play measures its frames afresh.
    lastFrame = 0;
    pending = [];
    inflight = 0;
  };

  return {
    stop,
    frame(t) {
      if (publishedLast && lastFrame)
        publishMs = 0.7 * publishMs + 0.3 * Math.max(0, t - lastFrame - FRAME_MS);
      if (lastFrame)
        roundMs =
          t - lastFrame > LATE * FRAME_MS
            ? Math.max(MIN_ROUND_MS, roundMs * 0.75)
            : Math.min(ROUND_MS, roundMs + 0.25);
      lastFrame = t;
      publishedLast = false;
      if (!live || ctx.get().version !== version) {
        // Something else changed the network, the trainer or the data: start again from the state as it is.
        if (live) stop();
        begin();
        return;
      }
      for (const r of pending) {
        held ??= { patch: {}, metrics: null };
        applyRound(ctx, r, held.patch);
        // Losses measured on an earlier round's weights would be shown against the later step: only the last.
        held.metrics = r.metrics;
        if (r.divergence) {
          publish();
          stop();
          return;
        }
      }
      pending = [];
      // Applying is cheap; publishing redraws every view. Where that takes longer than the frame, it is done
      // only as often as keeps it to PUBLISH_SHARE of the time, so frames keep coming while the worker trains.
      if (held && t - lastPublish >= publishMs / PUBLISH_SHARE) {
        publish();
        lastPublish = t;
        publishedLast = true;
      }
      ask();
    },
  };
}

/** Puts one round's steps in place, as trainBatches would have taken them here. */
function applyRound(ctx: Ctx, r: RoundResult, patch: Partial<SessionState>): void {
  const s = ctx.get();
  const h = ctx.owned.histories.get(s.branchId);
  const cp: Checkpoint = { step: 0, epoch: 0, cursor: 0, epochRngState: 0 };
  for (let i = 0; i < r.steps; i++) {
    cp.step = r.checkpoints[4 * i];
    cp.epoch = r.checkpoints[4 * i + 1];
    cp.cursor = r.checkpoints[4 * i + 2];
    cp.epochRngState = r.checkpoints[4 * i + 3];
    const at = r.entryAt[i];
    h?.recordEntry(at >= 0 ? r.entries : null, at, cp, r.losses[i]);
  }
  s.mlp.layers.forEach((l, i) => {
    l.weights.set(r.weights[i]);
    l.biases.set(r.biases[i]);
  });
  s.trainer.restore(r.position);
  ctx.owned.flips.addCounts(r.flipsW, r.flipsB, s.mlp);
  if (r.divergence) Object.assign(patch, divergedPatch(ctx, r.divergence));
  else if (r.record) patch.lastRecord = r.record;
}
