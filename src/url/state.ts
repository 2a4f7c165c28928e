import type { Config } from '../domain/config';
import { excerpt } from '../engine/excerpt';
import { FIELD_ORDER, FIELDS, LINKABLE_DATASETS } from './fields';
import { CONTROL_IDS, isHideId, PANEL_IDS, PLAYGROUND_ALIASES, type HideId } from './ids';
import { EMBED_ORIGIN_PARAM, readOrigins } from './origins';

/** Everything a link can say, decoded and validated. */
export interface LinkState {
  config: Partial<Config>;
  /** Packed hand-edited weights (checked against the network once it is built). */
  weights: string | null;
  hidden: HideId[];
  lesson: string | null;
  presentation: boolean;
  /** Origins of the pages that may drive this copy with postMessage (the embedding API); empty = none. */
  embedOrigins: string[];
  /** One line per parameter that was ignored, with why: shown to the user as text. */
  ignored: string[];
  /** Set when the link was TensorFlow Playground's ('#…' part), read as the same setup here. */
  from?: 'playground';
}

export interface LinkInput {
  config: Config;
  weights?: string | null;
  hidden?: readonly HideId[];
  lesson?: string | null;
  presentation?: boolean;
  embedOrigins?: readonly string[];
}

/** A parameter as the notice shows it: shortened, never interpreted. */
const shown = excerpt;

/** The query string of a setup (without '?'); every Config key is written so old links survive new defaults. */
export function encodeLink(s: LinkInput): string {
  const p = new URLSearchParams();
  for (const k of FIELD_ORDER) p.set(k, (FIELDS[k].write as (v: unknown) => string)(s.config[k]));
  if (s.hidden?.length) p.set('hide', s.hidden.join(','));
  if (s.lesson) p.set('lesson', s.lesson);
  if (s.presentation) p.set('present', '1');
  if (s.embedOrigins?.length) p.set(EMBED_ORIGIN_PARAM, s.embedOrigins.join(','));
  if (s.weights) p.set('w', s.weights);
  // Commas are safe in a query; keeping them readable makes links easier to edit by hand.
  return p.toString().replace(/%2C/g, ',');
}

/** Reads a query string; never throws. Anything unknown, malformed or out of range lands in `ignored`. */
export function decodeLink(search: string): LinkState {
  const out: LinkState = {
    config: {},
    weights: null,
    hidden: [],
    lesson: null,
    presentation: false,
    embedOrigins: [],
    ignored: [],
  };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    out.ignored.push('the whole query: not readable');
    return out;
  }
  const seen = new Set<string>();
  const values = new Map<string, string>();
  // Several pages may drive an embedded copy: this parameter alone may be repeated.
  const origins = readOrigins(params.getAll(EMBED_ORIGIN_PARAM));
  out.embedOrigins = origins.origins;
  out.ignored.push(...origins.ignored);
  for (const [k, v] of params) {
    if (k === EMBED_ORIGIN_PARAM) continue;
    if (seen.has(k)) {
      out.ignored.push(`${shown(k)}: given more than once (the first is used)`);
      continue;
    }
    seen.add(k);
    values.set(k, v);
  }
  const hide = (id: HideId) => {
    if (!out.hidden.includes(id)) out.hidden.push(id);
  };
  for (const k of FIELD_ORDER) {
    const v = values.get(k);
    if (v === undefined) continue;
    values.delete(k);
    const r = FIELDS[k].read(v, out.config) as { ok: boolean; value?: unknown; why?: string };
    if (r.ok) (out.config as Record<string, unknown>)[k] = r.value;
    else out.ignored.push(`${k}=${shown(v)}: ${r.why}`);
  }
  for (const [k, v] of values) {
    if (k === 'hide') {
      for (const id of v.split(',').filter(Boolean)) {
        if (isHideId(id)) hide(id);
        else out.ignored.push(`hide=${shown(id)}: no panel or control has that name`);
      }
    } else if (k === 'lesson') {
      if (/^[a-z0-9][a-z0-9-]{0,63}$/.test(v)) out.lesson = v;
      else out.ignored.push(`lesson=${shown(v)}: not a lesson name`);
    } else if (k === 'present') {
      if (v === '1' || v === 'true') out.presentation = true;
      else if (v !== '0' && v !== 'false') out.ignored.push(`present=${shown(v)}: not 1/0`);
    } else if (k === 'w') {
      if (/^[A-Za-z0-9_-]+$/.test(v)) out.weights = v;
      else out.ignored.push('w: the weights are not base64url text');
    } else if (k.endsWith('_hide')) {
      const name = k.slice(0, -5);
      const id = isHideId(name) ? name : PLAYGROUND_ALIASES[name];
      if (!id) out.ignored.push(`${shown(k)}: no panel or control has that name`);
      else if (v === 'true' || v === '1') hide(id);
      else if (v !== 'false' && v !== '0') out.ignored.push(`${shown(k)}=${shown(v)}: not true/false`);
    } else {
      // A nameless parameter ('&=1') is said to be one, so the line still starts with what it is about.
      out.ignored.push(`${k === '' ? '(no name)' : shown(k)}: not a Weightscope setting`);
    }
  }
  return out;
}

export { CONTROL_IDS, LINKABLE_DATASETS, PANEL_IDS };
