import { DIGITS_URL, generate2d, parseDigits, TOY_2D, wordsDataset } from '../datasets';
import type { Dataset } from '../datasets/types';
import type { Config } from '../domain/config';

export const isToy2d = (id: string): boolean => TOY_2D.some((t) => t.id === id);

let digitsText: Promise<string> | null = null;

/** Fetches the digits file once, relative to the page so the site works from any sub-path. */
function fetchDigits(): Promise<string> {
  digitsText ??= fetch(DIGITS_URL).then((r) => {
    if (!r.ok) throw new Error(`could not load ${DIGITS_URL} (HTTP ${r.status})`);
    return r.text();
  });
  digitsText.catch(() => (digitsText = null));
  return digitsText;
}

/**
 * The data set a config names. 2D sets and words are generated at once; digits are fetched; 'csv' is the
 * custom set the user imported (passed in, since it cannot be regenerated from the config).
 */
export function datasetFor(c: Config, custom: Dataset | null): Dataset | Promise<Dataset> {
  if (isToy2d(c.dataset)) {
    return generate2d(c.dataset as Parameters<typeof generate2d>[0], {
      n: c.points,
      noise: c.noise,
      trainRatio: c.trainRatio,
      seed: c.dataSeed,
      shift: [c.shiftX, c.shiftY],
      positiveFraction: c.balance,
    });
  }
  if (c.dataset === 'words') return wordsDataset({ trainRatio: c.trainRatio, seed: c.dataSeed });
  if (c.dataset === 'digits')
    return fetchDigits().then((t) => parseDigits(t, { trainRatio: c.trainRatio, seed: c.dataSeed }));
  if (c.dataset === 'csv' && custom) return custom;
  throw new Error(`unknown data set '${c.dataset}'`);
}
