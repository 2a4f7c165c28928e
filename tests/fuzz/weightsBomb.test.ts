import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toBase64url, unpackWeights } from '../../src/url';
import { inflateAtMost } from '../../src/url/inflate';

/** 256 MB of zeros deflate to about 250 KB: a link value built to exhaust the page. */
const BOMB = deflateSync(new Uint8Array(256 * 1024 * 1024), { level: 9 });

describe('a weights value built to expand enormously', () => {
  it('is refused with a message saying it holds more than the network', () => {
    const r = unpackWeights(toBase64url(BOMB), 100);
    expect(r).toEqual({ ok: false, error: 'holds more than the 100 numbers the network has' });
  });

  it('is not inflated much past the bound: one 256-byte feed (≤ 264 KiB) at most', () => {
    const limit = 800;
    const r = inflateAtMost(BOMB, limit);
    expect(r.ok).toBe(false);
    if (!r.ok && r.why === 'too large') expect(r.inflated).toBeLessThanOrEqual(limit + 264 * 1024);
    else throw new Error(`expected a refusal for size, got ${JSON.stringify(r)}`);
  });

  it('still reads data that fits, and refuses data cut short', () => {
    const data = Uint8Array.from({ length: 5000 }, (_, i) => (i * 7) & 255);
    const packed = deflateSync(data);
    const r = inflateAtMost(packed, data.length);
    expect(r).toEqual({ ok: true, bytes: data });
    expect(inflateAtMost(packed.subarray(0, packed.length - 4), data.length)).toEqual({
      ok: false,
      why: 'corrupt',
    });
  });
});
