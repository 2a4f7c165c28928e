import type { Activation, HiddenActivation, ModelFile, ParseResult } from '../engine';
import { denseModelFile, firstNonFinite, type DenseLayer } from './denseLayers';

/**
 * Dense layers from a .safetensors file: an 8-byte little-endian header length, a JSON header giving each
 * tensor's dtype, shape and [begin, end) byte range in the data that follows, then the little-endian data.
 * Layers come from tensor names N.weight (units × inputs, PyTorch's nn.Linear layout) and N.bias; the file
 * stores no activations, so the caller chooses them.
 */

export interface SafetensorsActivations {
  hidden: HiddenActivation;
  output: Activation;
}

interface Entry {
  name: string;
  dtype: string;
  shape: number[];
  begin: number;
  end: number;
}

const BYTES: Record<string, number> = { F16: 2, F32: 4, F64: 8 };
/** A header beyond this is not a model of a few layers (the format's own readers cap it at 100 MB). */
const MAX_HEADER = 100_000_000;

type Fail = { ok: false; error: string };
const fail = (error: string): Fail => ({ ok: false, error });
const isObj = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const isNat = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

/** IEEE 754 half precision → double, exactly (every half is a double). */
export function halfToNumber(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >> 10) & 0x1f;
  const frac = h & 0x3ff;
  if (exp === 0) return sign * frac * 2 ** -24;
  if (exp === 31) return frac ? NaN : sign * Infinity;
  return sign * (1024 + frac) * 2 ** (exp - 25);
}

function header(bytes: Uint8Array): ParseResult<{ entries: Entry[]; data: DataView }> {
  if (bytes.length < 8)
    return fail(`the file has ${bytes.length} bytes, fewer than the 8 of its header length`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = Number(view.getBigUint64(0, true));
  if (n > MAX_HEADER || n > bytes.length - 8)
    return fail(`the header length says ${n} bytes, but the file has ${bytes.length - 8} after it`);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(8, 8 + n)));
  } catch (e) {
    return fail(`the header is not valid JSON (${(e as Error).message})`);
  }
  if (!isObj(json)) return fail('the header is not a JSON object');
  const entries: Entry[] = [];
  for (const [name, v] of Object.entries(json)) {
    if (name === '__metadata__') continue;
    const t = `tensor '${name}'`;
    if (!isObj(v)) return fail(`${t} is not described by an object`);
    const { dtype, shape, data_offsets: off } = v;
    if (typeof dtype !== 'string') return fail(`${t} has no dtype`);
    if (!BYTES[dtype]) return fail(`${t} is ${dtype}; only F32, F64 and F16 tensors can be read`);
    if (!Array.isArray(shape) || !shape.every(isNat)) return fail(`${t} has a bad shape`);
    if (!Array.isArray(off) || off.length !== 2 || !isNat(off[0]) || !isNat(off[1]) || off[1] < off[0])
      return fail(`${t} has bad data_offsets (two byte positions, begin ≤ end)`);
    const need = shape.reduce((a: number, b: number) => a * b, 1) * BYTES[dtype];
    if (off[1] - off[0] !== need)
      return fail(`${t} spans ${off[1] - off[0]} bytes, but ${dtype} [${shape}] needs ${need}`);
    entries.push({ name, dtype, shape, begin: off[0], end: off[1] });
  }
  const dataLength = bytes.length - 8 - n;
  // The format's rule: the tensors cover the data exactly, without overlap or holes.
  const sorted = [...entries].sort((a, b) => a.begin - b.begin || a.end - b.end);
  let at = 0;
  for (const [k, e] of sorted.entries()) {
    if (e.begin < at)
      return fail(`tensor '${e.name}' overlaps tensor '${sorted[k - 1].name}' (bytes ${e.begin}–${at})`);
    if (e.begin > at)
      return fail(`bytes ${at}–${e.begin} of the data belong to no tensor (before '${e.name}')`);
    if (e.end > dataLength)
      return fail(
        `tensor '${e.name}' ends at byte ${e.end}, but the data has only ${dataLength}: the file is cut short`,
      );
    at = e.end;
  }
  if (at !== dataLength) return fail(`the data has ${dataLength - at} bytes after its last tensor`);
  return {
    ok: true,
    value: { entries, data: new DataView(bytes.buffer, bytes.byteOffset + 8 + n, dataLength) },
  };
}

