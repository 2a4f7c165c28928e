import { excerpt, jsonProblem, shownValue } from '../engine/excerpt';
import { HIDDEN_ACTIVATIONS, type Activation, type Layer, type Mlp, type ParseResult } from '../engine';

/**
 * A small dense model in the TensorFlow.js layers format (model.json + its .bin weight files): a Sequential of
 * Dense layers, as `tf.LayersModel.save()` and `tensorflowjs_converter` write it. Kernels are stored
 * [inputs, units] (Keras), our layers are units × inputs, so each kernel is transposed. What Weightscope cannot
 * represent is refused with a message naming what and where; nothing is half-read.
 */

const isObj = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const MAX_UNITS = 4096;

/** Keras activation names we compute exactly as Keras does. */
const KERAS_ACTIVATIONS: Record<string, Activation> = {
  relu: 'relu',
  tanh: 'tanh',
  sigmoid: 'sigmoid',
  linear: 'linear',
  softmax: 'softmax',
  swish: 'silu',
};
/** Own keys only: 'constructor' or 'toString' from a file is not an activation. */
const kerasActivation = (name: string): Activation | undefined =>
  Object.hasOwn(KERAS_ACTIVATIONS, name) ? KERAS_ACTIVATIONS[name] : undefined;
/** Layers that do nothing when a trained model is used (Dropout is off at inference). */
const PASS_THROUGH = new Set(['Dropout', 'GaussianNoise', 'GaussianDropout', 'AlphaDropout']);

interface DenseSpec {
  name: string;
  units: number;
  activation: Activation;
  useBias: boolean;
}

interface WeightEntry {
  name: string;
  shape: number[];
  /** Byte offset into its group's concatenated shards. */
  offset: number;
  group: number;
}

/**
 * A value from the file as text: strings as they are, anything else by kind (String() of a deeply nested
 * array recurses until the stack overflows). Messages still cut it with excerpt().
 */
const text = (x: unknown): string => (typeof x === 'string' ? x : shownValue(x));

const fileName = (p: string) => p.split('/').pop() ?? p;

function layersOf(topology: unknown): ParseResult<{ layers: unknown[]; cls: string }> {
  if (!isObj(topology)) return { ok: false, error: 'model.json has no "modelTopology" object' };
  const t = isObj(topology.model_config) ? topology.model_config : topology;
  const cls = excerpt(text(t.class_name ?? ''));
  if (cls !== 'Sequential')
    return {
      ok: false,
      error: `the model is a ${cls || 'model of unknown class'}; only a Sequential model of Dense layers can be read (one input, one output)`,
    };
  const cfg = t.config;
  const layers = Array.isArray(cfg) ? cfg : isObj(cfg) && Array.isArray(cfg.layers) ? cfg.layers : null;
  if (!layers) return { ok: false, error: 'modelTopology.config has no "layers" list' };
  return { ok: true, value: { layers, cls } };
}

/** The input width: from batch_input_shape / batch_shape of the first layer (or an InputLayer). */
function inputWidth(c: Record<string, unknown>): number | null | 'bad' {
  const shape = c.batch_input_shape ?? c.batch_shape ?? c.batchInputShape;
  if (shape === undefined) return null;
  if (!Array.isArray(shape) || shape.length !== 2 || !Number.isInteger(shape[1]) || (shape[1] as number) < 1)
    return 'bad';
  return shape[1] as number;
}

