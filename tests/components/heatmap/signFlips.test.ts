import { act } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetStore, useStore } from '../../../src/store';

beforeEach(() => resetStore());

describe('the sign-flip counter', () => {
  it('counts each strictly-positive ↔ strictly-negative change between steps, against a copy kept by hand', () => {
    const s = () => useStore.getState();
    let prev = s().mlp.layers.map((l) => l.weights.slice());
    const expected = s().mlp.layers.map((l) => new Uint32Array(l.weights.length));
    let calls = 0;
    const off = useStore.subscribe((n, p) => n.flipVersion !== p.flipVersion && calls++);
    act(() => s().setConfig({ lr: 3 }));
    for (let k = 0; k < 30; k++) {
      act(() => s().stepBatch());
      s().mlp.layers.forEach((l, li) =>
        l.weights.forEach((w, i) => {
          const a = prev[li][i];
          if ((a > 0 && w < 0) || (a < 0 && w > 0)) expected[li][i]++;
        }),
      );
      prev = s().mlp.layers.map((l) => l.weights.slice());
    }
    off();
    expect(calls).toBeGreaterThanOrEqual(30);
    s()
      .flipCounts()
      .forEach((c, l) => expect([...c]).toEqual([...expected[l]]));
    expect(expected.some((c) => c.some((x) => x > 0))).toBe(true);
  });

  it('does not count hand edits, and starts again at 0 when the network is rebuilt', () => {
    const s = () => useStore.getState();
    act(() =>
      s().editWeights('flip all', (m) =>
        m.layers.forEach((l) => l.weights.forEach((w, i) => (l.weights[i] = -w))),
      ),
    );
    expect(
      s()
        .flipCounts()
        .every((c) => c.every((x) => x === 0)),
    ).toBe(true);
    act(() => s().setConfig({ lr: 3 }));
    for (let k = 0; k < 10; k++) act(() => s().stepBatch());
    act(() => s().reset());
    expect(
      s()
        .flipCounts()
        .every((c) => c.every((x) => x === 0)),
    ).toBe(true);
    expect(s().biasFlipCounts()).toHaveLength(s().mlp.layers.length);
  });
});
