import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addTrainPoint, generate2d, isToy2dId, TOY_2D, type Toy2dId } from '../../src/datasets';
import type { Dataset } from '../../src/datasets/types';

const IDS = TOY_2D.map((t) => t.id);
const CLASSIFIERS = TOY_2D.filter((t) => t.kind === 'classification').map((t) => t.id);
const base = { n: 200, noise: 0, trainRatio: 0.7, seed: 1 };

/** Every sample of both splits as [x₁, x₂, label]. */
function samples(d: Dataset): [number, number, number][] {
  return [d.train, d.test].flatMap((s) =>
    Array.from({ length: s.n }, (_, i): [number, number, number] => [
      s.x[2 * i],
      s.x[2 * i + 1],
      s.labels[i],
    ]),
  );
}

describe('generate2d', () => {
  it.each(IDS)('%s: the same seed gives the same points, another seed other points', (id) => {
    const a = generate2d(id, { ...base, noise: 0.1 });
    const b = generate2d(id, { ...base, noise: 0.1 });
    const c = generate2d(id, { ...base, noise: 0.1, seed: 2 });
    expect(b.train.x).toEqual(a.train.x);
    expect(b.train.labels).toEqual(a.train.labels);
    expect(b.test.x).toEqual(a.test.x);
    expect(c.train.x).not.toEqual(a.train.x);
  });

  it.each(IDS)('%s: describes itself as a 2D set on [-6, 6] with inputs x₁, x₂', (id) => {
    const d = generate2d(id, base);
    expect(d.id).toBe(id);
    expect(d.inputs).toBe(2);
    expect(d.featureNames).toEqual(['x₁', 'x₂']);
    expect(d.domain).toEqual([-6, 6]);
    const regression = id === 'plane' || id === 'sine';
    expect(d.kind).toBe(regression ? 'regression' : 'classification');
    expect(d.classes).toBe(regression ? 0 : 2);
    if (!regression) expect(d.classNames).toHaveLength(2);
  });

  it('splits n points into exactly round(n · trainRatio) train and the rest test, for any n and ratio', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...IDS),
        fc.integer({ min: 0, max: 300 }),
        fc.double({ min: 0.1, max: 0.9, noNaN: true }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        (id, n, trainRatio, seed) => {
          const d = generate2d(id, { n, noise: 0.2, trainRatio, seed });
          const nTrain = Math.round(n * trainRatio);
          expect(d.train.n).toBe(nTrain);
          expect(d.test.n).toBe(n - nTrain);
          expect(d.train.x.length).toBe(2 * nTrain);
          expect(d.test.labels.length).toBe(n - nTrain);
        },
      ),
      { seed: 42, numRuns: 60 },
    );
  });

  it('labels classification points 0 or 1 and keeps clean points inside the domain, for any seed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...IDS), fc.integer({ min: 0, max: 2 ** 31 }), (id, seed) => {
        const d = generate2d(id, { ...base, seed });
        for (const [a, b, y] of samples(d)) {
          expect(Math.abs(a)).toBeLessThanOrEqual(6);
          expect(Math.abs(b)).toBeLessThanOrEqual(6);
          if (d.kind === 'classification') expect([0, 1]).toContain(y);
          else expect(Math.abs(y)).toBeLessThanOrEqual(1);
        }
      }),
      { seed: 42, numRuns: 40 },
    );
  });

  it.each(CLASSIFIERS)(
    '%s: noise moves points by at most a few σ (σ = noise × 3) and never changes labels',
    (id) => {
      const clean = generate2d(id, { ...base, n: 500 });
      const noisy = generate2d(id, { ...base, n: 500, noise: 0.2 });
      // 0.2 × 3 = σ 0.6; 6σ beyond the clean extent of 5 is never reached by 1000 normal draws in practice.
      for (const [a, b] of samples(noisy))
        expect(Math.max(Math.abs(a), Math.abs(b))).toBeLessThan(5 + 6 * 0.6);
      const count = (d: Dataset) => samples(d).filter((s) => s[2] === 1).length;
      expect(count(noisy)).toBe(count(clean));
    },
  );

  it('splits both classes roughly evenly by default', () => {
    for (const id of CLASSIFIERS) {
      const ones = samples(generate2d(id, { ...base, n: 400 })).filter((s) => s[2] === 1).length;
      expect(ones).toBeGreaterThanOrEqual(180);
      expect(ones).toBeLessThanOrEqual(220);
    }
  });
});

