import type { Divergence, Mlp, StepRecord, TrainData, Trainer, TrainerPosition } from '../engine';
import type { Dataset } from '../datasets/types';
import type { Config } from '../domain/config';
import type { Metrics } from '../domain/run';
import type { WeightRef } from '../domain/weightRef';
import type { History, HistoryDump } from '../history/timelineHistory';
import type { CheckResult } from '../lessons/types';
import type { HideId } from '../url/ids';
import type { TrainingBackend } from '../worker/protocol';
import type { LossHistory } from './lossHistory';
import type { ParamSnapshot } from './params';

/**
 * The session's published state: plain data (replaced, never mutated, except the network's and trainer's
 * arrays, which change in place and are announced by `version`) plus the named actions that change it.
 * This file declares types only, so every part of the session imports it and it imports none of them.
 */

export interface Notice {
  kind: 'error' | 'info';
  text: string;
}

export interface DivergenceInfo {
  /** The step that was refused. */
  step: number;
  divergence: Divergence;
  lr: number;
}

export type BrushTool = 'set' | 'add' | 'multiply' | 'zero' | 'flip' | 'inspect';

/** The phase of a step being played in slow motion (the diagram highlights `layer`). */
export type StepPhase = { kind: 'forward' | 'loss' | 'backward' | 'update'; layer: number } | null;

export interface BranchInfo {
  id: number;
  label: string;
  /** The step this branch left its parent at (null for the first branch). */
  forkStep: number | null;
}

/** A step pinned for comparison: its weights are copied so thinning or discarding cannot lose them. */
export interface PinnedStep {
  step: number;
  branch: number;
  weights: Float64Array[];
}

/** One undoable action, recorded once: what it changed, before and after. */
export type EditEntry =
  | { kind: 'params'; label: string; before: ParamSnapshot; after: ParamSnapshot }
  | { kind: 'data'; label: string; before: Dataset; after: Dataset }
  | { kind: 'world'; label: string; before: World; after: World }
  /** "New": the whole session before it, so that Undo brings it back (redo starts over again). */
  | { kind: 'session'; label: string; before: SavedSession };

/** An undo entry as saved: hand edits and added points (entries that replace a whole world are not saved). */
export type SavedEdit = Extract<EditEntry, { kind: 'params' | 'data' }>;

/**
 * The whole session as plain data: typed arrays stay typed arrays, so a structured clone (IndexedDB) keeps
 * every bit. Restoring it gives the same network, trainer position, timeline, undo history and lesson.
 */
export interface SavedSession {
  format: 'weightscope-session';
  /** Bumped whenever the saved form changes incompatibly: older records are refused, never guessed at. */
  version: 1;
  config: Config;
  /** The data set, when it cannot be regenerated from the config (2D sets may have added points; CSV). */
  dataset: Dataset | null;
  customDataset: Dataset | null;
  params: ParamSnapshot;
  trainer: TrainerPosition;
  histories: { nextId: number; branches: [number, HistoryDump][] };
  branches: BranchInfo[];
  branchId: number;
  viewIndex: number | null;
  flips: { w: Uint32Array[]; b: Uint32Array[] };
  lossHistory: LossHistory;
  scales: number[];
  undo: SavedEdit[];
  redo: SavedEdit[];
  linkWeights: string | null;
  view: {
    selected: WeightRef | null;
    tracked: WeightRef[];
    pinned: PinnedStep | null;
    colorScope: 'layer' | 'network';
    showTestPoints: boolean;
    brushTool: BrushTool;
    brushValue: number;
    tableView: boolean;
    speed: number;
    lessonListOpen: boolean;
  };
  lesson: {
    id: string;
    start: ParamSnapshot | null;
    memory: Record<string, unknown>;
    result: CheckResult | null;
  } | null;
}

/** Whether this page's session is being saved, as the header shows it. */
export type StorageStatus = 'off' | 'pending' | 'saved' | 'unavailable';

export interface SavedState {
  /** A saved session a link (or another tab) displaced: the notice offers it back. */
  savedOffer: { saved: unknown; text: string } | null;
  storage: StorageStatus;
}

export interface SavedActions {
  /**
   * The session as it is now, copied, ready to be stored. With `shared`, the timeline's large arrays are the
   * live ones (no copy): the caller must clone it before the session changes again (IndexedDB's put does).
   */
  savedForm(shared?: boolean): SavedSession;
  /**
   * Replaces the whole session with a saved one (its data set fetched first when it must be); a corrupt or
   * old record is refused with a notice and nothing changes. Resolves to whether it was restored.
   */
  restoreSaved(saved: unknown): Promise<boolean>;
  offerSaved(offer: { saved: unknown; text: string } | null): void;
  setStorage(status: StorageStatus, notice?: Notice): void;
}

