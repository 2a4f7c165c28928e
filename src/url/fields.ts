import type { HiddenActivation } from '../engine';
import { TOY_2D } from '../datasets/toy2d';
import { DEFAULT_CONFIG, featuresProblem, type Config } from '../domain/config';
import {
  CHOICE_SETTINGS,
  choiceProblem,
  hiddenProblem,
  NUMBER_SETTINGS,
  readSetting,
  type ChoiceKey,
  type NumberKey,
} from '../domain/settings';
import { quoted, readNumber } from '../format/number';

/** A field's value read from a link, or why it was refused. */
export type Read<T> = { ok: true; value: T } | { ok: false; why: string };

interface Field<K extends keyof Config> {
  write(v: Config[K]): string;
  read(s: string, partial: Partial<Config>): Read<Config[K]>;
}

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const no = <T>(why: string): Read<T> => ({ ok: false, why });

/** A number read against its row of the settings table. String(x) is the shortest exact form, so numbers round-trip. */
function num(key: NumberKey): Field<never> {
  return {
    write: (v: number) => (Object.is(v, -0) ? '-0' : String(v)),
    read(s: string) {
      const r = readSetting(NUMBER_SETTINGS[key], s);
      return r.ok ? ok(r.value) : no(r.message);
    },
  } as unknown as Field<never>;
}

/** A setting where 0 = off: an empty value (`targetLoss=`) says off as well. */
function offWhenEmpty(key: NumberKey): Field<never> {
  const f = num(key) as unknown as { write(v: number): string; read(s: string): Read<number> };
  return { write: f.write, read: (s: string) => (s === '' ? ok(0) : f.read(s)) } as unknown as Field<never>;
}

/** One of a setting's choices (or of fewer, when a link cannot carry them all). */
function oneOf(key: ChoiceKey, values: readonly string[] = CHOICE_SETTINGS[key].values): Field<never> {
  return {
    write: (v: string) => v,
    read(s: string) {
      const problem = choiceProblem({ ...CHOICE_SETTINGS[key], values }, s);
      return problem ? no(problem) : ok(s);
    },
  } as unknown as Field<never>;
}

const bool = {
  write: (v: boolean) => (v ? '1' : '0'),
  read: (s: string) =>
    s === '1' || s === 'true'
      ? ok(true)
      : s === '0' || s === 'false'
        ? ok(false)
        : no('not 1/0 or true/false'),
} as unknown as Field<never>;

/** Data sets a link can name: an imported CSV file cannot travel in a link. */
export const LINKABLE_DATASETS: readonly string[] = [...TOY_2D.map((t) => t.id), 'digits', 'words', 'mnist'];

/** How each Config key is written in and read from a link. Parameter name = the Config key. */
export const FIELDS: { [K in keyof Config]: Field<K> } = {
  dataset: {
    write: (v) => v,
    read: (s) =>
      s === 'csv'
        ? no('an imported CSV file cannot travel in a link')
        : oneOf('dataset', LINKABLE_DATASETS).read(s, {}),
  },
  noise: num('noise'),
  trainRatio: num('trainRatio'),
  points: num('points'),
  dataSeed: num('dataSeed'),
  shiftX: num('shiftX'),
  shiftY: num('shiftY'),
  balance: num('balance'),
  features: {
    write: (v) => v.join(','),
    read(s) {
      const list = s === '' ? [] : s.split(',');
      const problem = featuresProblem(list);
      return problem ? no(problem) : ok(list as Config['features']);
    },
  },
  hidden: {
    write: (v) => v.join(','),
    read(s, partial) {
      if (s === '') return ok([]);
      const parts = s.split(',');
      // A layer that is not a number gets the table's message too, quoting what was written.
      const units = parts.map((p) => readNumber(p));
      const bad = units.findIndex((u) => !u.ok);
      const values = units.map((u) => (u.ok ? u.value : NaN));
      const written = parts.map((p, i) => (i === bad ? quoted(p) : p));
      const problem = hiddenProblem(values, partial.dataset ?? DEFAULT_CONFIG.dataset, written);
      return problem ? no(problem) : ok(values);
    },
  },
  activation: oneOf('activation'),
  layerActivations: {
    // Empty entries mean "as the activation setting".
    write: (v) => v.map((a) => a ?? '').join(','),
    read(s, partial) {
      const n = partial.hidden?.length;
      const parts = s === '' && (n === undefined || n === 0) ? [] : s.split(',');
      if (n !== undefined && parts.length !== n) return no(`needs ${n} entries, one per hidden layer`);
      for (const [i, p] of parts.entries()) {
        const label = `activation of hidden layer ${i + 1}`;
        const problem = p === '' ? null : choiceProblem({ ...CHOICE_SETTINGS.activation, label }, p);
        if (problem) return no(`${problem} (or empty, as the activation setting)`);
      }
      return ok(parts.map((p) => (p === '' ? null : (p as HiddenActivation))));
    },
  },
  outputActivation: oneOf('outputActivation'),
  loss: oneOf('loss'),
  useBias: bool,
  init: oneOf('init'),
  initValue: num('initValue'),
  seed: num('seed'),
  lr: num('lr'),
  batchSize: num('batchSize'),
  l1: num('l1'),
  l2: num('l2'),
  l1Mode: oneOf('l1Mode'),
  momentum: num('momentum'),
  clip: num('clip'),
  nonNegative: bool,
  patience: offWhenEmpty('patience'),
  targetLoss: offWhenEmpty('targetLoss'),
  dropout: num('dropout'),
};

/** Read in this order: later fields depend on earlier ones (hidden's width on the data set, …). */
export const FIELD_ORDER: readonly (keyof Config)[] = Object.freeze(Object.keys(FIELDS) as (keyof Config)[]);
