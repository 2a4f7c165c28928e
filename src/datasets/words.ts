import { createRng } from '../engine';
import { splitSamples } from './split';
import type { Dataset } from './types';
import { WORD_SENTENCES } from './wordSentences';

export { WORD_SENTENCES };

/**
 * The words the network sees, one input each: eight that praise, eight that complain, and five that only
 * mean something next to others ('not', 'never', 'but') or nothing at all ('very', 'plot'). Every other
 * word of a sentence is ignored.
 */
export const WORD_VOCABULARY = [
  'great',
  'good',
  'love',
  'fun',
  'brilliant',
  'best',
  'recommend',
  'enjoyed',
  'bad',
  'awful',
  'hate',
  'boring',
  'dull',
  'worst',
  'waste',
  'terrible',
  'not',
  'never',
  'but',
  'very',
  'plot',
] as const;

/** How often each vocabulary word occurs in text (case and punctuation ignored): a bag of words. */
export function bagOfWords(text: string): Float64Array {
  const counts = new Float64Array(WORD_VOCABULARY.length);
  for (const token of text.toLowerCase().split(/[^a-z]+/)) {
    const k = (WORD_VOCABULARY as readonly string[]).indexOf(token);
    if (k >= 0) counts[k]++;
  }
  return counts;
}

export interface WordsOptions {
  trainRatio: number;
  seed: number;
}

/** The sentences as word counts with their sentiment (1 positive, 0 negative), shuffled and split. */
export function wordsDataset(opts: WordsOptions): Dataset {
  const inputs = WORD_VOCABULARY.length;
  const x = new Float64Array(WORD_SENTENCES.length * inputs);
  WORD_SENTENCES.forEach((s, i) => x.set(bagOfWords(s.text), i * inputs));
  const labels = WORD_SENTENCES.map((s) => s.label);
  const { train, test } = splitSamples(x, labels, inputs, opts.trainRatio, createRng(opts.seed));
  return {
    id: 'words',
    title: 'Words (sentiment)',
    kind: 'classification',
    inputs,
    classes: 2,
    featureNames: [...WORD_VOCABULARY],
    classNames: ['negative', 'positive'],
    train,
    test,
    citation: 'Sentences written for Weightscope; no outside source.',
  };
}
