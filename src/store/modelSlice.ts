import type { StateCreator } from 'zustand';
import type { Divergence, Mlp, StepRecord, TrainData, Trainer } from '../engine';
import type { Dataset } from '../datasets/types';
import {
  checkConfig,
  DEFAULT_CONFIG,
  hiddenActivationOf,
  outputUnitsFor,
  type Config,
} from '../domain/config';
import { datasetFor, isToy2d } from './datasets';
import { afterReset, afterSetting, afterStep } from './hooks';
import { appendLoss, emptyLossHistory, type LossHistory } from './lossHistory';
import { buildRun, measure, trainDataOf, trainOptionsOf, type Metrics } from '../domain/run';
import { MEASURE_SHARE, startLoop, type Pace } from './playLoop';
import type { Store } from './types';

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

export interface ModelSlice {
  config: Config;
  dataset: Dataset;
  /** A data set the user imported from CSV, kept so 'csv' can be chosen again. */
  customDataset: Dataset | null;
  datasetLoading: boolean;
  mlp: Mlp;
  trainer: Trainer;
  train: TrainData;
  test: TrainData;
  /** Bumped whenever weights, activations or data change: canvases redraw when it moves. */
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

  setConfig(patch: Partial<Config>): void;
  /** Re-initialise the weights from the seed (same seed, same weights). */
  reset(): void;
  stepBatch(): void;
  stepEpoch(): void;
  /** Trains one animation frame's worth of batches (used by the play loop). */
  trainFrame(budgetMs: number): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
  setSpeed(speed: number): void;
  setCustomDataset(d: Dataset): void;
  /** Re-measure losses and redraw after weights changed outside training. */
  refresh(): void;
  showNotice(n: Notice | null): void;
  acceptLowerRate(): void;
}

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
const SHAPE_KEYS: (keyof Config)[] = ['hidden', 'init', 'initValue', 'seed', 'useBias'];

