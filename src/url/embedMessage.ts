import { checkConfig, DEFAULT_CONFIG, type Config } from '../domain/config';
import { EMBED_LIMITS, numberProblem, STEP_COUNT_SETTING } from '../domain/settings';
import type { WeightRef } from '../domain/weightRef';
import type { Mlp } from '../engine';
import { excerpt } from '../engine/excerpt';
import { FIELD_ORDER, FIELDS } from './fields';

/**
 * The embedding API's messages, read without trusting them: `{ type: 'weightscope:<verb>', … }` from a page
 * the link names. Pure and total: whatever arrives, the reader returns (never throws) one of
 *   null                  not a Weightscope message at all (ignored without a word),
 *   { ok: false, … }      a Weightscope verb with a payload that cannot be used (answered with an error event),
 *   { ok: true, request } what to do.
 */
export const EMBED_PREFIX = 'weightscope:';
export const EMBED_VERBS = ['config', 'model', 'step', 'play', 'pause', 'select', 'get'] as const;
export type EmbedVerb = (typeof EMBED_VERBS)[number];

export type EmbedRequest =
  | { verb: 'config'; config: unknown }
  | { verb: 'model'; text: string }
  | { verb: 'step'; count: number }
  | { verb: 'play' | 'pause' | 'get' }
  | { verb: 'select'; weight: WeightRef | null };

export type EmbedParse =
  { ok: true; request: EmbedRequest } | { ok: false; verb: EmbedVerb; error: string } | null;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** A weight as { layer, row, col } (col a number or 'bias'), or null to clear the selection. */
function readWeightRef(v: unknown): WeightRef | null | string {
  if (v === null) return null;
  if (!isRecord(v)) return 'a weight is { layer, row, col } (col a number or "bias"), or null';
  const { layer, row, col } = v;
  if (!isIndex(layer) || !isIndex(row) || !(isIndex(col) || col === 'bias'))
    return 'layer, row and col must be whole numbers from 0 (col may be "bias")';
  return { layer, row, col };
}

function read(data: Record<string, unknown>, verb: EmbedVerb): EmbedParse {
  const fail = (error: string): EmbedParse => ({ ok: false, verb, error });
  switch (verb) {
    case 'config':
      return isRecord(data.config)
        ? { ok: true, request: { verb, config: data.config } }
        : fail('config must be an object of settings, e.g. { lr: 0.03 }');
    case 'model': {
      const m = data.model;
      let text: string;
      if (typeof m === 'string') text = m;
      else if (isRecord(m)) {
        try {
          text = JSON.stringify(m);
        } catch {
          return fail('the model object cannot be written as JSON');
        }
      } else return fail("model must be a model file's JSON text or object");
      if (text.length > EMBED_LIMITS.maxModelChars)
        return fail(`the model is longer than ${EMBED_LIMITS.maxModelChars} characters`);
      return { ok: true, request: { verb, text } };
    }
    case 'step': {
      const count = data.count ?? 1;
      if (typeof count !== 'number') return fail(`${STEP_COUNT_SETTING.label} must be a number`);
      const problem = numberProblem(STEP_COUNT_SETTING, count);
      return problem ? fail(problem) : { ok: true, request: { verb, count } };
    }
    case 'select': {
      const w = 'weight' in data ? readWeightRef(data.weight) : readWeightRef(data);
      return typeof w === 'string' ? fail(w) : { ok: true, request: { verb, weight: w } };
    }
    default:
      return { ok: true, request: { verb } };
  }
}

/** Reads one message event's data; never throws. */
export function parseEmbedMessage(data: unknown): EmbedParse {
  try {
    if (!isRecord(data) || typeof data.type !== 'string' || !data.type.startsWith(EMBED_PREFIX)) return null;
    const verb = data.type.slice(EMBED_PREFIX.length);
    if (!(EMBED_VERBS as readonly string[]).includes(verb)) return null;
    return read(data, verb as EmbedVerb);
  } catch {
    // A hostile object (a getter that throws) is not a message.
    return null;
  }
}

const TYPES: Record<string, (v: unknown) => boolean> = {
  number: (v) => typeof v === 'number',
  string: (v) => typeof v === 'string',
  boolean: (v) => typeof v === 'boolean',
};

/** Whether a value has the JavaScript type of its setting (hidden: numbers; layerActivations: names or null). */
function hasType(key: keyof Config, v: unknown): boolean {
  if (key === 'hidden') return Array.isArray(v) && v.every((u) => typeof u === 'number');
  if (key === 'layerActivations')
    return Array.isArray(v) && v.every((a) => a === null || typeof a === 'string');
  return TYPES[typeof DEFAULT_CONFIG[key]](v);
}

/**
 * A configuration sent by an embedding page, read exactly as a link reads it: each value is written as its
 * link text and read back through the link's field (the settings table's ranges and messages), then the
 * whole setup is checked with checkConfig. Applied whole or not at all.
 */
export function readEmbedConfig(
  patch: Record<string, unknown>,
  current: Config,
): { ok: true; value: Partial<Config> } | { ok: false; error: string } {
  const problems: string[] = [];
  const known = FIELD_ORDER as readonly string[];
  for (const k of Object.keys(patch))
    if (!known.includes(k)) problems.push(`${excerpt(k)}: not a Weightscope setting`);
  const out: Partial<Config> = {};
  for (const k of FIELD_ORDER) {
    if (!(k in patch)) continue;
    const v = patch[k];
    if (!hasType(k, v)) {
      problems.push(
        `${k}: must be ${k === 'hidden' || k === 'layerActivations' ? 'a list' : `a ${typeof DEFAULT_CONFIG[k]}`}`,
      );
      continue;
    }
    const field = FIELDS[k] as unknown as {
      write(v: unknown): string;
      read(s: string, partial: Partial<Config>): { ok: boolean; value?: unknown; why?: string };
    };
    const r = field.read(field.write(v), { ...current, ...out });
    if (r.ok) (out as Record<string, unknown>)[k] = r.value;
    else problems.push(`${k}: ${r.why}`);
  }
  if (problems.length) return { ok: false, error: problems.join('; ') };
  const checked = checkConfig({ ...current, ...out });
  return checked.ok ? { ok: true, value: out } : { ok: false, error: checked.error };
}

/** Why a weight is not in this network, or null when it is. */
export function weightProblem(r: WeightRef, mlp: Mlp): string | null {
  const layer = mlp.layers[r.layer];
  if (!layer) return `layer ${r.layer} does not exist: the network has layers 0 to ${mlp.layers.length - 1}`;
  if (r.row >= layer.units) return `layer ${r.layer} has rows 0 to ${layer.units - 1}; got ${r.row}`;
  if (r.col === 'bias') return layer.useBias ? null : `layer ${r.layer} has no biases`;
  return r.col < layer.inputs ? null : `layer ${r.layer} has cols 0 to ${layer.inputs - 1}; got ${r.col}`;
}
