import { describe, expect, it } from 'vitest';
// The file the site ships, read by Vite as text (tests/datasets type-check without Node's types).
import text from '../../public/data/digits.csv?raw';
import { DIGITS_URL, loadDigits, parseDigits } from '../../src/datasets';

describe('digits', () => {
  const d = parseDigits(text, { trainRatio: 0.8, seed: 1 });
  const all = [d.train, d.test];

  it('reads all 1797 images of the shipped file, split round(n · trainRatio) / rest', () => {
    expect(d.train.n + d.test.n).toBe(1797);
    expect(d.train.n).toBe(Math.round(1797 * 0.8));
    expect(d.inputs).toBe(64);
    expect(d.train.x.length).toBe(64 * d.train.n);
    expect(d.image).toEqual({ width: 8, height: 8 });
  });

  it('has ten classes, every digit 0–9 present', () => {
    expect(d.classes).toBe(10);
    const seen = new Set(all.flatMap((s) => Array.from(s.labels)));
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('scales pixel counts 0..16 to [0, 1] by /16', () => {
    // One expect over all 115,008 values: an expect per value takes seconds.
    const off = all.flatMap((s) =>
      Array.from(s.x).filter((v) => !(v >= 0 && v <= 1 && Number.isInteger(v * 16))),
    );
    expect(off).toEqual([]);
    const first = parseDigits(text.split('\n')[0], { trainRatio: 1, seed: 1 });
    const raw = text
      .split('\n')[0]
      .split(',')
      .map((v: string) => Number(v));
    expect(Array.from(first.train.x)).toEqual(raw.slice(0, 64).map((v) => v / 16));
    expect(first.train.labels[0]).toBe(raw[64]);
  });

  it('names pixels by row and column from the top left, and cites its source', () => {
    expect(d.featureNames[0]).toBe('pixel r1c1');
    expect(d.featureNames[8 * 2 + 3]).toBe('pixel r3c4');
    expect(d.featureNames[63]).toBe('pixel r8c8');
    expect(d.citation).toBe(
      'Alpaydin, E. & Kaynak, C. (1998). Optical Recognition of Handwritten Digits. UCI Machine Learning Repository. https://doi.org/10.24432/C50P49 (CC BY 4.0)',
    );
  });

  it('loads from a URL relative to the page, through the fetch it is given', async () => {
    expect(DIGITS_URL).toBe('data/digits.csv');
    const asked: string[] = [];
    const l = await loadDigits(
      async (url) => {
        asked.push(url);
        return text;
      },
      { trainRatio: 0.8, seed: 1 },
    );
    expect(asked).toEqual(['data/digits.csv']);
    expect(l).toEqual(d);
  });

  it('refuses a malformed line, naming it', () => {
    expect(() => parseDigits('1,2,3\n', { trainRatio: 0.5, seed: 1 })).toThrow('digits file, line 1');
  });
});
