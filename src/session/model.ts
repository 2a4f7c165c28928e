import { addTrainPoint } from '../datasets';
import type { Dataset } from '../datasets/types';
import {
  checkConfig,
  hiddenActivationOf,
  normaliseConfig,
  mlpSpecFor,
  outputUnitsFor,
  type Config,
} from '../domain/config';
import { trainDataOf, trainOptionsOf } from '../domain/run';
import { importPlan } from '../io/importPlan';
import { packWeights } from '../url/weights';
import { restoreParams, snapshotParams } from './params';
import { captureWorld, markSetting, newWorld, pushUndo, touch, type Ctx } from './core';
import { datasetFor, LOADING_LABEL } from './data';
import { startLoop, trainBatches, trainFrame } from './training';
import type { ModelActions, SessionState } from './types';

type Actions = Omit<ModelActions, 'startOver'>;

const DATA_KEYS: (keyof Config)[] = [
  'dataset',
  'noise',
  'trainRatio',
  'points',
  'dataSeed',
  'shiftX',
  'shiftY',
  'balance',
];
const SHAPE_KEYS: (keyof Config)[] = ['hidden', 'init', 'initValue', 'seed', 'useBias', 'features'];
/** Settings of play alone: training is unchanged, so the timeline is not marked and nothing is remeasured. */
const PLAY_KEYS: (keyof Config)[] = ['patience', 'targetLoss'];

/** Whether a config change needs a new network (new data, shape, initialiser or seed). */
function needsNewNetwork(s: SessionState, prev: Config, next: Config, changed: (keyof Config)[]): boolean {
  if (changed.some((k) => SHAPE_KEYS.includes(k) || DATA_KEYS.includes(k))) return true;
  return (
    outputUnitsFor(s.dataset, next.outputActivation) !== outputUnitsFor(s.dataset, prev.outputActivation)
  );
}

/**
 * Installs a network for (config, data) once the data are there: at once for generated data; for fetched data
 * the controls say what is loading until it arrives, and a later action wins over a late arrival.
 */
export function installWhenLoaded(
  ctx: Ctx,
  c: Config,
  custom: Dataset | null,
  then: (d: Dataset) => Partial<SessionState>,
): void {
  let d: Dataset | Promise<Dataset>;
  try {
    d = datasetFor(ctx, c, custom);
  } catch (e) {
    ctx.set({ notice: { kind: 'error', text: (e as Error).message } });
    return;
  }
  if (!(d instanceof Promise)) {
    ctx.set(then(d));
    return;
  }
  const ticket = ++ctx.owned.installs;
  ctx.set({
    playing: false,
    datasetLoading: true,
    loadingLabel: LOADING_LABEL[c.dataset] ?? `Loading ${c.dataset}…`,
  });
  d.then(
    (ds) => {
      if (ticket === ctx.owned.installs) ctx.set(then(ds));
    },
    (e: Error) => {
      if (ticket !== ctx.owned.installs) return;
      ctx.set({
        datasetLoading: false,
        loadingLabel: null,
        notice: { kind: 'error', text: `${e.message}. The previous data set is kept.` },
      });
    },
  );
}

