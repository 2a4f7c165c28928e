import { ACTIVATIONS, HIDDEN_ACTIVATIONS, isActivation } from './activations';
import { excerpt, jsonProblem, shownValue } from './excerpt';
import type { Layer, Mlp } from './mlp';

/**
 * The file format people export, import and share:
 *   {"format":"weightscope-model","version":1,"inputs":n,
 *    "layers":[{"units":m,"activation":"tanh","weights":[[…n numbers…],…m rows…],"biases":[…m numbers…]},…]}
 * weights[i][j] is the weight from input j into unit i. A layer without biases adds "useBias": false.
 * A network that takes features of a 2D point (x₁², sin x₁, …) adds "inputFeatures": ["x1sq","sinx1",…],
 * one name per input; without it the inputs are the data's columns as they are (x₁, x₂ on 2D data).
 * The engine only carries the names: what they mean is the app's (src/datasets/features.ts).
 */
export const MODEL_FORMAT = 'weightscope-model';
export const MODEL_VERSION = 1;

export interface ModelFileLayer {
  units: number;
  activation: string;
  weights: number[][];
  biases: number[];
  useBias?: boolean;
}

export interface ModelFile {
  format: typeof MODEL_FORMAT;
  version: typeof MODEL_VERSION;
  inputs: number;
  /** The features the inputs are, one name per input; absent = the data's own columns. */
  inputFeatures?: string[];
  layers: ModelFileLayer[];
}

/** What a model file says besides the network. */
export interface ModelFileExtras {
  inputFeatures?: readonly string[] | null;
}

export function toModelFile(m: Mlp, extras: ModelFileExtras = {}): ModelFile {
  return {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    inputs: m.inputs,
    ...(extras.inputFeatures ? { inputFeatures: [...extras.inputFeatures] } : {}),
    layers: m.layers.map((l) => {
      const out: ModelFileLayer = {
        units: l.units,
        activation: l.activation,
        weights: Array.from({ length: l.units }, (_, i) =>
          Array.from(l.weights.subarray(i * l.inputs, (i + 1) * l.inputs)),
        ),
        biases: Array.from(l.biases),
      };
      if (!l.useBias) out.useBias = false;
      return out;
    }),
  };
}

