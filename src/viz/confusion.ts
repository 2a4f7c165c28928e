/** Argmax of each row of an n × k output block (k = 1: the sign / 0.5 threshold is the caller's). */
export function argmaxRows(out: ArrayLike<number>, n: number, k: number): Int32Array {
  const p = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let best = 0;
    for (let j = 1; j < k; j++) if (out[i * k + j] > out[i * k + best]) best = j;
    p[i] = best;
  }
  return p;
}

/** counts[t * k + p]: samples of true class t predicted as p. Pure. */
export function confusionMatrix(
  truth: ArrayLike<number>,
  predicted: ArrayLike<number>,
  k: number,
): Int32Array {
  const m = new Int32Array(k * k);
  for (let i = 0; i < truth.length; i++) m[truth[i] * k + predicted[i]]++;
  return m;
}

/** Indices of the first `limit` samples whose prediction is wrong. */
export function misclassified(
  truth: ArrayLike<number>,
  predicted: ArrayLike<number>,
  limit: number,
): number[] {
  const out: number[] = [];
  for (let i = 0; i < truth.length && out.length < limit; i++) if (truth[i] !== predicted[i]) out.push(i);
  return out;
}

/** An image sample as greyscale RGBA bytes: 0 white, max black (ink on paper). Pure. */
export function digitPixels(values: ArrayLike<number>, max: number): Uint8ClampedArray {
  const px = new Uint8ClampedArray(values.length * 4);
  for (let i = 0; i < values.length; i++) {
    const g = Math.round(255 * (1 - Math.max(0, Math.min(1, values[i] / (max || 1)))));
    px[i * 4] = px[i * 4 + 1] = px[i * 4 + 2] = g;
    px[i * 4 + 3] = 255;
  }
  return px;
}