export function modelActions(ctx: Ctx): Actions {
  const { get, set } = ctx;
  const stop = () => {
    if (!get().playing) return;
    ctx.owned.pace.stopRemote?.();
    ctx.owned.pace.stopRemote = null;
    set({ playing: false });
  };
  /** Runs count batches (the last recorded) and publishes once. */
  const stepRun = (count: number) => {
    stop();
    const { patch } = trainBatches(ctx, count, true);
    set(touch(ctx, true, patch));
  };

  return {
    setConfig(patch) {
      const s = get();
      const prev = s.config;
      const checked = checkConfig({ ...prev, ...patch });
      if (!checked.ok) {
        set({ notice: { kind: 'error', text: `Not applied: ${checked.error}.` } });
        return;
      }
      const next = checked.value;
      const changed = (Object.keys(next) as (keyof Config)[]).filter(
        (k) => JSON.stringify(next[k]) !== JSON.stringify(prev[k]),
      );
      if (!changed.length) return;
      if (changed.every((k) => PLAY_KEYS.includes(k))) {
        set({ config: next });
        return;
      }
      if (needsNewNetwork(s, prev, next, changed)) {
        stop();
        const dataChanged = changed.some((k) => DATA_KEYS.includes(k));
        if (!dataChanged && !s.datasetLoading) {
          set(newWorld(ctx, next, s.dataset));
          return;
        }
        installWhenLoaded(ctx, next, s.customDataset, (d) => newWorld(ctx, next, d));
        return;
      }
      // Same shape: activations and options change in place; the weights stay exactly as they are.
      s.mlp.layers.forEach((layer, i) => {
        layer.activation = i < next.hidden.length ? hiddenActivationOf(next, i) : next.outputActivation;
      });
      const extra: Partial<SessionState> = {
        config: next,
        divergence: changed.includes('lr') ? null : s.divergence,
      };
      if (changed.includes('outputActivation')) {
        // Targets depend on the output (±1 for tanh, 0/1 for sigmoid).
        const { train, test } = trainDataOf(s.dataset, next);
        s.trainer.setData(train);
        extra.train = train;
        extra.test = test;
      }
      s.trainer.setOptions(trainOptionsOf(next));
      markSetting(ctx, changed.join(', '));
      set(touch(ctx, true, extra));
    },

    reset() {
      stop();
      const s = get();
      if (s.datasetLoading) return;
      const before = captureWorld(ctx);
      const world = newWorld(ctx, s.config, s.dataset);
      const undo = s.undoStack;
      const redo = s.redoStack;
      set({ ...world, undoStack: undo, redoStack: redo });
      const after = captureWorld(ctx);
      set(pushUndo(ctx, { kind: 'world', label: 'reset', before, after }));
    },

    stepBatch: () => stepRun(1),
    stepMany: (count) => stepRun(Math.max(1, Math.floor(count))),
    stepEpoch() {
      const s = get();
      const bs = Math.max(1, s.config.batchSize);
      stepRun(Math.max(1, Math.ceil((s.trainer.data.n - s.trainer.cursor) / bs)));
    },
    trainFrame: (budgetMs) => trainFrame(ctx, budgetMs),

    play() {
      const s = get();
      if (s.playing || s.datasetLoading) return;
      ctx.owned.autoStop = null;
      set({ playing: true, divergence: null });
      startLoop(ctx);
    },
    pause: stop,
    togglePlay() {
      if (get().playing) stop();
      else get().play();
    },
    setSpeed(speed) {
      set({ speed: Math.max(0, Math.round(speed)) });
    },

    setCustomDataset(d) {
      stop();
      const s = get();
      // One tanh unit cannot tell three classes apart: more than two get a softmax unit each, and say so.
      const many = d.kind === 'classification' && d.classes > 2;
      const next = normaliseConfig({
        ...s.config,
        dataset: 'csv',
        ...(many ? { outputActivation: 'softmax', loss: 'cross_entropy' } : {}),
      });
      const notice =
        many && s.config.outputActivation !== 'softmax'
          ? {
              kind: 'info' as const,
              text: `${d.title} has ${d.classes} classes: the output is now ${d.classes} softmax units trained with cross-entropy (one probability per class).`,
            }
          : s.notice;
      set({ customDataset: d, ...newWorld(ctx, next, d), notice });
    },

    importNetwork(m, source, inputFeatures = null) {
      const s = get();
      const refused = (why: string) => ({
        ok: false,
        text: `${source} was not imported: ${why} The current network is unchanged.`,
      });
      if (s.datasetLoading) return refused('a data set is still loading.');
      const plan = importPlan(m, s.dataset, s.config, inputFeatures);
      if (!plan.ok) return refused(plan.error);
      const checked = checkConfig({ ...s.config, ...plan.value });
      if (!checked.ok) return refused(`${checked.error}.`);
      const next = checked.value;
      const spec = mlpSpecFor(next, s.dataset);
      const fits =
        spec.inputs === m.inputs &&
        spec.layers.length === m.layers.length &&
        spec.layers.every((l, i) => l.units === m.layers[i].units);
      if (!fits) return refused('its shape could not be built here.');
      const params = snapshotParams(m);
      stop();
      const world = newWorld(ctx, next, s.dataset, (net) => restoreParams(net, params));
      // A link carries the imported weights (when they fit in one), as it carries hand-edited ones.
      set({ ...world, linkWeights: packWeights(world.mlp!), importedFrom: source });
      const shape = [m.inputs, ...m.layers.map((l) => l.units)].join('–');
      return { ok: true, text: `Imported ${source}: a ${shape} network, as step 0 of a new history.` };
    },

    refresh() {
      set(touch(ctx, true));
    },
    showNotice(n) {
      set({ notice: n });
    },
    acceptLowerRate() {
      const s = get();
      s.setConfig({ lr: s.config.lr / 10 });
      set({ notice: null, divergence: null });
    },

    addPoint(x, label) {
      const s = get();
      if (s.dataset.inputs !== 2 || s.dataset.kind !== 'classification') return;
      stop();
      const before = s.dataset;
      const after = addTrainPoint(before, x, label);
      const what = `added a ${label === 1 ? 'blue (+)' : 'orange (−)'} point`;
      applyData(ctx, after, what);
      set(pushUndo(ctx, { kind: 'data', label: what, before, after }));
    },
  };
}

/** Puts a data set in place under the same network (an added point, or its undo), marked on the timeline. */
export function applyData(ctx: Ctx, dataset: Dataset, label: string): void {
  const s = ctx.get();
  const { train, test } = trainDataOf(dataset, s.config);
  s.trainer.setData(train);
  // Marked like a setting change: steps before it trained on different data.
  markSetting(ctx, label);
  ctx.set(touch(ctx, true, { dataset, train, test }));
}
