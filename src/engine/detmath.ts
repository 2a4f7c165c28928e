/**
 * Deterministic elementary functions. Math.exp, Math.tanh, Math.log, Math.sin … are not specified to the last
 * bit, and V8 versions (a Node release and a Chromium release) do differ there, so a run seeded the same way
 * drifted apart by an ulp per step between the browser and Node. These use only +, −, ×, ÷, comparisons and
 * exact powers of two, which IEEE 754 makes identical on every engine. Accuracy: within a few ulps of the
 * true value on the ranges a network and the data generators use.
 */

const LN2_HI = 6.9314718036912381649e-1; // ln 2's leading bits: k·LN2_HI is exact for |k| < 2^20
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.442695040888963387;
const SQRT2 = 1.4142135623730951;

/** POW2[k + 1074] = 2^k exactly, for k in [−1074, 1023]. */
const POW2 = (() => {
  const t = new Float64Array(1074 + 1024);
  t[1074] = 1;
  for (let k = 1; k <= 1023; k++) t[1074 + k] = t[1073 + k] * 2;
  for (let k = -1; k >= -1074; k--) t[1074 + k] = t[1075 + k] / 2;
  return t;
})();

/** x · 2^k, for any integer k, by exact power-of-two multiplications. */
function scale2(x: number, k: number): number {
  if (k > 1023) return x * POW2[1074 + 1023] * POW2[1074 + k - 1023];
  if (k < -1022) return x * POW2[1074 - 1022] * POW2[1074 + k + 1022];
  return x * POW2[1074 + k];
}

/**
 * e^x by a 64-entry table: x = (64·k + j)·ln2/64 + r with |r| ≤ ln2/128, e^x = 2^k · 2^(j/64) · e^r, where
 * e^r needs only seven Taylor terms. TABLE[j] = 2^(j/64) is computed once by the slow series (expSlow), so it
 * is the same on every engine. Valid for x in [−708, 709]; callers handle the rest.
 */
const N = 64;
const INV_LN2_N = N / 0.6931471805599453;
const LN2N_HI = LN2_HI / N; // exact: division by a power of two; k·LN2N_HI is exact for |k| < 2^21
const LN2N_LO = LN2_LO / N;

function expCore(x: number): number {
  const kf = Math.floor(x * INV_LN2_N + 0.5);
  const r = x - kf * LN2N_HI - kf * LN2N_LO;
  const j = kf & (N - 1);
  const k = (kf - j) / N;
  const p = 1 + r * (1 + r * (0.5 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120 + r * (1 / 720))))));
  return TABLE[j] * p * POW2[1074 + k];
}

// 1/n! for the Taylor series of e^r − 1 (named so every engine folds them to the same constants).
const E2 = 1 / 2,
  E3 = 1 / 6,
  E4 = 1 / 24,
  E5 = 1 / 120,
  E6 = 1 / 720,
  E7 = 1 / 5040,
  E8 = 1 / 40320;
const E9 = 1 / 362880,
  E10 = 1 / 3628800,
  E11 = 1 / 39916800,
  E12 = 1 / 479001600,
  E13 = 1 / 6227020800;
const E14 = 1 / 87178291200;

/** e^r − 1 for |r| ≤ ln2/2 (Taylor to r^14; the truncation error is below 1e-17 relative). */
function expm1Small(r: number): number {
  return (
    r *
    (1 +
      r *
        (E2 +
          r *
            (E3 +
              r *
                (E4 +
                  r *
                    (E5 +
                      r *
                        (E6 +
                          r *
                            (E7 +
                              r *
                                (E8 +
                                  r * (E9 + r * (E10 + r * (E11 + r * (E12 + r * (E13 + r * E14)))))))))))))
  );
}

export function exp(x: number): number {
  if (x !== x) return NaN;
  if (x > 709.782712893384) return Infinity;
  if (x < -745.1332191019412) return 0;
  if (x > -708 && x < 709) return expCore(x);
  return expSlow(x);
}

/** e^x by one reduction to |r| ≤ ln2/2 and fourteen Taylor terms (builds TABLE; covers the range ends). */
function expSlow(x: number): number {
  const k = Math.floor(x * INV_LN2 + 0.5);
  // Cody–Waite reduction: r = x − k·ln2 in two parts, |r| ≤ ln2/2.
  const r = x - k * LN2_HI - k * LN2_LO;
  const y = 1 + expm1Small(r);
  return k >= -1022 ? y * POW2[1074 + k] : scale2(y, k);
}

const TABLE = Float64Array.from({ length: N }, (_, j) => expSlow((j * LN2_HI) / N + (j * LN2_LO) / N));

export function expm1(x: number): number {
  if (x !== x) return NaN;
  if (x > -0.34657359027997264 && x < 0.34657359027997264) return expm1Small(x);
  if (x < -40) return -1;
  if (x > 40) return exp(x);
  // e^x − 1 = p·2^k + (2^k − 1) with p = e^r − 1: 2^k − 1 is exact, so nothing cancels.
  const k = Math.floor(x * INV_LN2 + 0.5);
  const p2 = POW2[1074 + k];
  return expm1Small(x - k * LN2_HI - k * LN2_LO) * p2 + (p2 - 1);
}

