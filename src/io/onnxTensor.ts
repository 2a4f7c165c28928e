import type { ParseResult } from '../engine';
import { firstNonFinite } from './denseLayers';
import type { OnnxNode, OnnxTensor } from './onnxSchema';

/** TensorProto.DataType numbers from the ONNX specification, named for messages. */
const DATA_TYPES: Record<number, string> = {
  1: 'float32',
  2: 'uint8',
  3: 'int8',
  4: 'uint16',
  5: 'int16',
  6: 'int32',
  7: 'int64',
  8: 'string',
  9: 'bool',
  10: 'float16',
  11: 'float64',
  12: 'uint32',
  13: 'uint64',
  16: 'bfloat16',
};
const FLOAT = 1;
const DOUBLE = 11;
const EXTERNAL = 1;

export const count = (dims: number[]) => dims.reduce((a, b) => a * b, 1);

/**
 * A stored tensor's values as float64, exactly: float32 widens without rounding. Values come from raw_data
 * (little-endian, as the specification fixes it) or from float_data / double_data.
 */
export function tensorValues(t: OnnxTensor): ParseResult<Float64Array> {
  const fail = (error: string): ParseResult<Float64Array> => ({ ok: false, error });
  const what = `tensor '${t.name}'`;
  if (t.dataLocation === EXTERNAL)
    return fail(`${what} keeps its data in an external file; export the model with its weights inside`);
  if (t.dataType !== FLOAT && t.dataType !== DOUBLE)
    return fail(
      `${what} is ${DATA_TYPES[t.dataType] ?? `of data type ${t.dataType}`}; only float32 and float64 weights can be read`,
    );
  if (!t.dims.every((d) => Number.isInteger(d) && d >= 0)) return fail(`${what} has a bad shape [${t.dims}]`);
  const n = count(t.dims);
  const size = t.dataType === FLOAT ? 4 : 8;
  let out: Float64Array;
  if (t.rawData && t.rawData.length > 0) {
    if (t.rawData.length !== n * size)
      return fail(`${what} holds ${t.rawData.length} bytes; its shape [${t.dims}] needs ${n * size}`);
    const view = new DataView(t.rawData.buffer, t.rawData.byteOffset, t.rawData.byteLength);
    out = new Float64Array(n);
    for (let i = 0; i < n; i++)
      out[i] = size === 4 ? view.getFloat32(i * 4, true) : view.getFloat64(i * 8, true);
  } else {
    const list = t.dataType === FLOAT ? t.floatData : t.doubleData;
    if (list.length !== n)
      return fail(`${what} holds ${list.length} numbers; its shape [${t.dims}] needs ${n}`);
    out = Float64Array.from(list);
  }
  const bad = firstNonFinite(out);
  if (bad >= 0) return fail(`${what} holds ${out[bad]} at position ${bad}, not a finite number`);
  return { ok: true, value: out };
}

/** An attribute's number (f or i), or the default when the node does not set it. */
export function attr(node: OnnxNode, name: string, fallback: number): number {
  const a = node.attribute.find((x) => x.name === name);
  if (!a) return fallback;
  return a.f ?? a.i ?? fallback;
}

/** How a node is named in messages: its operator and, when it has one, its name. */
export const nodeLabel = (n: OnnxNode) => `${n.opType} node${n.name ? ` '${n.name}'` : ''}`;