function values(e: Entry, data: DataView): ParseResult<Float64Array> {
  const size = BYTES[e.dtype];
  const out = new Float64Array((e.end - e.begin) / size);
  for (let i = 0; i < out.length; i++) {
    const o = e.begin + i * size;
    out[i] =
      size === 4
        ? data.getFloat32(o, true)
        : size === 8
          ? data.getFloat64(o, true)
          : halfToNumber(data.getUint16(o, true));
  }
  const bad = firstNonFinite(out);
  return bad < 0
    ? { ok: true, value: out }
    : fail(`tensor '${e.name}' holds ${out[bad]} at position ${bad}, not a finite number`);
}

/**
 * The layers in order: by number when the names differ only in a number (nn.Sequential's 0, 2, 4, or
 * layers.0, layers.1, … with 10 after 9), else in the order of their weights' bytes (fc1, fc2, … as saved).
 */
function layerOrder(prefixes: string[], weightAt: Map<string, number>): string[] {
  const split = prefixes.map((p) => /^(.*?)(\d+)$/.exec(p));
  const stems = new Set(split.map((m) => (m ? m[1] : null)));
  if (split.every((m) => m) && stems.size === 1)
    return [...prefixes].sort((a, b) => Number(/\d+$/.exec(a)![0]) - Number(/\d+$/.exec(b)![0]));
  return [...prefixes].sort((a, b) => weightAt.get(a)! - weightAt.get(b)!);
}

/** Parses a .safetensors file into a Weightscope model file with the chosen activations; never throws. */
export function parseSafetensors(
  bytes: ArrayBuffer | Uint8Array,
  acts: SafetensorsActivations,
): ParseResult<ModelFile> {
  const h = header(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  if (!h.ok) return h;
  const { entries, data } = h.value;
  const byName = new Map(entries.map((e) => [e.name, e]));
  const prefixes: string[] = [];
  for (const e of entries) {
    const m = /^(.+)\.(weight|bias)$/.exec(e.name);
    if (!m)
      return fail(`tensor '${e.name}' is not a layer's weight or bias (names like '0.weight', '0.bias')`);
    if (m[2] === 'bias' && !byName.has(`${m[1]}.weight`))
      return fail(`tensor '${e.name}' has no '${m[1]}.weight' beside it`);
    if (m[2] === 'weight') prefixes.push(m[1]);
  }
  if (!prefixes.length) return fail('the file holds no tensor named like a layer weight (N.weight)');
  const order = layerOrder(prefixes, new Map(prefixes.map((p) => [p, byName.get(`${p}.weight`)!.begin])));
  const layers: DenseLayer[] = [];
  for (const [k, p] of order.entries()) {
    const w = byName.get(`${p}.weight`)!;
    if (w.shape.length !== 2 || w.shape[0] < 1 || w.shape[1] < 1)
      return fail(`tensor '${w.name}' has shape [${w.shape}]; a linear layer's weight is [units, inputs]`);
    const [units, inputs] = w.shape;
    const prev = layers[k - 1];
    if (prev && inputs !== prev.units)
      return fail(
        `tensor '${w.name}' has shape [${w.shape}]: it takes ${inputs} inputs, but '${prev.name}' gives ${prev.units}`,
      );
    const b = byName.get(`${p}.bias`);
    if (b && (b.shape.length !== 1 || b.shape[0] !== units))
      return fail(`tensor '${b.name}' has shape [${b.shape}], expected [${units}] to match '${w.name}'`);
    const wv = values(w, data);
    if (!wv.ok) return wv;
    const bv = b ? values(b, data) : null;
    if (bv && !bv.ok) return bv;
    const activation = k === order.length - 1 ? acts.output : acts.hidden;
    layers.push({ name: w.name, inputs, units, weights: wv.value, biases: bv ? bv.value : null, activation });
  }
  return { ok: true, value: denseModelFile(layers[0].inputs, layers) };
}
