import { ACTIVATIONS, HIDDEN_ACTIVATIONS, INITIALISERS, LOSSES, type HiddenActivation } from '../engine';
import { TOY_2D } from '../datasets';
import { LIMITS, type Config } from '../domain/config';

/** A field's value read from a link, or why it was refused. */
export type Read<T> = { ok: true; value: T } | { ok: false; why: string };

interface Field<K extends keyof Config> {
  write(v: Config[K]): string;
  read(s: string, partial: Partial<Config>): Read<Config[K]>;
}

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const no = <T>(why: string): Read<T> => ({ ok: false, why });

/** A finite number in [lo, hi] (whole when asked). String(x) is the shortest exact form, so numbers round-trip. */
function num(lo: number, hi: number, whole = false): Field<never> {
  return {
    write: (v: number) => (Object.is(v, -0) ? '-0' : String(v)),
    read(s: string) {
      if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return no('not a number');
      const v = Number(s);
      if (!Number.isFinite(v)) return no('not a finite number');
      if (whole && !Number.isInteger(v)) return no('not a whole number');
      if (v < lo || v > hi) return no(`outside ${lo} … ${hi}`);
      return ok(v);
    },
  } as unknown as Field<never>;
}

function oneOf(values: readonly string[]): Field<never> {
  return {
    write: (v: string) => v,
    read: (s: string) => (values.includes(s) ? ok(s) : no(`not one of ${values.join(', ')}`)),
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
export const LINKABLE_DATASETS: readonly string[] = [...TOY_2D.map((t) => t.id), 'digits', 'words'];
const isWide = (dataset: string | undefined) => dataset === 'digits' || dataset === 'words';

/** How each Config key is written in and read from a link. Parameter name = the Config key. */
export const FIELDS: { [K in keyof Config]: Field<K> } = {
  dataset: oneOf(LINKABLE_DATASETS),
  noise: num(0, 0.5),
  trainRatio: num(0.1, 0.9),
  points: num(20, LIMITS.points, true),
  dataSeed: num(0, 2 ** 32 - 1, true),
  shiftX: num(-6, 6),
  shiftY: num(-6, 6),
  balance: num(0.05, 0.95),
  hidden: {
    write: (v) => v.join(','),
    read(s, partial) {
      if (s === '') return ok([]);
      const max = isWide(partial.dataset) ? LIMITS.unitsWide : LIMITS.units2d;
      const parts = s.split(',');
      if (parts.length > LIMITS.hiddenLayers) return no(`more than ${LIMITS.hiddenLayers} hidden layers`);
      if (!parts.every((p) => /^\d+$/.test(p) && +p >= 1 && +p <= max))
        return no(`each layer needs 1 … ${max} units`);
      return ok(parts.map(Number));
    },
  },
  activation: oneOf(HIDDEN_ACTIVATIONS),
  layerActivations: {
    // Empty entries mean "as the activation setting".
    write: (v) => v.map((a) => a ?? '').join(','),
    read(s, partial) {
      const n = partial.hidden?.length;
      const parts = s === '' && (n === undefined || n === 0) ? [] : s.split(',');
      if (n !== undefined && parts.length !== n) return no(`needs ${n} entries, one per hidden layer`);
      if (!parts.every((p) => p === '' || (HIDDEN_ACTIVATIONS as readonly string[]).includes(p)))
        return no(`entries must be empty or one of ${HIDDEN_ACTIVATIONS.join(', ')}`);
      return ok(parts.map((p) => (p === '' ? null : (p as HiddenActivation))));
    },
  },
  outputActivation: oneOf(ACTIVATIONS),
  loss: oneOf(LOSSES),
  useBias: bool,
  init: oneOf(INITIALISERS),
  initValue: num(-100, 100),
  seed: num(0, 2 ** 32 - 1, true),
  lr: num(1e-6, 100),
  batchSize: num(1, LIMITS.batchSize, true),
  l1: num(0, 10),
  l2: num(0, 10),
  l1Mode: oneOf(['subgradient', 'clip_at_zero']),
  momentum: num(0, 0.999),
  clip: num(0, 1e6),
  nonNegative: bool,
};

/** Read in this order: later fields depend on earlier ones (hidden's width on the data set, …). */
export const FIELD_ORDER: readonly (keyof Config)[] = Object.freeze(Object.keys(FIELDS) as (keyof Config)[]);