export const createModelSlice: StateCreator<Store, [], [], ModelSlice> = (set, get) => {
  const config = DEFAULT_CONFIG;
  const dataset = datasetFor(config, null) as Dataset;
  const session = buildRun(config, dataset);
  const pace: Pace = { batchMs: 0.02, measureMs: 0, lastMeasure: -Infinity, loop: 0 };

  /** Bumps the version and the counters; measures the losses (and appends them to the chart) when asked. */
  const touch = (remeasure: boolean) => {
    const s = get();
    const patch: Partial<Store> = { version: s.version + 1, step: s.trainer.step, epoch: s.trainer.epoch };
    if (remeasure) {
      const m = measure(s, s.config);
      patch.metrics = m;
      patch.metricsStep = s.trainer.step;
      patch.lossHistory = appendLoss(s.lossHistory, s.trainer.step, m.trainLoss, m.testLoss);
    }
    set(patch);
  };

  const install = (c: Config, d: Dataset) => {
    const sess = buildRun(c, d);
    const metrics = measure(sess, c);
    set((s) => ({
      config: c,
      dataset: d,
      ...sess,
      version: s.version + 1,
      step: 0,
      epoch: 0,
      metrics,
      metricsStep: 0,
      lossHistory: appendLoss(emptyLossHistory(), 0, metrics.trainLoss, metrics.testLoss),
      lastRecord: null,
      divergence: null,
    }));
    afterReset.emit({ mlp: sess.mlp });
  };

  const diverged = (d: Divergence) => {
    const s = get();
    s.pause();
    const where = `layer ${d.layer + 1}${d.layer === s.mlp.layers.length - 1 ? ' (the output layer)' : ''}`;
    set({
      divergence: { step: s.trainer.step + 1, divergence: d, lr: s.config.lr },
      notice: {
        kind: 'error',
        text: `Training diverged at step ${s.trainer.step + 1}, in ${where}: ${d.message.replace(/^layer \d+: /, '')} (learning rate ${s.config.lr}). The step was refused and the last good weights are kept. Lower the learning rate and continue.`,
      },
    });
  };

  /** Runs count batches, telling the hooks after each; records the last one. */
  const runBatches = (count: number, recordLast: boolean): boolean => {
    const { trainer, mlp } = get();
    let rec: StepRecord | null = null;
    for (let i = 0; i < count; i++) {
      const o = trainer.trainBatch(recordLast && i === count - 1);
      if (!o.ok) {
        diverged(o.divergence);
        return false;
      }
      if (o.record) rec = o.record;
      afterStep.emit({ step: trainer.step, mlp, loss: o.loss, record: o.record });
    }
    if (rec) set({ lastRecord: rec });
    return true;
  };

  return {
    config,
    dataset,
    customDataset: null,
    datasetLoading: false,
    ...session,
    version: 0,
    step: 0,
    epoch: 0,
    metrics: measure(session, config),
    metricsStep: 0,
    lossHistory: emptyLossHistory(),
    lastRecord: null,
    playing: false,
    speed: 1,
    divergence: null,
    notice: null,

    setConfig(patch) {
      const prev = get().config;
      const checked = checkConfig({ ...prev, ...patch });
      if (!checked.ok) return set({ notice: { kind: 'error', text: `Not applied: ${checked.error}.` } });
      const next = checked.value;
      const changed = (Object.keys(next) as (keyof Config)[]).filter(
        (k) => JSON.stringify(next[k]) !== JSON.stringify(prev[k]),
      );
      if (!changed.length) return;
      const dataChanged = changed.some((k) => DATA_KEYS.includes(k));
      if (dataChanged) {
        let d: Dataset | Promise<Dataset>;
        try {
          d = datasetFor(next, get().customDataset);
        } catch (e) {
          set({ notice: { kind: 'error', text: (e as Error).message } });
          return;
        }
        get().pause();
        if (d instanceof Promise) {
          set({ datasetLoading: true });
          d.then(
            (ds) => {
              set({ datasetLoading: false });
              install(next, ds);
            },
            (e: Error) =>
              set({
                datasetLoading: false,
                notice: { kind: 'error', text: `${e.message}. The previous data set is kept.` },
              }),
          );
        } else {
          install(next, d);
        }
        return;
      }
      const s = get();
      const outputShapeChanged =
        outputUnitsFor(s.dataset, next.outputActivation) !== outputUnitsFor(s.dataset, prev.outputActivation);
      if (outputShapeChanged || changed.some((k) => SHAPE_KEYS.includes(k))) {
        get().pause();
        install(next, s.dataset);
        return;
      }
      // Same shape: change activations and options in place; the weights stay exactly as they are.
      s.mlp.layers.forEach((layer, i) => {
        layer.activation = i < next.hidden.length ? hiddenActivationOf(next, i) : next.outputActivation;
      });
      if (changed.includes('outputActivation')) {
        // Targets depend on the output (±1 for tanh, 0/1 for sigmoid).
        const { train, test } = trainDataOf(s.dataset, next);
        s.trainer.setData(train);
        set({ train, test });
      }
      s.trainer.setOptions(trainOptionsOf(next));
      set({ config: next, divergence: changed.includes('lr') ? null : s.divergence });
      touch(true);
      afterSetting.emit({ keys: changed, step: s.trainer.step });
    },

    reset() {
      const s = get();
      s.pause();
      install(s.config, s.dataset);
    },

    stepBatch() {
      get().pause();
      if (runBatches(1, true)) touch(true);
    },

    stepEpoch() {
      const s = get();
      s.pause();
      const bs = Math.max(1, s.config.batchSize);
      const left = Math.ceil((s.trainer.data.n - s.trainer.cursor) / bs);
      runBatches(left, true);
      touch(true);
    },

    trainFrame(budgetMs) {
      const s = get();
      const t0 = performance.now();
      // Measuring the whole train and test set is the frame's biggest fixed cost on big data (digits: ~1797
      // forward passes). It runs every frame while it costs ≤ MEASURE_SHARE of the budget; otherwise only as
      // often as keeps its average at that share, and that frame's training leaves room for it.
      const measureNow =
        pace.measureMs <= MEASURE_SHARE * budgetMs || t0 - pace.lastMeasure >= pace.measureMs / MEASURE_SHARE;
      const trainBudget = budgetMs - (measureNow ? pace.measureMs : 0);
      const most = s.speed > 0 ? s.speed : Infinity;
      let done = 0;
      let ok = true;
      // Unrecorded batches while there is time for at least two more; the frame's last batch is recorded.
      while (ok && done < most - 1) {
        const spent = performance.now() - t0;
        if (done > 0 && spent + 2 * pace.batchMs > trainBudget) break;
        const b0 = performance.now();
        ok = runBatches(1, false);
        pace.batchMs = 0.9 * pace.batchMs + 0.1 * (performance.now() - b0);
        done++;
      }
      if (ok) runBatches(1, true);
      if (!measureNow) {
        touch(false);
        return;
      }
      const m0 = performance.now();
      touch(true);
      const m1 = performance.now();
      pace.measureMs = 0.7 * pace.measureMs + 0.3 * (m1 - m0);
      pace.lastMeasure = m1;
    },

    play() {
      if (get().playing) return;
      set({ playing: true, divergence: null });
      startLoop(get, pace, ++pace.loop);
    },
    pause() {
      if (get().playing) set({ playing: false });
    },
    togglePlay() {
      if (get().playing) get().pause();
      else get().play();
    },
    setSpeed(speed) {
      set({ speed: Math.max(0, Math.round(speed)) });
    },
    setCustomDataset(d) {
      set({ customDataset: d });
      if (get().config.dataset === 'csv') {
        get().pause();
        install(get().config, d);
      } else {
        get().setConfig({ dataset: 'csv' });
      }
    },
    refresh() {
      touch(true);
    },
    showNotice(n) {
      set({ notice: n });
    },
    acceptLowerRate() {
      const s = get();
      s.setConfig({ lr: s.config.lr / 10 });
      set({ notice: null, divergence: null });
    },
  };
};

export { isToy2d };
