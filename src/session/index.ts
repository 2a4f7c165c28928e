import type { Dataset } from '../datasets/types';
import { DEFAULT_CONFIG } from '../domain/config';
import type { HistoryOptions } from '../history/timelineHistory';
import { newWorld, type Ctx, type Owned } from './core';
import { datasetFor } from './data';
import { editActions, paintActions } from './edits';
import { SignFlips } from './flips';
import { Histories } from './histories';
import { lessonActions } from './lesson';
import { modelActions } from './model';
import { createObservable, type Observable } from './observable';
import { savedActions } from './saved';
import { toSaved } from './snapshot';
import { timelineActions } from './timeline';
import type { SessionHost, SessionState } from './types';
import { viewActions } from './view';

export interface SessionOptions {
  /** Memory budget of the timeline's histories (tests use tiny ones). */
  history?: HistoryOptions;
}

export type Session = Observable<SessionState>;

/** The fields a fresh session starts with, before its first network is installed. */
function blankFields() {
  return {
    customDataset: null,
    datasetLoading: false,
    loadingLabel: null,
    playing: false,
    // Play fills each frame with as many batches as fit its budget, from the first frame (slower speeds are one
    // choice away, for watching single steps).
    speed: 0,
    notice: null,
    brushTool: 'set' as const,
    brushValue: 1,
    tableView: false,
    scaleNote: null,
    colorScope: 'layer' as const,
    hovered: null,
    selected: null,
    showTestPoints: false,
    emphasis: null,
    presentation: false,
    hidden: [],
    linkIgnored: [],
    linkFrom: null,
    embedOrigins: [],
    initialLesson: null,
    linkWeights: null,
    importedFrom: null,
    helpOpen: false,
    lessonId: null,
    lessonStart: null,
    lessonMemory: {},
    lessonResult: null,
    lessonListOpen: true,
    savedOffer: null,
    storage: 'off' as const,
    version: 0,
    timelineVersion: 0,
    flipVersion: 0,
  };
}

/**
 * The one owner of everything that changes in a Weightscope session: configuration, data, network, trainer
 * and optimizer state, timeline, undo/redo, sign flips, lesson progress and what the views show. It changes
 * only through the named actions on its state, each of which publishes once; it runs without React and
 * without a DOM (tests drive it directly, the UI subscribes through src/store).
 */
export function createSession(host: SessionHost, options: SessionOptions = {}): Session {
  const owned: Owned = {
    histories: new Histories(options.history),
    flips: null as unknown as SignFlips,
    pace: { batchMs: 0.02, measureMs: 0, lastMeasure: -Infinity, loop: 0, stopRemote: null },
    stroke: new Set(),
    installs: 0,
    files: new Map(),
    historyOptions: options.history ?? {},
    autoStop: null,
    sent: { train: null, test: null },
  };
  // The store is filled in two steps: the actions need `ctx`, and the first network needs the actions' state.
  const store = createObservable<SessionState>({} as SessionState);
  const ctx: Ctx = { get: store.getState, set: store.setState, host, owned };
  const actions = {
    ...modelActions(ctx),
    ...editActions(ctx),
    ...paintActions(ctx),
    ...viewActions(ctx),
    ...timelineActions(ctx),
    ...lessonActions(ctx),
    ...savedActions(ctx),
    startOver(undoable = true) {
      owned.pace.loop++;
      const view = ctx.get();
      // What was there stays one Undo away (until a newer change is undone past, like any entry).
      const before = !undoable || view.openEdit || view.datasetLoading ? null : toSaved(view, owned);
      store.setState({
        ...blankFields(),
        ...firstWorld(),
        hidden: view.hidden,
        presentation: view.presentation,
        embedOrigins: view.embedOrigins,
        storage: view.storage,
        undoStack: before ? [{ kind: 'session', label: 'new session', before }] : [],
      });
    },
  };
  const firstWorld = () => {
    const d = datasetFor(ctx, DEFAULT_CONFIG, null) as Dataset;
    return newWorld(ctx, DEFAULT_CONFIG, d);
  };
  store.setState({ ...blankFields(), ...actions } as Partial<SessionState>);
  store.setState(firstWorld());
  return store;
}

export type * from './types';
export { BRUSH_INFO, BRUSH_TOOLS, applyBrush, isPaintable, readWeight } from './edits';
export { MAX_BRANCHES, MAX_TRACKED } from './core';
export { isToy2d } from './data';
