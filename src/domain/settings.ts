import { ACTIVATIONS, HIDDEN_ACTIVATIONS, INITIALISERS, LOSSES } from '../engine';
import { TOY_2D } from '../datasets/toy2d';
import { excerpt, quoted } from '../engine/excerpt';
import { readNumber, type NumberRead } from '../format/number';

/**
 * The one table of what each setting may be. Links, the controls, model and CSV import and the command line
 * all check a value here and refuse it with the message made here, so a value is accepted everywhere or
 * nowhere, and nothing is ever pulled into range behind the user's back.
 */
export interface NumberSetting {
  /** How messages name it, lower case: "learning rate must be …". */
  label: string;
  min: number;
  max: number;
  integer?: boolean;
  /** The step of a slider or spinner that sets it. */
  step?: number;
  /** Where the range holds, when it depends on other settings: "on 2D data". */
  where?: string;
}

/** Numbers a setting may take. Digits need 64 → 32 → 10 and words 64 inputs, hence the wide layers. */
export const NUMBER_SETTINGS = {
  noise: { label: 'noise', min: 0, max: 0.5, step: 0.05 },
  trainRatio: { label: 'train share', min: 0.1, max: 0.9, step: 0.1 },
  points: { label: 'number of points', min: 20, max: 2000, integer: true },
  dataSeed: { label: 'data seed', min: 0, max: 2 ** 32 - 1, integer: true, step: 1 },
  shiftX: { label: 'shift in x₁', min: -6, max: 6 },
  shiftY: { label: 'shift in x₂', min: -6, max: 6 },
  balance: { label: 'class balance', min: 0.05, max: 0.95 },
  initValue: { label: 'initialiser parameter', min: -100, max: 100, step: 0.05 },
  seed: { label: 'seed', min: 0, max: 2 ** 32 - 1, integer: true, step: 1 },
  // A rate of 0 trains nothing; above 10 every example diverges at once.
  lr: { label: 'learning rate', min: 0.000001, max: 10 },
  batchSize: { label: 'batch size', min: 1, max: 512, integer: true },
  l1: { label: 'L1 strength', min: 0, max: 10 },
  l2: { label: 'L2 strength', min: 0, max: 10 },
  // μ = 1 would never forget a gradient.
  momentum: { label: 'momentum', min: 0, max: 0.999 },
  clip: { label: 'gradient clip', min: 0, max: 1000000 },
  // Auto-stop while playing; 0 = off for both.
  patience: { label: 'patience', min: 0, max: 10000, integer: true, step: 1 },
  targetLoss: { label: 'target loss', min: 0, max: 1000 },
  // Above 0.9 almost every unit is silent in a step.
  dropout: { label: 'dropout rate', min: 0, max: 0.9, step: 0.05 },
} as const satisfies Record<string, NumberSetting>;

export type NumberKey = keyof typeof NUMBER_SETTINGS;

/**
 * The embedding API (postMessage): how many page origins a link may name, the steps one message may ask for,
 * and the longest model text a message may carry (a model file of the widest allowed network fits easily).
 */
export const EMBED_LIMITS = { maxOrigins: 8, maxModelChars: 20_000_000 } as const;
export const STEP_COUNT_SETTING: NumberSetting = {
  label: 'step count',
  min: 1,
  max: 10000,
  integer: true,
  step: 1,
};

export const L1_MODES = ['subgradient', 'clip_at_zero'] as const;
/** Data sets whose inputs are many (images, words, imported tables): their hidden layers may be wide. */
export const WIDE_DATASETS = ['digits', 'words', 'csv', 'mnist'] as const;
export const DATASETS: readonly string[] = [...TOY_2D.map((t) => t.id), ...WIDE_DATASETS];

export interface ChoiceSetting {
  label: string;
  values: readonly string[];
}

export const CHOICE_SETTINGS = {
  dataset: { label: 'data set', values: DATASETS },
  activation: { label: 'hidden activation', values: HIDDEN_ACTIVATIONS },
  outputActivation: { label: 'output activation', values: ACTIVATIONS },
  loss: { label: 'loss', values: LOSSES },
  init: { label: 'initialiser', values: INITIALISERS },
  l1Mode: { label: 'L1 mode', values: L1_MODES },
} as const satisfies Record<string, ChoiceSetting>;

export type ChoiceKey = keyof typeof CHOICE_SETTINGS;

/** Hidden layers: how many, and how many units each may have on 2D data and on wide data. */
export const HIDDEN_LIMITS = { maxLayers: 8, units2d: 64, unitsWide: 256 } as const;

export const isWideDataset = (dataset: string): boolean =>
  (WIDE_DATASETS as readonly string[]).includes(dataset);

/** The units of a hidden layer: a unit map per unit is drawn for 2D data, so they must stay few there. */
export function hiddenUnitsSetting(dataset: string, layer?: number): NumberSetting {
  const wide = isWideDataset(dataset);
  return {
    label: layer === undefined ? 'units in a hidden layer' : `units in hidden layer ${layer + 1}`,
    min: 1,
    max: wide ? HIDDEN_LIMITS.unitsWide : HIDDEN_LIMITS.units2d,
    integer: true,
    step: 1,
    where: wide ? undefined : 'on 2D data',
  };
}

/** "between 0.000001 and 10": String() writes every bound in the table without an exponent. */
const range = (s: NumberSetting, sayNumber: boolean) =>
  `${s.integer ? 'a whole number ' : sayNumber ? 'a number ' : ''}between ${String(s.min)} and ${String(s.max)}${s.where ? ` ${s.where}` : ''}`;

/**
 * THE message for a number outside its setting, e.g. "learning rate must be between 0.000001 and 10; got 50".
 * `written` is the value as the user wrote it (a link, a field, a flag); null when it fits.
 */
export function numberProblem(s: NumberSetting, value: number, written = String(value)): string | null {
  const fits = value >= s.min && value <= s.max && (!s.integer || Number.isInteger(value));
  // A 400,000-digit number in a link or cell is shown as its first digits, not repeated whole.
  return fits ? null : `${s.label} must be ${range(s, false)}; got ${excerpt(written)}`;
}

/** Reads text as a setting's value: the number reader, then the table, with one message for both failures. */
export function readSetting(s: NumberSetting, text: string): NumberRead {
  const r = readNumber(text);
  if (!r.ok) return { ok: false, message: `${s.label} must be ${range(s, true)}; got ${shownText(text)}` };
  const problem = numberProblem(s, r.value, text);
  return problem ? { ok: false, message: problem } : r;
}

const shownText = (text: string) => (text === '' ? 'nothing' : quoted(text));

/** THE message for a value that is not one of a setting's choices; null when it is one. */
export function choiceProblem(s: ChoiceSetting, value: string): string | null {
  return s.values.includes(value)
    ? null
    : `${s.label} must be one of ${s.values.join(', ')}; got ${quoted(value)}`;
}

/** Checks hidden layer sizes for a data set: the number of layers, then each layer's units. */
export function hiddenProblem(
  hidden: readonly number[],
  dataset: string,
  written?: readonly string[],
): string | null {
  if (hidden.length > HIDDEN_LIMITS.maxLayers)
    return `hidden layers must be at most ${HIDDEN_LIMITS.maxLayers}; got ${hidden.length}`;
  for (let i = 0; i < hidden.length; i++) {
    const p = numberProblem(hiddenUnitsSetting(dataset, i), hidden[i], written?.[i]);
    if (p) return p;
  }
  return null;
}
