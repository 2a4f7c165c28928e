import type { Dataset } from '../datasets/types';
import type { Owned } from './core';
import { isToy2d } from './data';
import { snapshotParams, type ParamSnapshot } from './params';
import type { EditEntry, SavedEdit, SavedSession, SessionState } from './types';

export const SAVED_FORMAT = 'weightscope-session';
export const SAVED_VERSION = 1;

/**
 * The state fields whose change changes the saved form. Hovering, notices or the storage status do not: a
 * saver that watches only these never writes because the mouse moved.
 */
export const SAVED_KEYS = [
  'config',
  'dataset',
  'customDataset',
  'version',
  'timelineVersion',
  'flipVersion',
  'branches',
  'branchId',
  'viewIndex',
  'lossHistory',
  'scales',
  'undoStack',
  'redoStack',
  'linkWeights',
  'selected',
  'tracked',
  'pinned',
  'colorScope',
  'showTestPoints',
  'brushTool',
  'brushValue',
  'tableView',
  'speed',
  'lessonId',
  'lessonStart',
  'lessonMemory',
  'lessonResult',
  'lessonListOpen',
] as const satisfies readonly (keyof SessionState)[];

/** Whether anything saved differs between two published states. */
export const savedChanged = (s: SessionState, p: SessionState): boolean =>
  SAVED_KEYS.some((k) => s[k] !== p[k]);

const copyDataset = (d: Dataset): Dataset => ({
  ...d,
  featureNames: [...d.featureNames],
  classNames: d.classNames ? [...d.classNames] : undefined,
  train: { n: d.train.n, x: d.train.x.slice(), labels: d.train.labels.slice() },
  test: { n: d.test.n, x: d.test.x.slice(), labels: d.test.labels.slice() },
});

const copyParams = (p: ParamSnapshot): ParamSnapshot => ({
  w: p.w.map((x) => x.slice()),
  b: p.b.map((x) => x.slice()),
  pruned: p.pruned.map((x) => x?.slice() ?? null),
  frozen: p.frozen.map((x) => x?.slice() ?? null),
});

/**
 * The undo entries that still apply after a reload: those after the newest entry that replaced a whole
 * network (Reset, New), which are not saved (each holds a whole other timeline).
 */
export function savedEdits(stack: readonly EditEntry[]): SavedEdit[] {
  let from = 0;
  stack.forEach((e, i) => {
    if (e.kind === 'world' || e.kind === 'session') from = i + 1;
  });
  return stack
    .slice(from)
    .filter((e): e is SavedEdit => e.kind === 'params' || e.kind === 'data')
    .map((e) =>
      e.kind === 'params'
        ? { kind: 'params', label: e.label, before: copyParams(e.before), after: copyParams(e.after) }
        : { kind: 'data', label: e.label, before: copyDataset(e.before), after: copyDataset(e.after) },
    );
}

/**
 * The whole session as plain data, every array copied (the live ones keep changing in place); with `shared`
 * the timeline's storage is not copied but shared (most of the bytes: see History.dump), for a caller that
 * clones the result at once. Data sets that follow from the config (digits, words) are not stored: they are
 * made again on restore.
 */
export function toSaved(
  s: SessionState,
  owned: Pick<Owned, 'histories' | 'flips'>,
  shared = false,
): SavedSession {
  const own = (d: Dataset) => d.id === 'csv' || isToy2d(d.id);
  return {
    format: SAVED_FORMAT,
    version: SAVED_VERSION,
    config: structuredClone(s.config),
    dataset: own(s.dataset) ? copyDataset(s.dataset) : null,
    customDataset: s.customDataset ? copyDataset(s.customDataset) : null,
    params: snapshotParams(s.mlp),
    trainer: s.trainer.position(),
    histories: owned.histories.dump(shared),
    branches: s.branches.map((b) => ({ ...b })),
    branchId: s.branchId,
    viewIndex: s.viewIndex,
    flips: {
      w: owned.flips.counts().map((x) => x.slice()),
      b: owned.flips.biasCounts().map((x) => x.slice()),
    },
    lossHistory: {
      steps: [...s.lossHistory.steps],
      train: [...s.lossHistory.train],
      test: [...s.lossHistory.test],
      stride: s.lossHistory.stride,
    },
    scales: [...s.scales],
    undo: savedEdits(s.undoStack),
    redo: savedEdits(s.redoStack),
    linkWeights: s.linkWeights,
    view: {
      selected: s.selected ? { ...s.selected } : null,
      tracked: s.tracked.map((r) => ({ ...r })),
      pinned: s.pinned
        ? { step: s.pinned.step, branch: s.pinned.branch, weights: s.pinned.weights.map((w) => w.slice()) }
        : null,
      colorScope: s.colorScope,
      showTestPoints: s.showTestPoints,
      brushTool: s.brushTool,
      brushValue: s.brushValue,
      tableView: s.tableView,
      speed: s.speed,
      lessonListOpen: s.lessonListOpen,
    },
    lesson: s.lessonId
      ? {
          id: s.lessonId,
          start: s.lessonStart ? copyParams(s.lessonStart) : null,
          memory: structuredClone(s.lessonMemory),
          result: s.lessonResult ? { ...s.lessonResult } : null,
        }
      : null,
  };
}