describe('clean 2D sets are separated where the picture says', () => {
  const clean = (id: Toy2dId) => samples(generate2d(id, { ...base, n: 400, seed: 9 }));

  it('circle: class 1 lies inside radius 3, class 0 outside', () => {
    for (const [a, b, y] of clean('circle')) expect(y).toBe(Math.hypot(a, b) < 3 ? 1 : 0);
  });

  it('xor: class 1 exactly where x₁ and x₂ have the same sign', () => {
    for (const [a, b, y] of clean('xor')) expect(y).toBe(a * b > 0 ? 1 : 0);
  });

  it('gaussians: class 1 lies where x₁ + x₂ > 0', () => {
    for (const [a, b, y] of clean('gaussians')) expect(y).toBe(a + b > 0 ? 1 : 0);
  });

  it('linear: class 1 lies above the line x₂ = x₁ / 2', () => {
    for (const [a, b, y] of clean('linear')) expect(y).toBe(b > a / 2 ? 1 : 0);
  });

  it('moons: class 1 lies on the upper half of the circle r = 3 around (−1.5, −0.75), class 0 on the lower half around (1.5, 0.75)', () => {
    for (const [a, b, y] of clean('moons')) {
      // scikit-learn's make_moons scaled by 3 and centred on the origin.
      const c = y ? [-1.5, -0.75] : [1.5, 0.75];
      expect(Math.hypot(a - c[0], b - c[1])).toBeCloseTo(3, 9);
      expect(y ? b >= c[1] - 1e-9 : b <= c[1] + 1e-9).toBe(true);
    }
  });

  it('spiral: the two arms are each other turned by π (class 0 at −p wherever class 1 is at p)', () => {
    const pts = clean('spiral');
    const ones = pts.filter((s) => s[2] === 1);
    const zeros = pts.filter((s) => s[2] === 0);
    for (const [a, b] of ones) expect(zeros.some(([c, d]) => Math.hypot(a + c, b + d) < 1e-9)).toBe(true);
  });

  it('plane: the target is (x₁ + x₂) / 10', () => {
    for (const [a, b, y] of clean('plane')) expect(y).toBeCloseTo((a + b) / 10, 12);
  });

  it('sine: the target is sin(π x₁ / 4)', () => {
    for (const [a, , y] of clean('sine')) expect(y).toBeCloseTo(Math.sin((Math.PI * a) / 4), 12);
  });
});

describe('variants for the lesson on biases', () => {
  it('shift moves every point by (dx, dy) and keeps its label', () => {
    const a = samples(generate2d('gaussians', { ...base, noise: 0.1 }));
    const b = samples(generate2d('gaussians', { ...base, noise: 0.1, shift: [2, -1] }));
    a.forEach(([x1, x2, y], i) => {
      expect(b[i][0]).toBeCloseTo(x1 + 2, 12);
      expect(b[i][1]).toBeCloseTo(x2 - 1, 12);
      expect(b[i][2]).toBe(y);
    });
  });

  it.each(['gaussians', 'linear'] as const)(
    '%s: positiveFraction sets the share of class 1 exactly',
    (id) => {
      const d = generate2d(id, { ...base, n: 300, positiveFraction: 0.1 });
      expect(samples(d).filter((s) => s[2] === 1)).toHaveLength(30);
    },
  );
});

describe('addTrainPoint', () => {
  it('returns a new set with the point appended to train and leaves the original untouched', () => {
    const d = generate2d('circle', base);
    const before = d.train.x.slice();
    const e = addTrainPoint(d, [1.5, -2], 1);
    expect(e.train.n).toBe(d.train.n + 1);
    expect(Array.from(e.train.x.slice(-2))).toEqual([1.5, -2]);
    expect(e.train.labels[d.train.n]).toBe(1);
    expect(e.train.x.subarray(0, before.length)).toEqual(before);
    expect(e.test).toBe(d.test);
    expect(d.train.n).toBe(140);
    expect(d.train.x).toEqual(before);
  });

  it('refuses a point with the wrong number of values', () => {
    expect(() => addTrainPoint(generate2d('xor', base), [1], 0)).toThrow('a point needs 2 values, got 1');
  });
});

it('isToy2dId accepts the menu ids only', () => {
  expect(IDS.every(isToy2dId)).toBe(true);
  expect(isToy2dId('digits')).toBe(false);
});