export function serializeModel(m: Mlp, extras: ModelFileExtras = {}): string {
  return JSON.stringify(toModelFile(m, extras));
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

const isObj = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 1;
const MAX_UNITS = 4096;
/** A bad entry as the message shows it: short, NaN and ±Infinity by name (JSON.stringify would say null). */
const shown = shownValue;

/** Validates a parsed JSON value as a model file; builds a whole new network or reports the first problem. */
export function modelFromJson(v: unknown): ParseResult<Mlp> {
  const fail = (error: string): ParseResult<Mlp> => ({ ok: false, error });
  if (!isObj(v)) return fail('the file is not a JSON object');
  if (v.format !== MODEL_FORMAT)
    return fail(
      `"format" must be "${MODEL_FORMAT}", found ${v.format === undefined ? 'nothing' : shown(v.format)}`,
    );
  if (v.version !== MODEL_VERSION)
    return fail(
      `"version" must be ${MODEL_VERSION}, found ${v.version === undefined ? 'nothing' : shown(v.version)}`,
    );
  if (!isCount(v.inputs) || v.inputs > MAX_UNITS)
    return fail(`"inputs" must be a whole number from 1 to ${MAX_UNITS}`);
  if (v.inputFeatures !== undefined) {
    const f = v.inputFeatures;
    if (!Array.isArray(f)) return fail(`"inputFeatures" must be an array of ${v.inputs} names`);
    if (f.length !== v.inputs)
      return fail(`"inputFeatures" has ${f.length} names, expected ${v.inputs} (one per input)`);
    const bad = f.findIndex((x) => typeof x !== 'string' || x === '');
    if (bad >= 0) return fail(`"inputFeatures"[${bad}] is ${shown(f[bad])}, expected a name`);
  }
  if (!Array.isArray(v.layers)) return fail('"layers" must be an array');
  if (v.layers.length === 0) return fail('"layers" is empty: a network needs at least an output layer');
  const layers: Layer[] = [];
  let inputs = v.inputs;
  for (let li = 0; li < v.layers.length; li++) {
    const p = `layers[${li}]`;
    const l = v.layers[li];
    if (!isObj(l)) return fail(`${p} is not an object`);
    if (!isCount(l.units) || l.units > MAX_UNITS)
      return fail(`${p}.units must be a whole number from 1 to ${MAX_UNITS}`);
    const units = l.units;
    const isLast = li === v.layers.length - 1;
    const allowed: readonly string[] = isLast ? ACTIVATIONS : HIDDEN_ACTIVATIONS;
    if (!isActivation(l.activation) || !allowed.includes(l.activation)) {
      const found =
        l.activation === undefined
          ? 'is missing:'
          : `${typeof l.activation === 'string' ? `'${excerpt(l.activation)}'` : shown(l.activation)} is not`;
      return fail(`${p}.activation ${found} one of ${allowed.join(', ')}`);
    }
    if (!Array.isArray(l.weights)) return fail(`${p}.weights must be an array of ${units} rows`);
    if (l.weights.length !== units)
      return fail(`${p}.weights has ${l.weights.length} rows, expected ${units} (one per unit)`);
    const weights = new Float64Array(units * inputs);
    for (let i = 0; i < units; i++) {
      const row = l.weights[i];
      if (!Array.isArray(row)) return fail(`${p}.weights[${i}] must be an array of ${inputs} numbers`);
      if (row.length !== inputs)
        return fail(`${p}.weights[${i}] has ${row.length} numbers, expected ${inputs}`);
      for (let j = 0; j < inputs; j++) {
        const w = row[j];
        if (typeof w !== 'number' || !Number.isFinite(w))
          return fail(`${p}.weights[${i}][${j}] is ${shown(w)}, expected a finite number`);
        weights[i * inputs + j] = w;
      }
    }
    if (!Array.isArray(l.biases)) return fail(`${p}.biases must be an array of ${units} numbers`);
    if (l.biases.length !== units)
      return fail(`${p}.biases has ${l.biases.length} numbers, expected ${units}`);
    const biases = new Float64Array(units);
    for (let i = 0; i < units; i++) {
      const b = l.biases[i];
      if (typeof b !== 'number' || !Number.isFinite(b))
        return fail(`${p}.biases[${i}] is ${shown(b)}, expected a finite number`);
      biases[i] = b;
    }
    if (l.useBias !== undefined && typeof l.useBias !== 'boolean')
      return fail(`${p}.useBias must be true or false`);
    const useBias = l.useBias !== false;
    if (!useBias && biases.some((b) => b !== 0)) return fail(`${p} has "useBias": false but non-zero biases`);
    layers.push({
      inputs,
      units,
      activation: l.activation,
      weights,
      biases,
      useBias,
      frozen: null,
      pruned: null,
    });
    inputs = units;
  }
  return { ok: true, value: { inputs: v.inputs, layers } };
}

/** A whole model file: the network and the names of its inputs' features (null when the file has none). */
export interface ParsedModelFile {
  mlp: Mlp;
  inputFeatures: string[] | null;
}

/** Parses model-file text; never throws. */
export function parseModel(text: string): ParseResult<Mlp> {
  const r = parseModelFile(text);
  return r.ok ? { ok: true, value: r.value.mlp } : r;
}

/** Parses model-file text with what it says besides the network; never throws. */
export function parseModelFile(text: string): ParseResult<ParsedModelFile> {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `the file is not valid JSON (${jsonProblem(text, (e as Error).message)})` };
  }
  const r = modelFromJson(v);
  if (!r.ok) return r;
  const f = (v as { inputFeatures?: string[] }).inputFeatures;
  return { ok: true, value: { mlp: r.value, inputFeatures: f ? [...f] : null } };
}
