import { describe, expect, it } from 'vitest';
import { argmaxRows, confusionMatrix, digitPixels, misclassified } from '../../src/viz/confusion';

describe('confusion matrix', () => {
  it('counts each true class against each predicted class', () => {
    const truth = [0, 0, 1, 2, 2, 2];
    const pred = [0, 1, 1, 2, 0, 2];
    expect(Array.from(confusionMatrix(truth, pred, 3))).toEqual([1, 1, 0, 0, 1, 0, 1, 0, 2]);
    expect(misclassified(truth, pred, 10)).toEqual([1, 4]);
    expect(misclassified(truth, pred, 1)).toEqual([1]);
  });

  it('predicts the largest output of each row', () => {
    expect(Array.from(argmaxRows([0.1, 0.7, 0.2, 0.5, 0.2, 0.3], 2, 3))).toEqual([1, 0]);
  });

  it('draws image samples as ink on paper', () => {
    expect(Array.from(digitPixels([0, 16, 8], 16))).toEqual([
      255, 255, 255, 255, 0, 0, 0, 255, 128, 128, 128, 255,
    ]);
  });
});