export function tanh(x: number): number {
  if (x !== x) return NaN;
  const a = x < 0 ? -x : x;
  // Beyond 22, 1 − tanh(a) < 2^−53: the double nearest tanh is ±1.
  if (a > 22) return x < 0 ? -1 : 1;
  if (a < 3.725290298461914e-9) return x;
  let y: number;
  if (a < 0.17328679513998632) {
    // tanh a = t / (t + 2) with t = e^{2a} − 1, exact enough near 0 where 1 − 2/(e + 1) would cancel.
    const t = expm1Small(2 * a);
    y = t / (t + 2);
  } else {
    // e^{2a} ≥ √2 here, so e^{2a} − 1 loses at most two bits.
    const t = expCore(2 * a) - 1;
    y = t / (t + 2);
  }
  return x < 0 ? -y : y;
}

/** σ(x) = 1 / (1 + e^−x), split by sign so e^x never overflows. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + exp(-x));
  const e = exp(x);
  return e / (1 + e);
}

const view = new DataView(new ArrayBuffer(8));

export function log(x: number): number {
  if (x !== x || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  let e = 0;
  let m = x;
  if (m < 2.2250738585072014e-308) {
    m *= 18014398509481984; // 2^54: lifts a subnormal into the normal range
    e = -54;
  }
  view.setFloat64(0, m);
  const hi = view.getUint32(0);
  e += ((hi >>> 20) & 0x7ff) - 1023;
  // Same mantissa with exponent 0: m in [1, 2), then into [√½, √2).
  view.setUint32(0, (hi & 0x800fffff) | 0x3ff00000);
  m = view.getFloat64(0);
  if (m > SQRT2) {
    m /= 2;
    e += 1;
  }
  // log m = 2·atanh(s), s = (m − 1)/(m + 1), |s| ≤ 0.1716: the odd series to s^23.
  const f = m - 1;
  const s = f / (2 + f);
  const s2 = s * s;
  let p = 1 / 23;
  p = p * s2 + 1 / 21;
  p = p * s2 + 1 / 19;
  p = p * s2 + 1 / 17;
  p = p * s2 + 1 / 15;
  p = p * s2 + 1 / 13;
  p = p * s2 + 1 / 11;
  p = p * s2 + 1 / 9;
  p = p * s2 + 1 / 7;
  p = p * s2 + 1 / 5;
  p = p * s2 + 1 / 3;
  p = p * s2 + 1;
  const logm = 2 * s * p;
  return e * LN2_HI + (logm + e * LN2_LO);
}

/** log(1 + x), accurate for tiny x (the classic u = 1 + x correction). */
export function log1p(x: number): number {
  if (x !== x || x < -1) return NaN;
  if (x === -1) return -Infinity;
  if (x === Infinity) return Infinity;
  const u = 1 + x;
  if (u === 1) return x;
  return (log(u) * x) / (u - 1);
}

// π/2 in three parts (fdlibm's pio2_1, pio2_2, pio2_3): n·P1 and n·P2 are exact for |n| < 2^20.
const PIO2_1 = 1.57079632673412561417;
const PIO2_2 = 6.0771005063039659766e-11;
const PIO2_3 = 2.0222662487111664558e-21;
const TWO_OVER_PI = 6.36619772367581382433e-1;

function sinSmall(r: number): number {
  const r2 = r * r;
  let p = -1 / 121645100408832000; // −1/19!
  p = p * r2 + 1 / 355687428096000;
  p = p * r2 - 1 / 1307674368000;
  p = p * r2 + 1 / 6227020800;
  p = p * r2 - 1 / 39916800;
  p = p * r2 + 1 / 362880;
  p = p * r2 - 1 / 5040;
  p = p * r2 + 1 / 120;
  p = p * r2 - 1 / 6;
  return r + r * r2 * p;
}

function cosSmall(r: number): number {
  const r2 = r * r;
  let p = 1 / 6402373705728000; // 1/18!
  p = p * r2 - 1 / 20922789888000;
  p = p * r2 + 1 / 87178291200;
  p = p * r2 - 1 / 479001600;
  p = p * r2 + 1 / 3628800;
  p = p * r2 - 1 / 40320;
  p = p * r2 + 1 / 720;
  p = p * r2 - 1 / 24;
  p = p * r2 + 1 / 2;
  return 1 - r2 * p;
}

/** sin or cos through one reduction to |r| ≤ π/4 and the quadrant. */
function trig(x: number, cos: boolean): number {
  if (x !== x || x === Infinity || x === -Infinity) return NaN;
  if (x === 0 && !cos) return x;
  const n = Math.round(x * TWO_OVER_PI);
  const r = x - n * PIO2_1 - n * PIO2_2 - n * PIO2_3;
  const q = (((n % 4) + 4) % 4) + (cos ? 1 : 0);
  switch (q % 4) {
    case 0:
      return sinSmall(r);
    case 1:
      return cosSmall(r);
    case 2:
      return -sinSmall(r);
    default:
      return -cosSmall(r);
  }
}

export const sin = (x: number): number => trig(x, false);
export const cos = (x: number): number => trig(x, true);
