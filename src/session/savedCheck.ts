import type { DataSplit, Dataset } from '../datasets/types';
import { checkConfig, DEFAULT_CONFIG, type Config } from '../domain/config';
import type { WeightRef } from '../domain/weightRef';
import { lessonById } from '../lessons';
import type { LayerShape } from '../history/timelineHistory';
import { BRUSH_TOOLS } from './edits';
import type { ParamSnapshot } from './params';
import { SAVED_FORMAT, SAVED_VERSION } from './snapshot';
import type { SavedEdit, SavedSession } from './types';

/**
 * Strict reading of a saved session: every field is checked for its type and, against the network's layer
 * shapes, for its length, so that a corrupt, foreign or older record is refused with the reason before
 * anything is built from it. Nothing is pulled into range or guessed.
 */

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isInt = (x: unknown, lo = 0, hi = 2 ** 52): x is number =>
  typeof x === 'number' && Number.isInteger(x) && x >= lo && x <= hi;
const isNum = (x: unknown): x is number => typeof x === 'number';
const isFinite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** By tag, not instanceof: a structured clone may come from another realm (a test's DOM, a worker). */
const isTyped = (x: unknown, kind: string): x is ArrayLike<number> =>
  Object.prototype.toString.call(x) === `[object ${kind}]`;

class Refused extends Error {}
function need(ok: unknown, what: string): asserts ok {
  if (!ok) throw new Refused(what);
}

const f64 = (x: unknown, n: number, what: string) => need(isTyped(x, 'Float64Array') && x.length === n, what);
const u8orNull = (x: unknown, n: number, what: string) =>
  need(x === null || (isTyped(x, 'Uint8Array') && x.length === n), what);

/** Weights, biases and masks of every layer, each of the layer's size. */
export function checkParams(x: unknown, shapes: LayerShape[], what: string): ParamSnapshot {
  need(isObj(x), what);
  const { w, b, pruned, frozen } = x;
  need(
    [w, b, pruned, frozen].every((a) => Array.isArray(a) && a.length === shapes.length),
    what,
  );
  shapes.forEach((s, l) => {
    f64((w as unknown[])[l], s.inputs * s.units, `${what}: weights of layer ${l + 1}`);
    f64((b as unknown[])[l], s.units, `${what}: biases of layer ${l + 1}`);
    u8orNull((pruned as unknown[])[l], s.inputs * s.units, `${what}: pruned of layer ${l + 1}`);
    u8orNull((frozen as unknown[])[l], s.inputs * s.units, `${what}: frozen of layer ${l + 1}`);
  });
  return x as unknown as ParamSnapshot;
}

function checkSplit(x: unknown, inputs: number, what: string): DataSplit {
  need(isObj(x) && isInt(x.n, 0, 1e8), what);
  f64(x.x, (x.n as number) * inputs, `${what} inputs`);
  f64(x.labels, x.n as number, `${what} labels`);
  return x as unknown as DataSplit;
}

export function checkDataset(x: unknown, what: string): Dataset {
  need(isObj(x), what);
  need(typeof x.id === 'string' && typeof x.title === 'string', `${what}: name`);
  need(x.kind === 'classification' || x.kind === 'regression', `${what}: kind`);
  need(isInt(x.inputs, 1, 1e6) && isInt(x.classes, 0, 1e6), `${what}: size`);
  need(Array.isArray(x.featureNames) && x.featureNames.every((n) => typeof n === 'string'), `${what}: names`);
  need(x.classNames === undefined || Array.isArray(x.classNames), `${what}: class names`);
  checkSplit(x.train, x.inputs as number, `${what}: train`);
  checkSplit(x.test, x.inputs as number, `${what}: test`);
  return x as unknown as Dataset;
}

const checkRef = (r: unknown, shapes: LayerShape[], what: string): WeightRef => {
  need(isObj(r) && isInt(r.layer, 0, shapes.length - 1), what);
  const s = shapes[r.layer as number];
  need(isInt(r.row, 0, s.units - 1) && (r.col === 'bias' || isInt(r.col, 0, s.inputs - 1)), what);
  return r as unknown as WeightRef;
};

/** A config as saved: complete with today's defaults for settings added since, then checked as a link is. */
export function checkSavedConfig(x: unknown): Config {
  need(isObj(x), 'configuration');
  for (const k of Object.keys(x)) need(k in DEFAULT_CONFIG, `configuration: unknown setting '${k}'`);
  const c = checkConfig({ ...DEFAULT_CONFIG, ...(x as Partial<Config>) });
  need(c.ok, `configuration: ${c.ok ? '' : c.error}`);
  return c.value;
}

/** Everything that can be checked without the network: the record's kind, version and plain fields. */
export function checkSavedShell(x: unknown): SavedSession | string {
  try {
    need(isObj(x) && x.format === SAVED_FORMAT, 'not a Weightscope session');
    need(x.version === SAVED_VERSION, `saved by another version (format ${String(x.version)})`);
    x.config = checkSavedConfig(x.config);
    if (x.dataset !== null) checkDataset(x.dataset, 'data set');
    if (x.customDataset !== null) checkDataset(x.customDataset, 'imported data set');
    return x as unknown as SavedSession;
  } catch (e) {
    if (e instanceof Refused) return e.message;
    return `unreadable (${(e as Error).message})`;
  }
}

/** The fields that depend on the network's shapes; throws `Refused` with the reason. */
export function checkSavedBody(s: SavedSession, shapes: LayerShape[]): void {
  checkParams(s.params, shapes, 'weights');
  const t = s.trainer as unknown as Obj;
  need(isObj(t), 'trainer');
  need(isInt(t.step) && isInt(t.epoch) && isInt(t.cursor), 'trainer position');
  need(isInt(t.rngState, 0, 2 ** 32) && isInt(t.epochRngState, 0, 2 ** 32), 'trainer generator');
  need(isTyped(t.order, 'Int32Array'), 'trainer order');
  need(Array.isArray(t.vW) && Array.isArray(t.vB) && t.vW.length === shapes.length, 'velocities');
  need(t.vB.length === shapes.length, 'velocities');
  shapes.forEach((sh, l) => {
    f64((t.vW as unknown[])[l], sh.inputs * sh.units, 'velocities');
    f64((t.vB as unknown[])[l], sh.units, 'velocities');
  });
  need(Array.isArray(s.branches) && s.branches.length > 0, 'branches');
  for (const b of s.branches as unknown[])
    need(
      isObj(b) && isInt(b.id) && typeof b.label === 'string' && (b.forkStep === null || isInt(b.forkStep)),
      'branches',
    );
  need(isInt(s.branchId) && (s.viewIndex === null || isInt(s.viewIndex)), 'timeline position');
  need(isObj(s.flips) && Array.isArray(s.flips.w) && Array.isArray(s.flips.b), 'sign flips');
  need(s.flips.w.length === shapes.length && s.flips.b.length === shapes.length, 'sign flips');
  shapes.forEach((sh, l) => {
    const w = s.flips.w[l] as unknown;
    const b = s.flips.b[l] as unknown;
    need(isTyped(w, 'Uint32Array') && w.length === sh.inputs * sh.units, 'sign flips');
    need(isTyped(b, 'Uint32Array') && b.length === sh.units, 'sign flips');
  });
  const lh = s.lossHistory as unknown as Obj;
  need(isObj(lh) && isInt(lh.stride, 1), 'loss chart');
  for (const k of ['steps', 'train', 'test'])
    need(Array.isArray(lh[k]) && (lh[k] as unknown[]).every(isNum), 'loss chart');
  need(
    (lh.steps as []).length === (lh.train as []).length && (lh.steps as []).length === (lh.test as []).length,
    'loss chart',
  );
  need(
    Array.isArray(s.scales) && s.scales.length === shapes.length && s.scales.every(isFinite),
    'colour scales',
  );
  for (const [stack, name] of [
    [s.undo, 'undo'],
    [s.redo, 'redo'],
  ] as const) {
    need(Array.isArray(stack) && stack.length <= 1000, name);
    for (const e of stack as unknown[]) checkEdit(e, shapes, name);
  }
  need(s.linkWeights === null || typeof s.linkWeights === 'string', 'link weights');
  checkView(s.view, shapes);
  if (s.lesson !== null) {
    const l = s.lesson as unknown as Obj;
    need(isObj(l) && typeof l.id === 'string' && lessonById(l.id), 'lesson');
    if (l.start !== null) checkParams(l.start, shapes, 'lesson start');
    need(isObj(l.memory), 'lesson progress');
    need(
      l.result === null ||
        (isObj(l.result) && typeof l.result.passed === 'boolean' && typeof l.result.status === 'string'),
      'lesson check',
    );
  }
}

function checkEdit(e: unknown, shapes: LayerShape[], what: string): SavedEdit {
  need(isObj(e) && typeof e.label === 'string', what);
  if (e.kind === 'params') {
    checkParams(e.before, shapes, what);
    checkParams(e.after, shapes, what);
  } else {
    need(e.kind === 'data', what);
    checkDataset(e.before, what);
    checkDataset(e.after, what);
  }
  return e as unknown as SavedEdit;
}

function checkView(v: unknown, shapes: LayerShape[]): void {
  need(isObj(v), 'view');
  if (v.selected !== null) checkRef(v.selected, shapes, 'selected weight');
  need(Array.isArray(v.tracked) && v.tracked.length <= 64, 'tracked weights');
  for (const r of v.tracked) checkRef(r, shapes, 'tracked weights');
  if (v.pinned !== null) {
    const p = v.pinned;
    need(isObj(p) && isInt(p.step) && isInt(p.branch) && Array.isArray(p.weights), 'pinned step');
    need(p.weights.length === shapes.length, 'pinned step');
    shapes.forEach((sh, l) => f64((p.weights as unknown[])[l], sh.inputs * sh.units, 'pinned step'));
  }
  need(v.colorScope === 'layer' || v.colorScope === 'network', 'colour scope');
  need(typeof v.showTestPoints === 'boolean' && typeof v.tableView === 'boolean', 'view');
  need(typeof v.lessonListOpen === 'boolean', 'view');
  need(BRUSH_TOOLS.includes(v.brushTool as never) && isFinite(v.brushValue), 'brush');
  need(isInt(v.speed, 0, 1e9), 'speed');
}

export { Refused };
