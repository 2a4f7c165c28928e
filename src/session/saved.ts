import type { Dataset } from '../datasets/types';
import { buildRun, measure } from '../domain/run';
import { lessonById } from '../lessons';
import type { Ctx } from './core';
import { datasetFor } from './data';
import { SignFlips } from './flips';
import { Histories, shapesOf } from './histories';
import { restoreParams } from './params';
import { checkSavedBody, checkSavedShell, Refused } from './savedCheck';
import { toSaved } from './snapshot';
import type { SavedActions, SavedSession, SessionState } from './types';

/**
 * Builds the objects of a saved session off to the side (nothing installed yet): the network with its
 * weights and masks, the trainer at its position, the timeline's branches and the sign-flip counts. Throws
 * `Refused` with the reason when the record does not fit the network its own config describes.
 */
function build(ctx: Ctx, s: SavedSession, dataset: Dataset): Partial<SessionState> {
  const run = buildRun(s.config, dataset);
  const shapes = shapesOf(run.mlp);
  checkSavedBody(s, shapes);
  if (s.trainer.order.length !== run.train.n) throw new Refused('trainer order');
  if (s.trainer.order.some((i) => i < 0 || i >= run.train.n)) throw new Refused('trainer order');
  restoreParams(run.mlp, s.params);
  run.trainer.restore(s.trainer);
  const histories = Histories.load(s.histories, ctx.owned.historyOptions);
  if (histories instanceof Error) throw new Refused(histories.message);
  for (const b of s.branches) {
    const h = histories.get(b.id);
    if (!h) throw new Refused(`stored steps: branch ${b.id} is missing`);
    const fits =
      h.shapes.length === shapes.length &&
      h.shapes.every((x, l) => x.inputs === shapes[l].inputs && x.units === shapes[l].units);
    if (!fits || h.count < 1) throw new Refused(`stored steps of branch ${b.id}`);
  }
  const current = histories.get(s.branchId);
  if (!current || !s.branches.some((b) => b.id === s.branchId)) throw new Refused('current branch');
  if (s.viewIndex !== null && s.viewIndex >= current.count) throw new Refused('timeline position');
  const flips = new SignFlips(run.mlp);
  flips.load(run.mlp, s.flips.w, s.flips.b);
  const v = s.view;
  const prev = ctx.get();
  ctx.owned.pace.loop++;
  ctx.owned.histories = histories;
  ctx.owned.flips = flips;
  ctx.owned.installs++;
  return {
    config: s.config,
    dataset,
    customDataset: s.customDataset,
    ...run,
    datasetLoading: false,
    loadingLabel: null,
    playing: false,
    version: prev.version + 1,
    step: run.trainer.step,
    epoch: run.trainer.epoch,
    metrics: measure(run, s.config),
    metricsStep: run.trainer.step,
    lossHistory: s.lossHistory,
    lastRecord: null,
    divergence: null,
    branches: s.branches,
    branchId: s.branchId,
    viewIndex: s.viewIndex,
    pinned: v.pinned,
    tracked: v.tracked,
    phase: null,
    timelineVersion: prev.timelineVersion + 1,
    flipVersion: prev.flipVersion + 1,
    scales: s.scales,
    scaleNote: null,
    undoStack: s.undo,
    redoStack: s.redo,
    openEdit: null,
    linkWeights: s.linkWeights,
    emphasis: null,
    selected: v.selected,
    hovered: null,
    colorScope: v.colorScope,
    showTestPoints: v.showTestPoints,
    brushTool: v.brushTool,
    brushValue: v.brushValue,
    tableView: v.tableView,
    speed: v.speed,
    lessonListOpen: v.lessonListOpen,
    lessonId: s.lesson?.id ?? null,
    lessonStart: s.lesson?.start ?? null,
    lessonMemory: s.lesson?.memory ?? {},
    lessonResult: s.lesson?.result ?? null,
    savedOffer: null,
  };
}

const refusedText = (why: string) =>
  `Your saved session could not be restored (${why}); it was left as it was and this session carries on.`;

/** Saving and restoring the whole session, and the offer of a saved one that a link displaced. */
export function savedActions(ctx: Ctx): SavedActions {
  const { get, set } = ctx;
  const refuse = (why: string) => {
    set({ notice: { kind: 'error', text: refusedText(why) } });
    return false;
  };
  return {
    savedForm: (shared) => toSaved(get(), ctx.owned, shared),
    async restoreSaved(x) {
      const shell = checkSavedShell(x);
      if (typeof shell === 'string') return refuse(shell);
      if (shell.lesson && !lessonById(shell.lesson.id)) return refuse('its lesson no longer exists');
      let dataset: Dataset;
      const ticket = ++ctx.owned.installs;
      try {
        const d = shell.dataset ?? datasetFor(ctx, shell.config, shell.customDataset);
        dataset = d instanceof Promise ? await d : d;
      } catch (e) {
        return refuse(`its data set could not be made: ${(e as Error).message}`);
      }
      // A later action (a lesson opened, a data set chosen) while the data were fetched wins.
      if (ticket !== ctx.owned.installs) return false;
      try {
        set(build(ctx, shell, dataset));
        return true;
      } catch (e) {
        if (e instanceof Refused) return refuse(e.message);
        return refuse(`unreadable: ${(e as Error).message}`);
      }
    },
    offerSaved(savedOffer) {
      set({ savedOffer });
    },
    setStorage(storage, notice) {
      set(notice ? { storage, notice } : { storage });
    },
  };
}
