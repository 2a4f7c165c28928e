import {
  isLoss,
  lossMismatch,
  type ParseResult,
  type Activation,
  type HiddenActivation,
  type InitKind,
  type Loss,
  type MlpSpec,
} from '../engine';
import type { Dataset } from '../datasets/types';
import {
  DEFAULT_FEATURES,
  featureLabel,
  FEATURE_IDS,
  isDefaultFeatures,
  isFeatureId,
  isPlanar,
  type FeatureId,
} from '../datasets/features';
import {
  CHOICE_SETTINGS,
  choiceProblem,
  hiddenProblem,
  NUMBER_SETTINGS,
  numberProblem,
  type ChoiceKey,
  type NumberKey,
} from './settings';

/**
 * The whole configuration of a session: everything a link must carry to reproduce a setup exactly.
 * Weights are not here (they follow from seed + init, or from an explicit weight edit).
 */
export interface Config {
  /** A 2D generator id ('spiral', …), 'digits', 'mnist', 'words' or 'csv'. */
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
  /**
   * What the first layer sees of a 2D point: x₁, x₂ (the default, and what a link or file without the list
   * means), x₁², x₂², x₁x₂, sin x₁, sin x₂. Ignored by wide data sets (digits, words, wide CSV files).
   */
  features: FeatureId[];
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
  /** Play stops when the test loss has not improved for this many epochs; 0 = off. */
  patience: number;
  /** Play stops once the test loss is at or below this; 0 = off. */
  targetLoss: number;
  /** Dropout rate of every hidden layer during training steps (0 = none); evaluation never drops. */
  dropout: number;
}

export const DEFAULT_CONFIG: Config = {
  dataset: 'circle',
  noise: 0.1,
  trainRatio: 0.5,
  points: 500,
  dataSeed: 1,
  shiftX: 0,
  shiftY: 0,
  balance: 0.5,
  features: [...DEFAULT_FEATURES],
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
  patience: 0,
  targetLoss: 0,
  dropout: 0,
};

export function hiddenActivationOf(c: Config, layer: number): HiddenActivation {
  return c.layerActivations[layer] ?? c.activation;
}

/** Output units for this data set and output activation: one unit for two classes unless softmax. */
export function outputUnitsFor(d: Dataset, output: Activation): number {
  if (d.kind === 'regression') return 1;
  if (d.classes === 2 && output !== 'softmax') return 1;
  return d.classes;
}

/** The features a run's first layer sees, or null when the data set is not a plane (features do not apply). */
export function inputFeaturesOf(c: Pick<Config, 'features'>, d: Dataset): readonly FeatureId[] | null {
  return isPlanar(d) ? (c.features ?? DEFAULT_FEATURES) : null;
}

/** The names of the first layer's inputs: the chosen features on 2D data, else the data set's columns. */
export function inputNamesOf(c: Pick<Config, 'features'>, d: Dataset): string[] {
  const f = inputFeaturesOf(c, d);
  // x₁, x₂ as they are keep the data's own names (a CSV file's column headers).
  return f && !isDefaultFeatures(f) ? f.map(featureLabel) : d.featureNames;
}

export function mlpSpecFor(c: Config, d: Dataset): MlpSpec {
  return {
    inputs: inputFeaturesOf(c, d)?.length ?? d.inputs,
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

/**
 * Makes the parts of a config that follow from others agree: one activation override per hidden layer, and
 * a loss that fits the output activation. Numbers are never touched: checkConfig refuses those instead.
 */
export function normaliseConfig(c: Config): Config {
  const layerActivations = c.hidden.map((_, i) => c.layerActivations[i] ?? null);
  // Each feature once, in the order given (a model file's columns keep theirs); unknown names stay for
  // configProblems to refuse.
  const given: readonly FeatureId[] = c.features ?? DEFAULT_FEATURES;
  const features = given.filter((f, i) => given.indexOf(f) === i);
  const out = { ...c, layerActivations, features };
  // An unknown loss is left for checkConfig to refuse by name.
  if (isLoss(c.loss)) out.loss = fittingLoss(out);
  return out;
}

/** Every reason the config cannot be used, each in the settings table's words; empty when it can. */
export function configProblems(c: Config): string[] {
  const problems: string[] = [];
  const add = (p: string | null) => {
    if (p) problems.push(p);
  };
  for (const k of Object.keys(NUMBER_SETTINGS) as NumberKey[]) add(numberProblem(NUMBER_SETTINGS[k], c[k]));
  for (const k of Object.keys(CHOICE_SETTINGS) as ChoiceKey[]) add(choiceProblem(CHOICE_SETTINGS[k], c[k]));
  add(hiddenProblem(c.hidden, c.dataset));
  add(featuresProblem(c.features));
  c.layerActivations.forEach((a, i) => {
    if (a !== null)
      add(choiceProblem({ ...CHOICE_SETTINGS.activation, label: `activation of hidden layer ${i + 1}` }, a));
  });
  return problems;
}

/** THE message for a feature list that cannot be used; null when it can. */
export function featuresProblem(features: readonly string[]): string | null {
  if (!features.length) return `input features must include at least one of ${FEATURE_IDS.join(', ')}`;
  for (const f of features)
    if (!isFeatureId(f)) return choiceProblem({ label: 'input feature', values: FEATURE_IDS }, f);
  return null;
}

/** The config as it will be used (normalised), or every reason it is refused; nothing is pulled into range. */
export function checkConfig(c: Config): ParseResult<Config> {
  const n = normaliseConfig(c);
  const problems = configProblems(n);
  return problems.length ? { ok: false, error: problems.join('. ') } : { ok: true, value: n };
}
