import type { Mlp, TrainData } from '../engine';
import type { Dataset } from '../datasets/types';
import type { Config } from '../domain/config';
import { buildRun, measure, type Metrics } from '../domain/run';
import type { HistoryOptions } from '../history/timelineHistory';
import { lessonById } from '../lessons';
import { packWeights } from '../url/weights';
import type { AutoStopMemory } from './autoStop';
import { SignFlips } from './flips';
import { Histories } from './histories';
import { appendLoss, emptyLossHistory } from './lossHistory';
import { fitScales, widenScales } from './scales';
import type { SessionHost, SessionState, World } from './types';

/** The play loop's pacing: what it learns about this machine (ms per batch and per measurement). */
export interface Pace {
  batchMs: number;
  measureMs: number;
  lastMeasure: number;
  /** Id of the current play loop: a newer loop retires older ones. */
  loop: number;
  /**
   * Stops the play loop's training backend, showing at once every step it applied (Pause calls it, so the
   * counter never moves after Pause); null when play trains here.
   */
  stopRemote: (() => void) | null;
}

/** What the session owns besides its published state: large or private objects, never module-level. */
export interface Owned {
  histories: Histories;
  flips: SignFlips;
  pace: Pace;
  /** Cells a paint stroke has touched (each once per stroke). */
  stroke: Set<string>;
  /** Bumped by every action that installs a network: a data set arriving late for an older one is dropped. */
  installs: number;
  /** Text files fetched once per session (digits). */
  files: Map<string, Promise<string>>;
  historyOptions: HistoryOptions;
  /** What auto-stop remembers during the current play (null until its first reading). */
  autoStop: AutoStopMemory | null;
  /** The data last sent to the training backend (it keeps them: big data sets are sent once). */
  sent: { train: TrainData | null; test: TrainData | null };
}

export interface Ctx {
  get(): SessionState;
  set(patch: Partial<SessionState>): void;
  host: SessionHost;
  owned: Owned;
}

const MAX_UNDO = 200;
export const MAX_BRANCHES = 6;
export const MAX_TRACKED = 8;

/**
 * The patch that publishes changed weights: a new version, the counters, the colour scales, and (when asked)
 * the losses measured (or measured already, by a training worker) and appended to the chart, and the open
 * lesson's check. Everything shown follows the weights in the same state change.
 */
export function touch(
  ctx: Ctx,
  remeasure: boolean | Metrics,
  extra: Partial<SessionState> = {},
): Partial<SessionState> {
  const s = { ...ctx.get(), ...extra };
  const patch: Partial<SessionState> = {
    ...extra,
    version: s.version + 1,
    step: s.trainer.step,
    epoch: s.trainer.epoch,
    timelineVersion: s.timelineVersion + 1,
    flipVersion: s.flipVersion + 1,
  };
  if (remeasure) {
    const m = remeasure === true ? measure(s, s.config) : remeasure;
    patch.metrics = m;
    patch.metricsStep = s.trainer.step;
    patch.lossHistory = appendLoss(s.lossHistory, s.trainer.step, m.trainLoss, m.testLoss);
  }
  const widened = widenScales(s.mlp, s.scales);
  if (widened) {
    patch.scales = widened.scales;
    if (widened.note) patch.scaleNote = widened.note;
  }
  Object.assign(patch, lessonCheck({ ...s, ...patch }));
  return patch;
}

/** The open lesson's check against the state as it will be published (empty patch when nothing changed). */
export function lessonCheck(s: SessionState): Partial<SessionState> {
  const lesson = s.lessonId ? lessonById(s.lessonId) : undefined;
  if (!lesson || !s.lessonStart) return {};
  const memory = { ...s.lessonMemory };
  const result = lesson.check({
    mlp: s.mlp,
    start: s.lessonStart,
    config: s.config,
    metrics: s.metrics,
    step: s.step,
    train: s.train,
    memory,
  });
  const prev = s.lessonResult;
  const same =
    prev &&
    prev.passed === result.passed &&
    prev.status === result.status &&
    JSON.stringify(memory) === JSON.stringify(s.lessonMemory);
  return same ? {} : { lessonResult: result, lessonMemory: memory };
}

/**
 * A new network for (config, data): built from the seed, `setup` applied (a lesson's hand-set weights), and a
 * new history whose step 0 is exactly that network. Undo cannot cross it; the timeline, the sign-flip counts
 * and the colour scales start again.
 */
