import { DIGITS_URL, generate2d, isToy2dId, parseDigits, wordsDataset } from '../datasets';
import type { Dataset } from '../datasets/types';
import { MNIST_URL } from '../datasets/mnistSource';
import type { Config } from '../domain/config';
import type { Ctx } from './core';

/** Whether a data set id names a generated 2D set (the datasets' own test, under the session's name). */
export const isToy2d = (id: string): boolean => isToy2dId(id);

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

/** How a config splits a data set read from a file (digits, MNIST): its train share and data seed. */
export const splitOf = (c: Config) => ({ trainRatio: c.trainRatio, seed: c.dataSeed });

/** The data set a config names when it is made without a file (the 2D sets and words); null otherwise. */
export function generatedDataset(c: Config): Dataset | null {
  if (isToy2dId(c.dataset))
    return generate2d(c.dataset, {
      n: c.points,
      noise: c.noise,
      ...splitOf(c),
      shift: [c.shiftX, c.shiftY],
      positiveFraction: c.balance,
    });
  if (c.dataset === 'words') return wordsDataset(splitOf(c));
  return null;
}

/**
 * The data set a config names. 2D sets and words are generated at once; digits and MNIST are fetched; 'csv' is the
 * custom set the user imported (it cannot be regenerated from the config).
 */
export function datasetFor(ctx: Ctx, c: Config, custom: Dataset | null): Dataset | Promise<Dataset> {
  const made = generatedDataset(c);
  if (made) return made;
  if (c.dataset === 'digits') return fetchOnce(ctx, DIGITS_URL).then((t) => parseDigits(t, splitOf(c)));
  if (c.dataset === 'mnist') {
    // Both the 2 MB file and its reader (with the inflater) arrive only when MNIST is chosen.
    return Promise.all([fetchOnce(ctx, MNIST_URL), import('../datasets/mnist')]).then(([t, m]) =>
      m.parseMnist(t, splitOf(c)),
    );
  }
  if (c.dataset === 'csv' && custom) return custom;
  throw new Error(`unknown data set '${c.dataset}'`);
}
