import { Inflate } from 'fflate';

/** Compressed bytes fed to the inflater at a time: deflate expands at most ~1032×, so one feed adds ≤ 264 KiB. */
const FEED = 256;

export type Inflated =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; why: 'corrupt' }
  | { ok: false; why: 'too large'; inflated: number };

/**
 * Inflates deflate data, giving up as soon as the output passes `limit` bytes. A link value of a few
 * kilobytes can expand to hundreds of megabytes (a "deflate bomb"); inflateSync would build all of it
 * before the size could be checked. Never throws.
 */
export function inflateAtMost(data: Uint8Array, limit: number): Inflated {
  const parts: Uint8Array[] = [];
  let total = 0;
  let done = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total <= limit) parts.push(chunk);
    if (final) done = true;
  });
  try {
    for (let o = 0; o < data.length; o += FEED) {
      inflater.push(data.subarray(o, o + FEED), o + FEED >= data.length);
      if (total > limit) return { ok: false, why: 'too large', inflated: total };
    }
    if (data.length === 0) inflater.push(data, true);
  } catch {
    return { ok: false, why: 'corrupt' };
  }
  if (!done) return { ok: false, why: 'corrupt' };
  const bytes = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    bytes.set(p, o);
    o += p.length;
  }
  return { ok: true, bytes };
}
