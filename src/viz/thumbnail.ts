import { rgb } from 'd3-color';
import { NEGATIVE, POSITIVE, divergingColor } from './colors';

const NEG = rgb(NEGATIVE);
const POS = rgb(POSITIVE);

/**
 * A size × size RGBA picture of a 2D data set: white ground, each point a 2 × 2 dot in its class colour
 * (regression: the value on the diverging scale). Pure, so a thumbnail is the same bytes every time.
 */
export function thumbnailPixels(
  x: ArrayLike<number>,
  labels: ArrayLike<number>,
  domain: [number, number],
  size: number,
  regression: boolean,
): Uint8ClampedArray {
  const px = new Uint8ClampedArray(size * size * 4).fill(255);
  const [lo, hi] = domain;
  let lmax = 0;
  if (regression) for (let i = 0; i < labels.length; i++) lmax = Math.max(lmax, Math.abs(labels[i]));
  for (let i = 0; i < labels.length; i++) {
    const c = Math.floor(((x[2 * i] - lo) / (hi - lo)) * (size - 1));
    const r = Math.floor(((hi - x[2 * i + 1]) / (hi - lo)) * (size - 1));
    const col = regression ? rgb(divergingColor(labels[i] / (lmax || 1))) : labels[i] > 0 ? POS : NEG;
    for (let dr = 0; dr < 2; dr++)
      for (let dc = 0; dc < 2; dc++) {
        const rr = r + dr,
          cc = c + dc;
        if (rr < 0 || cc < 0 || rr >= size || cc >= size) continue;
        const o = (rr * size + cc) * 4;
        px[o] = col.r;
        px[o + 1] = col.g;
        px[o + 2] = col.b;
      }
  }
  return px;
}
