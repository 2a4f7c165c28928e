import { describe, expect, it } from 'vitest';
import { createMlp, createRng } from '../../src/engine';
import {
  applyWeights,
  fromBase64url,
  packWeights,
  paramCount,
  toBase64url,
  unpackWeights,
} from '../../src/url';

const net = (seed: number) =>
  createMlp(
    {
      inputs: 2,
      layers: [
        { units: 8, activation: 'tanh' },
        { units: 1, activation: 'tanh' },
      ],
      init: { kind: 'xavier_uniform' },
    },
    createRng(seed),
  );

describe('weights in a link', () => {
  it('base64url round-trips every byte length', () => {
    for (let n = 0; n < 40; n++) {
      const b = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 255);
      expect(fromBase64url(toBase64url(b))).toEqual(b);
    }
    expect(fromBase64url('a+b/')).toBeNull();
  });

  it('packed weights come back bit for bit (Float64, not rounded)', () => {
    const a = net(1);
    a.layers[0].weights[3] = 0.1 + 0.2;
    a.layers[1].biases[0] = -1e-300;
    const r = unpackWeights(packWeights(a), paramCount(a));
    expect(r.ok).toBe(true);
    const b = net(2);
    applyWeights(b, (r as { values: Float64Array }).values);
    b.layers.forEach((l, i) => {
      expect(Array.from(l.weights)).toEqual(Array.from(a.layers[i].weights));
      expect(Array.from(l.biases)).toEqual(Array.from(a.layers[i].biases));
    });
  });

  it('refuses weights for a network of another size, or text that is not packed weights', () => {
    const p = packWeights(net(1));
    expect(unpackWeights(p, 5)).toEqual({
      ok: false,
      error: 'holds more than the 5 numbers the network has',
    });
    expect(unpackWeights('abcd', 33).ok).toBe(false);
    expect(unpackWeights('!!', 33)).toEqual({ ok: false, error: 'not base64url text' });
  });
});
