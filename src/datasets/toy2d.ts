import { createRng } from '../engine';
import * as shapes from './shapes2d';
import { splitSamples } from './split';
import type { Dataset, Generate2dOptions } from './types';

/** The 2D toy sets, in the order a menu offers them. */
export const TOY_2D = [
  { id: 'circle', title: 'Circle', kind: 'classification' },
  { id: 'xor', title: 'XOR', kind: 'classification' },
  { id: 'gaussians', title: 'Two Gaussians', kind: 'classification' },
  { id: 'spiral', title: 'Spiral', kind: 'classification' },
  { id: 'moons', title: 'Two moons', kind: 'classification' },
  { id: 'linear', title: 'Linear', kind: 'classification' },
  { id: 'plane', title: 'Plane (regression)', kind: 'regression' },
  { id: 'sine', title: 'Sine (regression)', kind: 'regression' },
] as const;
export type Toy2dId = (typeof TOY_2D)[number]['id'];

export const DOMAIN_2D: [number, number] = [-6, 6];
const HALF_WIDTH = 6;
export const FEATURES_2D = ['x₁', 'x₂'];
/** Class 0 is drawn orange and read as negative, class 1 blue and positive (TensorFlow Playground's colours). */
export const CLASS_NAMES_2D = ['orange (−)', 'blue (+)'];

export function isToy2dId(x: unknown): x is Toy2dId {
  return typeof x === 'string' && TOY_2D.some((t) => t.id === x);
}

/**
 * A 2D toy set, the same for the same options. Noise: each input coordinate of a classification set moves by
 * a normal draw with σ = noise × half-width / 2 (so noise 0.5 gives σ = 1.5), and its label stays that of the
 * clean point; a regression set keeps its points and adds a normal draw with σ = noise / 2 to the target,
 * the same fraction of the targets' half-range. Then everything moves by opts.shift, if given.
 */
export function generate2d(id: Toy2dId, opts: Generate2dOptions): Dataset {
  const rng = createRng(opts.seed);
  const n = Math.max(0, Math.floor(opts.n));
  const p: shapes.Points = { xs: [], labels: [] };
  const frac = Math.min(1, Math.max(0, opts.positiveFraction ?? 0.5));
  let regression = false;
  switch (id) {
    case 'circle':
      shapes.circle(p, n, rng);
      break;
    case 'xor':
      shapes.xor(p, n, rng);
      break;
    case 'gaussians':
      shapes.gaussians(p, n, rng, frac);
      break;
    case 'spiral':
      shapes.spiral(p, n);
      break;
    case 'moons':
      shapes.moons(p, n, rng);
      break;
    case 'linear':
      shapes.linear(p, n, rng, frac);
      break;
    case 'plane':
    case 'sine':
      shapes.regression(p, n, rng, shapes.TARGETS[id]);
      regression = true;
      break;
  }
  const noise = Math.max(0, opts.noise);
  const [dx, dy] = opts.shift ?? [0, 0];
  for (let i = 0; i < n; i++) {
    if (noise > 0) {
      if (regression) p.labels[i] += (noise / 2) * rng.normal();
      else {
        p.xs[2 * i] += ((noise * HALF_WIDTH) / 2) * rng.normal();
        p.xs[2 * i + 1] += ((noise * HALF_WIDTH) / 2) * rng.normal();
      }
    }
    p.xs[2 * i] += dx;
    p.xs[2 * i + 1] += dy;
  }
  const { train, test } = splitSamples(p.xs, p.labels, 2, opts.trainRatio, rng);
  const meta = TOY_2D.find((t) => t.id === id)!;
  return {
    id,
    title: meta.title,
    kind: regression ? 'regression' : 'classification',
    inputs: 2,
    classes: regression ? 0 : 2,
    featureNames: [...FEATURES_2D],
    ...(regression ? {} : { classNames: [...CLASS_NAMES_2D] }),
    train,
    test,
    domain: [DOMAIN_2D[0], DOMAIN_2D[1]],
  };
}