/** A whole network with its run and timeline: what Reset replaces and its undo puts back. */
export interface World {
  mlp: Mlp;
  trainer: Trainer;
  train: TrainData;
  test: TrainData;
  step: number;
  epoch: number;
  metrics: Metrics;
  metricsStep: number;
  lossHistory: LossHistory;
  lastRecord: StepRecord | null;
  branches: BranchInfo[];
  branchId: number;
  viewIndex: number | null;
  scales: number[];
  /** Owned objects of this world (its stored steps and sign-flip counts). */
  owned: WorldOwned;
}

export interface WorldOwned {
  histories: import('./histories').Histories;
  flips: import('./flips').SignFlips;
}

export interface ModelState {
  config: Config;
  dataset: Dataset;
  /** A data set the user imported from CSV, kept so 'csv' can be chosen again. */
  customDataset: Dataset | null;
  /** A data set is being fetched: training controls wait and say so. */
  datasetLoading: boolean;
  /** What is loading, for the controls' label ("Loading digits…"); null when nothing is. */
  loadingLabel: string | null;
  mlp: Mlp;
  trainer: Trainer;
  train: TrainData;
  test: TrainData;
  /** Bumped whenever weights, masks, activations or data change: canvases redraw when it moves. */
  version: number;
  step: number;
  epoch: number;
  metrics: Metrics;
  /** The step at which metrics were measured: play measures big data sets less often than every frame. */
  metricsStep: number;
  lossHistory: LossHistory;
  /** The record of the most recent recorded step (Step always records; play records each frame's last). */
  lastRecord: StepRecord | null;
  playing: boolean;
  /** Batches per animation frame; 0 = as many as fit in the frame budget. */
  speed: number;
  divergence: DivergenceInfo | null;
  notice: Notice | null;
}

export interface ModelActions {
  setConfig(patch: Partial<Config>): void;
  /** Re-initialise the weights from the seed (same seed, same weights); undoable. */
  reset(): void;
  stepBatch(): void;
  /** Trains `count` batches at once (the last one recorded for the inspector), as one state change. */
  stepMany(count: number): void;
  stepEpoch(): void;
  /** Trains one animation frame's worth of batches (used by the play loop); publishes once. */
  trainFrame(budgetMs: number): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
  setSpeed(speed: number): void;
  setCustomDataset(d: Dataset): void;
  /** Re-measure losses and redraw after something outside training changed what is shown. */
  refresh(): void;
  showNotice(n: Notice | null): void;
  acceptLowerRate(): void;
  /** Adds one training point (x₁, x₂) of class `label`; the weights and the step count are kept; undoable. */
  addPoint(x: [number, number], label: number): void;
  /**
   * Adopts an imported network whole (its architecture and weights, masks included) as a new history whose
   * step 0 is that network; or refuses it with the reason, leaving everything as it was.
   */
  importNetwork(
    m: Mlp,
    source: string,
    /** The features its inputs are (a model file's "inputFeatures"); none = the data's own columns. */
    inputFeatures?: readonly string[] | null,
  ): { ok: boolean; text: string };
  /**
   * Everything back to a fresh start (the defaults, no lesson, empty history). `undoable` (the New button)
   * keeps the session it replaced one Undo away.
   */
  startOver(undoable?: boolean): void;
}

export interface EditsState {
  undoStack: EditEntry[];
  redoStack: EditEntry[];
  /** The open edit, if a stroke is in progress. */
  openEdit: { label: string; before: ParamSnapshot } | null;
}

export interface EditsActions {
  beginEdit(label: string): void;
  /** Closes the open edit; records it (undo and timeline) if it changed anything. */
  commitEdit(): void;
  /** Puts the weights back as they were when the open edit began. */
  cancelEdit(): void;
  /** One-shot edit: opens, applies mutate, closes. */
  editWeights(label: string, mutate: (m: Mlp) => void): void;
  /** Prunes the given masks (1 = pruned), holding those weights at 0; one undoable edit. */
  prune(masks: Uint8Array[], label: string): void;
  /** Lets every pruned weight train again; one undoable edit. */
  clearPruning(): void;
  undo(): void;
  redo(): void;
}

export interface PaintState {
  brushTool: BrushTool;
  /** The value the set / add / multiply brushes use. */
  brushValue: number;
  tableView: boolean;
  /** Half-range of each layer's colour scale; fixed until a value leaves it (updated with the weights). */
  scales: number[];
  /** Says that (and why) a scale widened; null when nothing to say. */
  scaleNote: string | null;
}

export interface PaintActions {
  setBrushTool(t: BrushTool): void;
  setBrushValue(v: number): void;
  setTableView(on: boolean): void;
  /** Fits every layer's scale to its current values. */
  fitScales(): void;
  /** Opens a stroke: one undoable action however many cells it touches. */
  beginStroke(): void;
  /** Applies the brush to one cell, once per stroke; returns whether the weight changed. */
  paintCell(r: WeightRef): boolean;
  endStroke(): void;
  /** Types an exact value into one weight or bias (one undoable action; the brush is not applied). */
  setWeightValue(r: WeightRef, v: number): void;
}

