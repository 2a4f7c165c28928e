import { describe, expect, it } from 'vitest';
import { LR_CHOICES } from '../../src/components/controls/validate';
import { checkConfig, DEFAULT_CONFIG, normaliseConfig, type Config } from '../../src/domain/config';
import {
  hiddenProblem,
  NUMBER_SETTINGS,
  numberProblem,
  readSetting,
  type NumberKey,
} from '../../src/domain/settings';
import { LESSONS } from '../../src/lessons';
import { refusedTexts } from './limitCases';

const KEYS = Object.keys(NUMBER_SETTINGS) as NumberKey[];
const refusal = (c: Partial<Config>) => {
  const r = checkConfig({ ...DEFAULT_CONFIG, ...c });
  return r.ok ? null : r.error;
};

describe('the settings table', () => {
  it('says what is allowed and what was given, in one sentence', () => {
    expect(readSetting(NUMBER_SETTINGS.lr, '50')).toEqual({
      ok: false,
      message: 'learning rate must be between 0.000001 and 10; got 50',
    });
    expect(readSetting(NUMBER_SETTINGS.batchSize, '2.5')).toEqual({
      ok: false,
      message: 'batch size must be a whole number between 1 and 512; got 2.5',
    });
    expect(readSetting(NUMBER_SETTINGS.lr, '0x5')).toEqual({
      ok: false,
      message: "learning rate must be a number between 0.000001 and 10; got '0x5'",
    });
    expect(readSetting(NUMBER_SETTINGS.momentum, '')).toEqual({
      ok: false,
      message: 'momentum must be a number between 0 and 0.999; got nothing',
    });
  });

  it.each(KEYS)('%s: accepts its bounds and refuses every text just outside them', (key) => {
    const s = NUMBER_SETTINGS[key];
    expect(readSetting(s, String(s.min))).toEqual({ ok: true, value: s.min });
    expect(readSetting(s, String(s.max))).toEqual({ ok: true, value: s.max });
    for (const text of refusedTexts(key)) expect(readSetting(s, text).ok, text).toBe(false);
  });

  it('the defaults, every lesson’s preset and every listed learning rate fit it', () => {
    expect(checkConfig(DEFAULT_CONFIG)).toEqual({ ok: true, value: DEFAULT_CONFIG });
    for (const lesson of LESSONS) expect(refusal(lesson.preset), lesson.id).toBeNull();
    for (const lr of LR_CHOICES) expect(numberProblem(NUMBER_SETTINGS.lr, lr)).toBeNull();
  });

  it('allows wide hidden layers on digits, words and CSV data only', () => {
    expect(hiddenProblem([256], 'digits')).toBeNull();
    expect(hiddenProblem([256], 'csv')).toBeNull();
    expect(hiddenProblem([257], 'words')).toBe(
      'units in hidden layer 1 must be a whole number between 1 and 256; got 257',
    );
    expect(hiddenProblem([8, 65], 'spiral')).toBe(
      'units in hidden layer 2 must be a whole number between 1 and 64 on 2D data; got 65',
    );
    expect(hiddenProblem([1, 1, 1, 1, 1, 1, 1, 1, 1], 'spiral')).toBe(
      'hidden layers must be at most 8; got 9',
    );
  });
});

describe('checkConfig reports, never clamps', () => {
  it('refuses an out-of-range number with the table’s message (it used to pull lr=50 into range)', () => {
    expect(refusal({ lr: 50 })).toBe('learning rate must be between 0.000001 and 10; got 50');
    expect(refusal({ lr: NaN })).toBe('learning rate must be between 0.000001 and 10; got NaN');
  });

  it('lists every problem at once', () => {
    expect(refusal({ lr: 0, batchSize: 1000, hidden: [100] })).toBe(
      [
        'learning rate must be between 0.000001 and 10; got 0',
        'batch size must be a whole number between 1 and 512; got 1000',
        'units in hidden layer 1 must be a whole number between 1 and 64 on 2D data; got 100',
      ].join('. '),
    );
  });

  it('refuses wide layers when the data set changes to a 2D one', () => {
    expect(refusal({ dataset: 'digits', hidden: [128] })).toBeNull();
    expect(refusal({ dataset: 'xor', hidden: [128] })).toMatch(/got 128$/);
  });

  it('refuses names that are not choices', () => {
    expect(refusal({ loss: 'hinge' as Config['loss'] })).toBe(
      "loss must be one of mse, binary_cross_entropy, cross_entropy; got 'hinge'",
    );
  });

  it('only makes dependent parts agree: one override per layer and a loss that fits the output', () => {
    const c = normaliseConfig({
      ...DEFAULT_CONFIG,
      hidden: [4, 4, 4],
      layerActivations: ['relu'],
      outputActivation: 'softmax',
      loss: 'binary_cross_entropy',
    });
    expect(c.layerActivations).toEqual(['relu', null, null]);
    expect(c.loss).toBe('cross_entropy');
    expect(c.lr).toBe(DEFAULT_CONFIG.lr);
  });
});
