import { createRng } from '../engine';
import { splitSamples } from './split';
import type { Dataset } from './types';

/** Relative to the page (no leading slash), so the site works from any sub-path. */
export const DIGITS_URL = 'data/digits.csv';

export const DIGITS_CITATION =
  'Alpaydin, E. & Kaynak, C. (1998). Optical Recognition of Handwritten Digits. UCI Machine Learning Repository. https://doi.org/10.24432/C50P49 (CC BY 4.0)';

const SIDE = 8;
const PIXELS = SIDE * SIDE;
/** Each pixel counts the set pixels of a 4 × 4 block of the original bitmap: 0 … 16. */
const MAX_COUNT = 16;

export interface DigitsOptions {
  trainRatio: number;
  seed: number;
}

/** 'pixel r1c1' (top left) … 'pixel r8c8' (bottom right), rows and columns counted from 1. */
export const DIGIT_FEATURES = Array.from(
  { length: PIXELS },
  (_, i) => `pixel r${Math.floor(i / SIDE) + 1}c${(i % SIDE) + 1}`,
);

/**
 * The 8 × 8 digits from public/data/digits.csv: 65 integers a line (64 pixels row-major, then the digit),
 * no header. Pixels are scaled to [0, 1] by /16 so a first layer's weights start on the same scale as for
 * the 2D sets. Throws on a malformed line: the file ships with the site, so that is a build error.
 */
export function parseDigits(text: string, opts: DigitsOptions): Dataset {
  const xs: number[] = [];
  const labels: number[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  for (let li = 0; li < lines.length; li++) {
    if (lines[li].trim() === '') continue;
    const v = lines[li].split(',').map(Number);
    const bad = v.length !== PIXELS + 1 || v.some((p) => !Number.isInteger(p) || p < 0 || p > MAX_COUNT);
    if (bad || v[PIXELS] > 9)
      throw new Error(`digits file, line ${li + 1}: expected 64 pixels 0..16 and a digit`);
    for (let j = 0; j < PIXELS; j++) xs.push(v[j] / MAX_COUNT);
    labels.push(v[PIXELS]);
  }
  const { train, test } = splitSamples(xs, labels, PIXELS, opts.trainRatio, createRng(opts.seed));
  return {
    id: 'digits',
    title: 'Handwritten digits (8×8)',
    kind: 'classification',
    inputs: PIXELS,
    classes: 10,
    featureNames: [...DIGIT_FEATURES],
    classNames: Array.from({ length: 10 }, (_, d) => String(d)),
    train,
    test,
    image: { width: SIDE, height: SIDE },
    citation: DIGITS_CITATION,
  };
}

/** Fetches and parses the digits; fetchText is injected so tests and Node can read the file their own way. */
export async function loadDigits(
  fetchText: (url: string) => Promise<string>,
  opts: DigitsOptions,
  url = DIGITS_URL,
): Promise<Dataset> {
  return parseDigits(await fetchText(url), opts);
}
