import { describe, expect, it } from 'vitest';
import { bagOfWords, WORD_SENTENCES, WORD_VOCABULARY, wordsDataset } from '../../src/datasets';

describe('words data set', () => {
  it('holds 80 to 120 sentences, each labelled 0 or 1, about as many of each', () => {
    expect(WORD_SENTENCES.length).toBeGreaterThanOrEqual(80);
    expect(WORD_SENTENCES.length).toBeLessThanOrEqual(120);
    const pos = WORD_SENTENCES.filter((s) => s.label === 1).length;
    expect(Math.abs(2 * pos - WORD_SENTENCES.length)).toBeLessThanOrEqual(4);
  });

  it('has 16 to 24 words as features, named by the words', () => {
    const d = wordsDataset({ trainRatio: 0.75, seed: 1 });
    expect(WORD_VOCABULARY.length).toBeGreaterThanOrEqual(16);
    expect(WORD_VOCABULARY.length).toBeLessThanOrEqual(24);
    expect(d.featureNames).toEqual([...WORD_VOCABULARY]);
    expect(d.inputs).toBe(WORD_VOCABULARY.length);
    expect(d.classes).toBe(2);
    expect(d.train.n + d.test.n).toBe(WORD_SENTENCES.length);
    expect(d.train.n).toBe(Math.round(WORD_SENTENCES.length * 0.75));
  });

  it('counts each vocabulary word, ignoring case, punctuation and other words', () => {
    const v = bagOfWords('Not good, NOT good at all... good!');
    const at = (w: string) => v[WORD_VOCABULARY.indexOf(w as (typeof WORD_VOCABULARY)[number])];
    expect(at('not')).toBe(2);
    expect(at('good')).toBe(3);
    expect(v.reduce((s, c) => s + c, 0)).toBe(5);
  });

  it('gives every sentence at least one vocabulary word', () => {
    for (const s of WORD_SENTENCES) expect(bagOfWords(s.text).some((c) => c > 0)).toBe(true);
  });

  it("uses 'not' in both classes, so its weight is learned from context", () => {
    const withNot = WORD_SENTENCES.filter((s) => bagOfWords(s.text)[WORD_VOCABULARY.indexOf('not')] > 0);
    expect(withNot.some((s) => s.label === 1)).toBe(true);
    expect(withNot.some((s) => s.label === 0)).toBe(true);
  });

  it('has no sentence twice', () => {
    expect(new Set(WORD_SENTENCES.map((s) => s.text.toLowerCase())).size).toBe(WORD_SENTENCES.length);
  });

  it('is the same for the same seed', () => {
    expect(wordsDataset({ trainRatio: 0.7, seed: 3 })).toEqual(wordsDataset({ trainRatio: 0.7, seed: 3 }));
  });
});
