import { inflateSync } from 'fflate';
import { createRng } from '../engine';
import { MNIST_CITATION } from './mnistSource';
import { splitSamples } from './split';
import type { Dataset } from './types';

export { MNIST_CITATION, MNIST_URL } from './mnistSource';

export const MNIST_SIDE = 28;
const PIXELS = MNIST_SIDE * MNIST_SIDE;
/** A stored image: its digit, then its 784 pixel bytes. */
const RECORD = 1 + PIXELS;
const HEADER = /^weightscope-mnist 1 images=(\d+) side=28 bytes=(\d+) deflate-raw base64$/;

export interface MnistOptions {
  trainRatio: number;
  seed: number;
}

/** 'pixel r1c1' (top left) … 'pixel r28c28' (bottom right), rows and columns counted from 1. */
export const MNIST_FEATURES = Array.from(
  { length: PIXELS },
  (_, i) => `pixel r${Math.floor(i / MNIST_SIDE) + 1}c${(i % MNIST_SIDE) + 1}`,
);

function fail(why: string): never {
  throw new Error(`MNIST file: ${why}`);
}

function base64Bytes(text: string): Uint8Array {
  let bin: string;
  try {
    bin = atob(text);
  } catch {
    fail('the second line is not base64');
  }
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/**
 * The MNIST digits of public/data/mnist.txt: a header line, then base64 of raw-deflated records of 785 bytes
 * (the digit, then 784 pixel bytes, row-major 28×28). Pixels are scaled to [0, 1] by /255, as the package
 * `mnist` gives them. The split is the digits' one: shuffled with the data seed, round(n · trainRatio) to
 * train. Throws on a malformed file: the file ships with the site, so that is a build error.
 */
export function parseMnist(text: string, opts: MnistOptions): Dataset {
  const nl = text.indexOf('\n');
  const head = HEADER.exec(nl < 0 ? text : text.slice(0, nl));
  if (!head) fail('the first line is not a weightscope-mnist 1 header');
  const n = Number(head[1]);
  const size = Number(head[2]);
  if (size !== n * RECORD) fail(`${size} bytes is not ${n} images of ${RECORD} bytes`);
  const packed = base64Bytes(text.slice(nl + 1).trim());
  let raw: Uint8Array;
  try {
    raw = inflateSync(packed, { out: new Uint8Array(size) });
  } catch {
    fail('the data does not inflate');
  }
  if (raw.length !== size) fail(`inflates to ${raw.length} bytes, expected ${size}`);
  const pixels = new Uint8Array(n * PIXELS);
  const labels = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const digit = raw[i * RECORD];
    if (digit > 9) fail(`image ${i + 1} has digit ${digit}`);
    labels[i] = digit;
    pixels.set(raw.subarray(i * RECORD + 1, (i + 1) * RECORD), i * PIXELS);
  }
  // Split the bytes, then scale in place: one Float64Array of 7.8 million values is made, not two.
  const { train, test } = splitSamples(pixels, labels, PIXELS, opts.trainRatio, createRng(opts.seed));
  for (const s of [train, test]) for (let i = 0; i < s.x.length; i++) s.x[i] /= 255;
  return {
    id: 'mnist',
    title: 'MNIST (28×28 handwritten digits)',
    kind: 'classification',
    inputs: PIXELS,
    classes: 10,
    featureNames: [...MNIST_FEATURES],
    classNames: Array.from({ length: 10 }, (_, d) => String(d)),
    train,
    test,
    image: { width: MNIST_SIDE, height: MNIST_SIDE },
    citation: MNIST_CITATION,
  };
}
