import { deflateSync } from 'fflate';
import type { Mlp } from '../engine';
import { fromBase64url, toBase64url } from './base64url';
import { inflateAtMost } from './inflate';

/** Links longer than this are refused by some hosts, chat apps and LMSs; weights past it go in a model file. */
export const MAX_URL_LENGTH = 8000;

/** Every parameter of the network in a fixed order: each layer's weights (row-major) then its biases. */
export function paramCount(m: Mlp): number {
  return m.layers.reduce((s, l) => s + l.weights.length + l.biases.length, 0);
}

/**
 * The exact weights as text for a link: Float64 (so a shared demo replays bit for bit), deflated, base64url.
 * Little-endian is fixed so a link made on one machine means the same on every other.
 */
export function packWeights(m: Mlp): string {
  const buf = new DataView(new ArrayBuffer(paramCount(m) * 8));
  let o = 0;
  for (const l of m.layers) {
    for (const w of l.weights) buf.setFloat64(o++ * 8, w, true);
    for (const b of l.biases) buf.setFloat64(o++ * 8, b, true);
  }
  return toBase64url(deflateSync(new Uint8Array(buf.buffer), { level: 9 }));
}

export type Unpacked = { ok: true; values: Float64Array } | { ok: false; error: string };

/** The numbers in a packed string, checked against the count the network needs; never throws. */
export function unpackWeights(text: string, count: number): Unpacked {
  const bytes = fromBase64url(text);
  if (!bytes) return { ok: false, error: 'not base64url text' };
  // The network on screen fixes the size exactly: anything longer is refused before it is all built.
  const r = inflateAtMost(bytes, count * 8);
  if (!r.ok)
    return {
      ok: false,
      error:
        r.why === 'corrupt'
          ? 'not deflate-compressed data'
          : `holds more than the ${count} numbers the network has`,
    };
  const raw = r.bytes;
  if (raw.length !== count * 8)
    return { ok: false, error: `holds ${Math.floor(raw.length / 8)} numbers, the network has ${count}` };
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const values = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const v = view.getFloat64(i * 8, true);
    if (!Number.isFinite(v)) return { ok: false, error: `number ${i + 1} is ${v}` };
    values[i] = v;
  }
  return { ok: true, values };
}

/** Writes unpacked values into a network of the right shape, in packWeights' order. */
export function applyWeights(m: Mlp, values: Float64Array): void {
  let o = 0;
  for (const l of m.layers) {
    l.weights.set(values.subarray(o, o + l.weights.length));
    o += l.weights.length;
    l.biases.set(values.subarray(o, o + l.biases.length));
    o += l.biases.length;
  }
}