export interface ViewState {
  colorScope: 'layer' | 'network';
  hovered: WeightRef | null;
  selected: WeightRef | null;
  showTestPoints: boolean;
  emphasis: { cells: Int32Array[]; label: string } | null;
  presentation: boolean;
  hidden: readonly HideId[];
  linkIgnored: readonly string[];
  /** Where the opening link came from, when not from here: a TensorFlow Playground address. */
  linkFrom: 'playground' | null;
  /** Origins of the pages a link lets drive this copy through the embedding API (postMessage). */
  embedOrigins: readonly string[];
  initialLesson: string | null;
  /** Hand-edited weights, packed for a link (null = the weights follow from seed + init). */
  linkWeights: string | null;
  /**
   * The file the network was imported from (its name), while this network lives: its weights are not the
   * seed's, and a link carries them only when they fit in one. null for a network built from the settings.
   */
  importedFrom: string | null;
  helpOpen: boolean;
}

export interface ViewActions {
  setEmphasis(e: { cells: Int32Array[]; label: string } | null): void;
  setColorScope(s: 'layer' | 'network'): void;
  setHovered(r: WeightRef | null): void;
  setSelected(r: WeightRef | null): void;
  setShowTestPoints(v: boolean): void;
  setPresentation(v: boolean): void;
  togglePresentation(): void;
  setHidden(ids: readonly HideId[]): void;
  /** What the opening link could not apply, and (when not ours) whose link it was; [] dismisses the notice. */
  setLinkIgnored(lines: readonly string[], from?: 'playground' | null): void;
  setEmbedOrigins(origins: readonly string[]): void;
  setInitialLesson(id: string | null): void;
  setLinkWeights(packed: string | null): void;
  setHelpOpen(v: boolean): void;
}

export interface TimelineState {
  branches: BranchInfo[];
  /** The branch training continues on. */
  branchId: number;
  /** The entry of the current branch shown now; null = the live head. */
  viewIndex: number | null;
  pinned: PinnedStep | null;
  /** Weights whose trajectories are drawn. */
  tracked: WeightRef[];
  phase: StepPhase;
  /** Bumped whenever any branch's stored steps or marks change. */
  timelineVersion: number;
  /** Bumped whenever the sign-flip counts change or restart. */
  flipVersion: number;
}

export interface TimelineActions {
  timelineBack(): void;
  timelineForward(): void;
  /** Shows the last kept entry at or before step. */
  scrubTo(step: number): void;
  /** Shows entry i of the current branch. */
  scrubToIndex(i: number): void;
  returnToLive(): void;
  selectBranch(id: number): void;
  discardBranch(id: number): void;
  /** Pins the step shown now (false unpins). */
  pinStep(on: boolean): void;
  toggleTracked(r: WeightRef): void;
  setPhase(p: StepPhase): void;
  /** The stored steps of a branch of the current network (read-only for views). */
  historyOf(branch: number): History | undefined;
  historyBytes(): number;
  /** Sign changes per weight / bias, one array per layer. Do not mutate. */
  flipCounts(): readonly Uint32Array[];
  biasFlipCounts(): readonly Uint32Array[];
  flipCountOf(layer: number, row: number, col: number | 'bias', inputs: number): number;
}

export interface LessonState {
  lessonId: string | null;
  /** Weights when the lesson opened (after its hand-set weights): checks compare against them. */
  lessonStart: ParamSnapshot | null;
  lessonMemory: Record<string, unknown>;
  lessonResult: CheckResult | null;
  lessonListOpen: boolean;
}

export interface LessonActions {
  /** Opens a lesson: its preset on the defaults, a fresh network, its hand-set weights, a new history. */
  openLesson(id: string): void;
  closeLesson(): void;
  setLessonListOpen(open: boolean): void;
  checkLesson(): void;
  noteLesson(patch: Record<string, unknown>): void;
}

export type SessionState = ModelState &
  ModelActions &
  EditsState &
  EditsActions &
  PaintState &
  PaintActions &
  ViewState &
  ViewActions &
  TimelineState &
  TimelineActions &
  LessonState &
  LessonActions &
  SavedState &
  SavedActions;

/** What the session needs from its host: time, frames and files (the browser's, or a test's). */
export interface SessionHost {
  now(): number;
  /** Calls back on the next animation frame (a test can run frames by hand). */
  frame(cb: (t: number) => void): void;
  /** Fetches a text file shipped with the site (digits). */
  fetchText(url: string): Promise<string>;
  /**
   * Where play trains at speed "max": a backend off the main thread (the page's Worker). Without one, play
   * trains in the animation frames themselves.
   */
  trainer?: TrainingBackend;
}