function denseSpecs(layers: unknown[]): ParseResult<{ inputs: number | null; dense: DenseSpec[] }> {
  const fail = (error: string) => ({ ok: false as const, error });
  let inputs: number | null = null;
  const dense: DenseSpec[] = [];
  for (const [i, l] of layers.entries()) {
    const where = `layer ${i + 1}`;
    if (!isObj(l) || !isObj(l.config)) return fail(`${where} is not a layer description`);
    const cls = text(l.class_name);
    // Names come from the file: a message quotes at most an excerpt of them.
    const clsShown = excerpt(cls);
    const c = l.config;
    const name = typeof c.name === 'string' ? c.name : `layer_${i + 1}`;
    const shownName = excerpt(name);
    if (i === 0 || cls === 'InputLayer') {
      const w = inputWidth(c);
      if (w === 'bad')
        return fail(
          `${where} ('${shownName}'): the input shape must be [null, n] — one flat vector of n numbers`,
        );
      if (w !== null) inputs = w;
    }
    if (cls === 'InputLayer') continue;
    if (PASS_THROUGH.has(cls)) continue;
    if (cls === 'Activation') {
      const prev = dense[dense.length - 1];
      const act = kerasActivation(text(c.activation));
      if (!prev || prev.activation !== 'linear' || !act)
        return fail(
          `${where} ('${shownName}'): an Activation layer '${excerpt(text(c.activation))}' can only follow a linear Dense layer and be one of ${Object.keys(KERAS_ACTIVATIONS).join(', ')}`,
        );
      prev.activation = act;
      continue;
    }
    if (cls !== 'Dense')
      return fail(
        `${where} ('${shownName}') is a ${clsShown} layer; only Dense layers can be shown as weight matrices`,
      );
    const units = c.units;
    if (!Number.isInteger(units) || (units as number) < 1 || (units as number) > MAX_UNITS)
      return fail(`${where} ('${shownName}'): units must be a whole number from 1 to ${MAX_UNITS}`);
    const a = c.activation === undefined || c.activation === null ? 'linear' : text(c.activation);
    const activation = kerasActivation(a);
    if (!activation)
      return fail(
        `${where} ('${shownName}'): activation '${excerpt(a)}' is not one Weightscope computes (${Object.keys(KERAS_ACTIVATIONS).join(', ')})`,
      );
    if (c.use_bias !== undefined && typeof c.use_bias !== 'boolean')
      return fail(`${where} ('${shownName}'): use_bias must be true or false`);
    dense.push({ name, units: units as number, activation, useBias: c.use_bias !== false });
  }
  if (!dense.length) return fail('the model has no Dense layer');
  for (const [i, d] of dense.entries())
    if (i < dense.length - 1 && !(HIDDEN_ACTIVATIONS as readonly string[]).includes(d.activation))
      return fail(`Dense layer '${excerpt(d.name)}': ${d.activation} is only possible on the output layer`);
  return { ok: true, value: { inputs, dense } };
}

function manifestOf(v: unknown): ParseResult<{ entries: WeightEntry[]; groups: string[][] }> {
  const fail = (error: string) => ({ ok: false as const, error });
  if (!Array.isArray(v) || !v.length)
    return fail('model.json has no "weightsManifest": it describes no weights');
  const entries: WeightEntry[] = [];
  const groups: string[][] = [];
  for (const [g, group] of v.entries()) {
    const where = `weightsManifest[${g}]`;
    if (!isObj(group) || !Array.isArray(group.paths) || !Array.isArray(group.weights))
      return fail(`${where} needs "paths" and "weights" lists`);
    if (!group.paths.every((p) => typeof p === 'string')) return fail(`${where}.paths must be file names`);
    groups.push(group.paths as string[]);
    let offset = 0;
    for (const [k, w] of group.weights.entries()) {
      if (!isObj(w) || typeof w.name !== 'string' || !Array.isArray(w.shape))
        return fail(`${where}.weights[${k}] needs a name and a shape`);
      if (w.dtype !== undefined && w.dtype !== 'float32')
        return fail(
          `weight '${excerpt(w.name)}' is ${excerpt(text(w.dtype))}; only float32 weights can be read`,
        );
      if (w.quantization !== undefined)
        return fail(`weight '${excerpt(w.name)}' is quantised; export the model without quantisation`);
      const shape = w.shape as number[];
      if (!shape.every((n) => Number.isInteger(n) && n >= 0))
        return fail(`weight '${excerpt(w.name)}' has a bad shape`);
      entries.push({ name: w.name, shape, offset, group: g });
      offset += shape.reduce((a, b) => a * b, 1) * 4;
    }
  }
  return { ok: true, value: { entries, groups } };
}

