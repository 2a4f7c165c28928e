import {
  lossMismatch,
  type Activation,
  type HiddenActivation,
  type InitKind,
  type Loss,
  type MlpSpec,
} from '../engine';
import type { Dataset } from '../datasets/types';

/**
 * The whole configuration of a session: everything a link must carry to reproduce a setup exactly.
 * Weights are not here (they follow from seed + init, or from an explicit weight edit).
 */
export interface Config {
  /** A 2D generator id ('spiral', …), 'digits', 'words' or 'csv'. */
  dataset: string;
  noise: number;
  trainRatio: number;
  /** Points generated for the 2D sets (train + test). */
  points: number;
  dataSeed: number;
  /** Moves every 2D point by (shiftX, shiftY): data a bias-free network cannot fit. */
  shiftX: number;
  shiftY: number;
  /** Fraction of class 1 in the 'gaussians' and 'linear' sets (0.5 = balanced). */
  balance: number;
  /** Units per hidden layer. */
  hidden: number[];
  /** The activation of every hidden layer, unless overridden per layer. */
  activation: HiddenActivation;
  /** Per hidden layer override, null = use `activation`. Same length as hidden. */
  layerActivations: (HiddenActivation | null)[];
  outputActivation: Activation;
  loss: Loss;
  useBias: boolean;
  init: InitKind;
  /** Parameter of constant / uniform / normal initialisers. */
  initValue: number;
  /** Seed of the initial weights and of the batch order. */
  seed: number;
  lr: number;
  batchSize: number;
  l1: number;
  l2: number;
  l1Mode: 'subgradient' | 'clip_at_zero';
  momentum: number;
  /** 0 = no clipping. */
  clip: number;
  nonNegative: boolean;
}

export const DEFAULT_CONFIG: Config = {
  dataset: 'spiral',
  noise: 0.1,
  trainRatio: 0.5,
  points: 500,
  dataSeed: 1,
  shiftX: 0,
  shiftY: 0,
  balance: 0.5,
  hidden: [8, 8],
  activation: 'tanh',
  layerActivations: [null, null],
  outputActivation: 'tanh',
  loss: 'mse',
  useBias: true,
  init: 'xavier_uniform',
  initValue: 0.5,
  seed: 7,
  lr: 0.03,
  batchSize: 10,
  l1: 0,
  l2: 0,
  l1Mode: 'subgradient',
  momentum: 0,
  clip: 0,
  nonNegative: false,
};

/** Limits the UI and links respect. Digits need 64 → 32 → 10. */
export const LIMITS = {
  hiddenLayers: 8,
  units2d: 64,
  unitsWide: 256,
  batchSize: 512,
  points: 2000,
} as const;

export function hiddenActivationOf(c: Config, layer: number): HiddenActivation {
  return c.layerActivations[layer] ?? c.activation;
}

/** Output units for this data set and output activation: one unit for two classes unless softmax. */
export function outputUnitsFor(d: Dataset, output: Activation): number {
  if (d.kind === 'regression') return 1;
  if (d.classes === 2 && output !== 'softmax') return 1;
  return d.classes;
}

export function mlpSpecFor(c: Config, d: Dataset): MlpSpec {
  return {
    inputs: d.inputs,
    layers: [
      ...c.hidden.map((units, i) => ({ units, activation: hiddenActivationOf(c, i) as Activation })),
      { units: outputUnitsFor(d, c.outputActivation), activation: c.outputActivation },
    ],
    init: { kind: c.init, value: c.initValue },
    useBias: c.useBias,
  };
}

/**
 * The target the output layer learns for each label: two classes on one tanh or linear unit are −1/+1
 * (so the output's sign is the class, in the same colours as the weights); on a sigmoid unit 0/1; with more
 * output units one-hot; regression values as they are.
 */
export function targetsFor(d: Dataset, labels: Float64Array, output: Activation): Float64Array {
  const k = outputUnitsFor(d, output);
  const n = labels.length;
  const y = new Float64Array(n * k);
  if (d.kind === 'regression') {
    y.set(labels);
    return y;
  }
  if (k === 1) {
    const pm = output !== 'sigmoid';
    for (let i = 0; i < n; i++) y[i] = pm ? 2 * labels[i] - 1 : labels[i];
    return y;
  }
  for (let i = 0; i < n; i++) y[i * k + labels[i]] = 1;
  return y;
}

/** The loss that fits an output activation best (the UI's default when the output changes). */
export function defaultLossFor(output: Activation): Loss {
  return output === 'softmax' ? 'cross_entropy' : output === 'sigmoid' ? 'binary_cross_entropy' : 'mse';
}

/** A loss that fits the output activation: the config's, or the output's natural one. */
export function fittingLoss(c: Config): Config['loss'] {
  return lossMismatch(c.loss, c.outputActivation) ? defaultLossFor(c.outputActivation) : c.loss;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Keeps a config inside what the engine and the UI can show; out-of-range numbers are pulled in. */
export function clampConfig(c: Config): Config {
  const wide = c.dataset === 'digits' || c.dataset === 'words' || c.dataset === 'csv';
  const hidden = c.hidden
    .slice(0, LIMITS.hiddenLayers)
    .map((u) => clamp(Math.round(u) || 1, 1, wide ? LIMITS.unitsWide : LIMITS.units2d));
  const layerActivations = hidden.map((_, i) => c.layerActivations[i] ?? null);
  const out = { ...c, hidden, layerActivations };
  out.noise = clamp(c.noise, 0, 0.5);
  out.trainRatio = clamp(c.trainRatio, 0.1, 0.9);
  out.points = clamp(Math.round(c.points), 20, LIMITS.points);
  out.batchSize = clamp(Math.round(c.batchSize), 1, LIMITS.batchSize);
  out.lr = clamp(c.lr, 1e-6, 100);
  out.l1 = clamp(c.l1, 0, 10);
  out.l2 = clamp(c.l2, 0, 10);
  out.momentum = clamp(c.momentum, 0, 0.999);
  out.clip = clamp(c.clip, 0, 1e6);
  out.shiftX = clamp(c.shiftX, -6, 6);
  out.shiftY = clamp(c.shiftY, -6, 6);
  out.balance = clamp(c.balance, 0.05, 0.95);
  out.loss = fittingLoss(out);
  return out;
}
