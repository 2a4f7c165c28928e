import { DIGITS_URL, generate2d, parseDigits, TOY_2D, wordsDataset } from '../datasets';
import type { Dataset } from '../datasets/types';
import { MNIST_URL } from '../datasets/mnistSource';
import type { Config } from '../domain/config';
import type { Ctx } from './core';

export const isToy2d = (id: string): boolean => TOY_2D.some((t) => t.id === id);

/** Data sets fetched on demand, with what the controls say while they load. */
export const LOADING_LABEL: Record<string, string> = { digits: 'Loading digits…', mnist: 'Loading MNIST…' };

/** Fetches a file shipped with the site once per session, relative to the page (any sub-path works). */
function fetchOnce(ctx: Ctx, url: string): Promise<string> {
  let p = ctx.owned.files.get(url);
  if (!p) {
    p = ctx.host.fetchText(url);
    ctx.owned.files.set(url, p);
    p.catch(() => ctx.owned.files.delete(url));
  }
  return p;
}

/**
 * The data set a config names. 2D sets and words are generated at once; digits and MNIST are fetched; 'csv' is the
 * custom set the user imported (it cannot be regenerated from the config).
 */
export function datasetFor(ctx: Ctx, c: Config, custom: Dataset | null): Dataset | Promise<Dataset> {
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
    return fetchOnce(ctx, DIGITS_URL).then((t) =>
      parseDigits(t, { trainRatio: c.trainRatio, seed: c.dataSeed }),
    );
  if (c.dataset === 'mnist') {
    // Both the 2 MB file and its reader (with the inflater) arrive only when MNIST is chosen.
    const opts = { trainRatio: c.trainRatio, seed: c.dataSeed };
    return Promise.all([fetchOnce(ctx, MNIST_URL), import('../datasets/mnist')]).then(([t, m]) =>
      m.parseMnist(t, opts),
    );
  }
  if (c.dataset === 'csv' && custom) return custom;
  throw new Error(`unknown data set '${c.dataset}'`);
}