/** Each group's shards, concatenated in order; refuses a missing file or a wrong byte count. */
function groupBytes(
  groups: string[][],
  entries: WeightEntry[],
  files: Map<string, ArrayBuffer>,
): ParseResult<DataView[]> {
  const views: DataView[] = [];
  for (const [g, paths] of groups.entries()) {
    const parts: Uint8Array[] = [];
    for (const p of paths) {
      const f = files.get(fileName(p));
      if (!f)
        return {
          ok: false,
          error: `the weights file '${excerpt(fileName(p))}' named in model.json was not chosen: choose model.json together with its .bin file(s)`,
        };
      parts.push(new Uint8Array(f));
    }
    const total = parts.reduce((s, p) => s + p.length, 0);
    const expected = entries
      .filter((e) => e.group === g)
      .reduce((s, e) => s + e.shape.reduce((a, b) => a * b, 1) * 4, 0);
    if (total !== expected)
      return {
        ok: false,
        error: `${excerpt(paths.map(fileName).join(' + '))} holds ${total} bytes; model.json's weights need ${expected}`,
      };
    const all = new Uint8Array(total);
    let o = 0;
    for (const p of parts) {
      all.set(p, o);
      o += p.length;
    }
    views.push(new DataView(all.buffer));
  }
  return { ok: true, value: views };
}

/** Parses model.json text plus its weight files (by file name); never throws. */
export function parseTfjsModel(modelJson: string, files: Map<string, ArrayBuffer>): ParseResult<Mlp> {
  const fail = (error: string): ParseResult<Mlp> => ({ ok: false, error });
  let v: unknown;
  try {
    v = JSON.parse(modelJson);
  } catch (e) {
    return fail(`model.json is not valid JSON (${jsonProblem(modelJson, (e as Error).message)})`);
  }
  if (!isObj(v)) return fail('model.json is not a JSON object');
  if (v.format !== undefined && v.format !== 'layers-model')
    return fail(
      `model.json is a TensorFlow.js ${excerpt(text(v.format))}; only the layers format ("layers-model") can be read`,
    );
  const top = layersOf(v.modelTopology);
  if (!top.ok) return top;
  const specs = denseSpecs(top.value.layers);
  if (!specs.ok) return specs;
  const man = manifestOf(v.weightsManifest);
  if (!man.ok) return man;
  const bytes = groupBytes(man.value.groups, man.value.entries, files);
  if (!bytes.ok) return bytes;
  const { dense } = specs.value;
  const find = (layer: string, part: 'kernel' | 'bias', k: number) =>
    man.value.entries.find((e) => e.name === `${layer}/${part}` || e.name.endsWith(`/${layer}/${part}`)) ??
    // Some converters rename weights; fall back to their order (kernel, bias per layer).
    man.value.entries[k];
  const read = (e: WeightEntry, n: number) => {
    const view = bytes.value[e.group];
    return Float64Array.from({ length: n }, (_, i) => view.getFloat32(e.offset + i * 4, true));
  };
  let inputs = specs.value.inputs;
  const layers: Layer[] = [];
  let k = 0;
  for (const d of dense) {
    const kernel = find(d.name, 'kernel', k++);
    if (!kernel) return fail(`Dense layer '${excerpt(d.name)}' has no kernel in the weights manifest`);
    if (kernel.shape.length !== 2)
      return fail(
        `the kernel of '${excerpt(d.name)}' has shape [${excerpt(kernel.shape.join(','))}], expected [inputs, ${d.units}]`,
      );
    const [kin, kunits] = kernel.shape;
    inputs ??= kin;
    if (kin !== inputs || kunits !== d.units)
      return fail(
        `the kernel of '${excerpt(d.name)}' has shape [${excerpt(kernel.shape.join(','))}], expected [${inputs}, ${d.units}]`,
      );
    const flat = read(kernel, kin * kunits);
    // Keras kernel[j][i] (input j → unit i) becomes our weights[i * inputs + j].
    const weights = new Float64Array(kin * kunits);
    for (let j = 0; j < kin; j++)
      for (let i = 0; i < kunits; i++) weights[i * kin + j] = flat[j * kunits + i];
    let biases = new Float64Array(d.units);
    if (d.useBias) {
      const b = find(d.name, 'bias', k++);
      if (!b || b.shape.length !== 1 || b.shape[0] !== d.units)
        return fail(`the bias of '${excerpt(d.name)}' is missing or not [${d.units}] numbers`);
      biases = read(b, d.units);
    }
    const bad = [...weights, ...biases].findIndex((x) => !Number.isFinite(x));
    if (bad >= 0) return fail(`Dense layer '${excerpt(d.name)}' holds a value that is not a finite number`);
    layers.push({
      inputs,
      units: d.units,
      activation: d.activation,
      weights,
      biases,
      useBias: d.useBias,
      frozen: null,
      pruned: null,
    });
    inputs = d.units;
  }
  return { ok: true, value: { inputs: layers[0].inputs, layers } };
}