export function newWorld(ctx: Ctx, c: Config, d: Dataset, setup?: (m: Mlp) => void): Partial<SessionState> {
  const s = ctx.get();
  const run = buildRun(c, d);
  if (setup) {
    setup(run.mlp);
    run.trainer.resetVelocity();
  }
  const histories = new Histories(ctx.owned.historyOptions);
  const branch = histories.start(run.mlp);
  ctx.owned.histories = histories;
  ctx.owned.flips = new SignFlips(run.mlp);
  ctx.owned.installs++;
  const metrics = measure(run, c);
  histories.record(branch, run.mlp, run.trainer, metrics.trainLoss);
  const fits = (r: SessionState['selected']) =>
    !!r &&
    r.layer < run.mlp.layers.length &&
    r.row < run.mlp.layers[r.layer].units &&
    (r.col === 'bias' || r.col < run.mlp.layers[r.layer].inputs);
  return {
    config: c,
    dataset: d,
    ...run,
    datasetLoading: false,
    loadingLabel: null,
    version: s.version + 1,
    step: 0,
    epoch: 0,
    metrics,
    metricsStep: 0,
    lossHistory: appendLoss(emptyLossHistory(), 0, metrics.trainLoss, metrics.testLoss),
    lastRecord: null,
    divergence: null,
    branches: [{ id: branch, label: 'main run', forkStep: null }],
    branchId: branch,
    viewIndex: null,
    pinned: null,
    tracked: [],
    phase: null,
    timelineVersion: s.timelineVersion + 1,
    flipVersion: s.flipVersion + 1,
    scales: fitScales(run.mlp),
    scaleNote: null,
    undoStack: [],
    redoStack: [],
    openEdit: null,
    linkWeights: null,
    importedFrom: null,
    emphasis: null,
    selected: fits(s.selected) ? s.selected : null,
    hovered: null,
  };
}

/** The whole network, run and timeline as they are now (for Reset's undo). */
export function captureWorld(ctx: Ctx): World {
  const s = ctx.get();
  return {
    mlp: s.mlp,
    trainer: s.trainer,
    train: s.train,
    test: s.test,
    step: s.step,
    epoch: s.epoch,
    metrics: s.metrics,
    metricsStep: s.metricsStep,
    lossHistory: s.lossHistory,
    lastRecord: s.lastRecord,
    branches: s.branches,
    branchId: s.branchId,
    viewIndex: s.viewIndex,
    scales: s.scales,
    owned: { histories: ctx.owned.histories, flips: ctx.owned.flips },
  };
}

/** Puts a captured world back in place (its objects, not copies: it was set aside, not changed). */
export function worldPatch(ctx: Ctx, w: World): Partial<SessionState> {
  const s = ctx.get();
  ctx.owned.histories = w.owned.histories;
  ctx.owned.flips = w.owned.flips;
  const { owned: _owned, ...fields } = w;
  return {
    ...fields,
    version: s.version + 1,
    timelineVersion: s.timelineVersion + 1,
    flipVersion: s.flipVersion + 1,
    pinned: null,
    phase: null,
  };
}

/** Pushes an undoable entry (a new action clears redo); returns the stacks' patch. */
export function pushUndo(ctx: Ctx, e: SessionState['undoStack'][number]): Partial<SessionState> {
  const s = ctx.get();
  let undoStack = [...s.undoStack, e];
  // Whole worlds are large: keep the three newest, and nothing older than the oldest kept one.
  const worlds = undoStack.filter((x) => x.kind === 'world');
  if (worlds.length > 3) undoStack = undoStack.slice(undoStack.indexOf(worlds[worlds.length - 3]));
  return { undoStack: undoStack.slice(-MAX_UNDO), redoStack: [] };
}

/**
 * After a hand change of weights or masks (an edit, undo, redo, an added data point): momentum is forgotten,
 * the change is stored on the timeline with its label, the sign-flip comparison starts from the new values,
 * the link carries the weights, and everything shown is re-measured — one state change.
 */
export function editApplied(ctx: Ctx, label: string, extra: Partial<SessionState> = {}): void {
  const s = ctx.get();
  s.trainer.resetVelocity();
  const fork = forkIfRewound(ctx);
  const branch = fork.branchId ?? s.branchId;
  const h = ctx.owned.histories;
  const i = h.record(branch, s.mlp, s.trainer, NaN);
  h.get(branch)?.mark(i, { kind: 'edit', label });
  ctx.owned.flips.resync(s.mlp);
  ctx.set(touch(ctx, true, { ...fork, ...extra, linkWeights: packWeights(s.mlp) }));
}

/** Marks a setting change on the entry shown now (steps before it ran with other settings). */
export function markSetting(ctx: Ctx, label: string): void {
  const s = ctx.get();
  const h = ctx.owned.histories.get(s.branchId);
  if (h) h.mark(s.viewIndex ?? h.count - 1, { kind: 'setting', label });
}

/**
 * Training or editing while an earlier step is shown leaves the timeline there: a new branch starts at that
 * step and becomes current (the oldest other branch is dropped past MAX_BRANCHES). Returns the patch.
 */
export function forkIfRewound(ctx: Ctx): Partial<SessionState> {
  const s = ctx.get();
  const h = ctx.owned.histories.get(s.branchId);
  if (!h || s.viewIndex === null) return {};
  const forkStep = h.step(s.viewIndex);
  const id = ctx.owned.histories.fork(s.branchId, s.viewIndex);
  let branches = [...s.branches, { id, label: `branch ${id + 1} from step ${forkStep}`, forkStep }];
  const patch: Partial<SessionState> = { branchId: id, viewIndex: null };
  if (branches.length > MAX_BRANCHES) {
    const old = branches.find((b) => b.id !== s.branchId && b.id !== id)!;
    ctx.owned.histories.drop(old.id);
    branches = branches.filter((b) => b !== old);
    patch.notice = {
      kind: 'info',
      text: `Timeline: ${old.label} was discarded to make room (at most ${MAX_BRANCHES} branches).`,
    };
  }
  patch.branches = branches;
  return patch;
}
