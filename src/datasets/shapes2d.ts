import { detmath, type Rng } from '../engine';

const { cos, sin } = detmath;

/**
 * Clean (noise-free) point clouds for the 2D toy sets, all inside [-5, 5]² so that noise has room before
 * the plotted square [-6, 6]² ends. Each generator appends x₁, x₂ to xs and a label to labels.
 */
export interface Points {
  xs: number[];
  labels: number[];
}

const TAU = 2 * Math.PI;

/** Uniform in the disc of radius r around the origin (√u makes the density uniform in area). */
function inDisc(rng: Rng, rMin: number, rMax: number): [number, number] {
  const r = Math.sqrt(rMin * rMin + rng.next() * (rMax * rMax - rMin * rMin));
  const t = rng.next() * TAU;
  return [r * cos(t), r * sin(t)];
}

const uniform = (rng: Rng, a: number): number => (2 * rng.next() - 1) * a;

/** Class 1 fills the disc r < 2.5, class 0 the ring 3.5 < r < 5: the boundary is the circle r = 3. */
export function circle(p: Points, n: number, rng: Rng): void {
  for (let i = 0; i < n; i++) {
    const label = i < n / 2 ? 1 : 0;
    const [a, b] = label ? inDisc(rng, 0, 2.5) : inDisc(rng, 3.5, 5);
    p.xs.push(a, b);
    p.labels.push(label);
  }
}

/** Class 1 where x₁·x₂ > 0 (first and third quadrants); points keep 0.3 away from both axes. */
export function xor(p: Points, n: number, rng: Rng): void {
  for (let i = 0; i < n; i++) {
    let a = uniform(rng, 5);
    let b = uniform(rng, 5);
    a += a >= 0 ? 0.3 : -0.3;
    b += b >= 0 ? 0.3 : -0.3;
    p.xs.push(Math.max(-5, Math.min(5, a)), Math.max(-5, Math.min(5, b)));
    p.labels.push(a * b > 0 ? 1 : 0);
  }
}

/** A normal blob of σ = 1 around c, cut at radius 2.5 so the two classes never overlap without noise. */
function blob(rng: Rng, c: number): [number, number] {
  for (;;) {
    const a = rng.normal();
    const b = rng.normal();
    if (a * a + b * b < 2.5 * 2.5) return [c + a, c + b];
  }
}

/** Class 1 around (2.5, 2.5), class 0 around (−2.5, −2.5); the line x₁ + x₂ = 0 separates them. */
export function gaussians(p: Points, n: number, rng: Rng, positiveFraction: number): void {
  const n1 = Math.round(n * positiveFraction);
  for (let i = 0; i < n; i++) {
    const label = i < n1 ? 1 : 0;
    p.xs.push(...blob(rng, label ? 2.5 : -2.5));
    p.labels.push(label);
  }
}

/**
 * Two interleaved arms, r from 0 to 5 over 1¾ turns; class 0 is class 1 turned by π. The classic set that
 * needs several layers of bent boundaries. A clean spiral is a curve, drawn without randomness; noise
 * (added by the caller) scatters it.
 */
export function spiral(p: Points, n: number): void {
  const half = Math.ceil(n / 2);
  for (let i = 0; i < n; i++) {
    const label = i < half ? 1 : 0;
    const k = label ? i : i - half;
    const m = label ? half : n - half;
    const f = m > 1 ? k / (m - 1) : 0;
    const r = 0.2 + 4.8 * f;
    const t = 1.75 * TAU * f + (label ? 0 : Math.PI);
    p.xs.push(r * sin(t), r * cos(t));
    p.labels.push(label);
  }
}

/** Moon centres and radius: arcs of radius 3 whose centres are 3 apart, interlocking as in scikit-learn. */
export const MOONS = { r: 3, upper: [-1.5, -0.75] as const, lower: [1.5, 0.75] as const };

/** Class 1 is the upper arc (angles 0…π around MOONS.upper), class 0 the lower arc (π…2π around MOONS.lower). */
export function moons(p: Points, n: number, rng: Rng): void {
  for (let i = 0; i < n; i++) {
    const label = i < n / 2 ? 1 : 0;
    const t = rng.next() * Math.PI + (label ? 0 : Math.PI);
    const c = label ? MOONS.upper : MOONS.lower;
    p.xs.push(c[0] + MOONS.r * cos(t), c[1] + MOONS.r * sin(t));
    p.labels.push(label);
  }
}

/** Class 1 above the line x₂ = x₁/2 (through the origin), class 0 below; points keep 0.3 from the line. */
export function linear(p: Points, n: number, rng: Rng, positiveFraction: number): void {
  const n1 = Math.round(n * positiveFraction);
  for (let i = 0; i < n; i++) {
    const label = i < n1 ? 1 : 0;
    for (;;) {
      const a = uniform(rng, 5);
      const b = uniform(rng, 5);
      // Signed distance to the line −x₁/2 + x₂ = 0.
      const d = (b - 0.5 * a) / Math.sqrt(1.25);
      if ((label ? d : -d) > 0.3) {
        p.xs.push(a, b);
        p.labels.push(label);
        break;
      }
    }
  }
}

/** Regression targets as functions of a clean point, each within [−1, 1] on [−5, 5]². */
export const TARGETS = {
  plane: (a: number, b: number): number => (a + b) / 10,
  sine: (a: number, _b: number): number => sin((Math.PI * a) / 4),
};

/** Uniform points in [−5, 5]² with target f(x₁, x₂). */
export function regression(p: Points, n: number, rng: Rng, f: (a: number, b: number) => number): void {
  for (let i = 0; i < n; i++) {
    const a = uniform(rng, 5);
    const b = uniform(rng, 5);
    p.xs.push(a, b);
    p.labels.push(f(a, b));
  }
}
