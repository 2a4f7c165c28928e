import { readFileSync } from 'node:fs';
import { parseDigits, type Dataset } from '../../src/datasets';
import { generatedDataset, splitOf } from '../../src/session/data';
import { parseMnist } from '../../src/datasets/mnist';
import type { Lesson } from '../../src/lessons';
import { checkConfig, DEFAULT_CONFIG, type Config } from '../../src/domain/config';
import { buildRun, type Run } from '../../src/domain/run';

/** The data set a config names, as the app makes it; digits and MNIST read from disk (the app fetches them). */
export function datasetOf(c: Config): Dataset {
  const made = generatedDataset(c);
  if (made) return made;
  if (c.dataset === 'digits') return parseDigits(readFileSync('public/data/digits.csv', 'utf8'), splitOf(c));
  if (c.dataset === 'mnist') return parseMnist(readFileSync('public/data/mnist.txt', 'utf8'), splitOf(c));
  throw new Error(c.dataset);
}

/** Exactly what opening the lesson in the app builds: its preset on the defaults, then its hand-set weights. */
export function lessonSession(lesson: Lesson, patch: Partial<Config> = {}): { config: Config; session: Run } {
  // The app refuses a config outside the settings table, so a lesson's preset must fit it.
  const checked = checkConfig({ ...DEFAULT_CONFIG, ...lesson.preset, ...patch });
  if (!checked.ok) throw new Error(`lesson ${lesson.id}: ${checked.error}`);
  const config = checked.value;
  const session = buildRun(config, datasetOf(config));
  lesson.setup?.(session.mlp);
  return { config, session };
}
