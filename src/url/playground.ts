import type { LinkState } from './state';
import { excerpt } from '../engine/excerpt';
import { parseHash, PLAYGROUND_KEYS } from './playgroundLink';

/**
 * TensorFlow Playground keeps its whole setup after the '#' of its address
 * (`#activation=tanh&batchSize=10&dataset=circle&…&networkShape=4,2&seed=0.80&x=true&y=true…`). A person who
 * swaps Playground's host for ours keeps that part: it is read here as the same experiment, translated into
 * our link's settings and then checked by the same table as any link (so a value out of range is refused
 * with the same message). What has no counterpart here is said, never dropped silently. Loaded only when a
 * page opens with such an address (playgroundLink.ts tells); our link reader is passed in, so that this
 * module, fetched on demand, takes no code of the first screen with it.
 */

/** Playground's state as its page starts (its `State` constructor): a key missing from the link means this. */
const PLAYGROUND_DEFAULTS: Readonly<Record<string, string>> = {
  activation: 'tanh',
  regularization: 'none',
  regularizationRate: '0',
  learningRate: '0.03',
  batchSize: '10',
  noise: '0',
  percTrainData: '50',
  networkShape: '4,2',
  problem: 'classification',
  dataset: 'circle',
  regDataset: 'reg-plane',
  initZero: 'false',
  x: 'true',
  y: 'true',
  xTimesY: 'false',
  xSquared: 'false',
  ySquared: 'false',
  cosX: 'false',
  sinX: 'false',
  cosY: 'false',
  sinY: 'false',
};

/** Playground's input features, by its parameter name, as our feature ids (null: none here). */
const FEATURES: readonly [string, string | null, string][] = [
  ['x', 'x1', 'x₁'],
  ['y', 'x2', 'x₂'],
  ['xSquared', 'x1sq', 'x₁²'],
  ['ySquared', 'x2sq', 'x₂²'],
  ['xTimesY', 'x1x2', 'x₁x₂'],
  ['sinX', 'sinx1', 'sin x₁'],
  ['sinY', 'sinx2', 'sin x₂'],
  ['cosX', null, 'cos x₁'],
  ['cosY', null, 'cos x₂'],
];

const CLASSIFY_DATA: Readonly<Record<string, string>> = {
  circle: 'circle',
  xor: 'xor',
  gauss: 'gaussians',
  spiral: 'spiral',
};
const REGRESS_DATA: Readonly<Record<string, string>> = { 'reg-plane': 'plane' };

/** Our link's parameter for Playground's, where a refusal should name what the person wrote. */
const THEIR_NAME: Readonly<Record<string, string>> = {
  lr: 'learningRate',
  batchSize: 'batchSize',
  activation: 'activation',
  hidden: 'networkShape',
  noise: 'noise',
  trainRatio: 'percTrainData',
  l1: 'regularizationRate',
  l2: 'regularizationRate',
};
/** Playground's percentages, which the table's messages give as fractions. */
const AS_FRACTION = new Set(['noise', 'trainRatio']);

const KNOWN = new Set(PLAYGROUND_KEYS);

/** The same string always gives the same 32-bit seed (FNV-1a): Playground's seed is a decimal text. */
function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Playground reads every value but 'false' as true. */
const isTrue = (v: string) => v !== 'false';
/** Playground's percentages are our fractions; anything else goes on as written, for the table to refuse. */
const percent = (v: string) => (/^\d+(\.\d+)?$/.test(v) ? String(Number(v) / 100) : v);

/**
 * A Playground link as ours: the same data (set, noise, train share, 500 or 1,200 points), network (shape,
 * activation, tanh or linear output with squared error, features), initialisation (U(−0.5, 0.5), or zeros)
 * and training (rate, batch, L1 clipped at zero as Playground does, or L2). `ignored` lists what differs.
 * `decodeLink` reads the translation, as it reads any link of ours.
 */
export function decodePlaygroundLink(hash: string, decodeLink: (query: string) => LinkState): LinkState {
  const given = parseHash(hash);
  // As Playground: an empty value is no value, except the layer list, where it means no hidden layer.
  const get = (k: string) => {
    const v = given.get(k);
    return v === undefined || (v.trim() === '' && k !== 'networkShape') ? PLAYGROUND_DEFAULTS[k]! : v;
  };
  const p = new URLSearchParams();
  const notes: string[] = [];
  const regression = get('problem') === 'regression';
  if (get('problem') !== 'classification' && !regression)
    notes.push(
      `problem=${excerpt(get('problem'))}: not classification or regression (classification is used)`,
    );
  if (regression) {
    const d = get('regDataset');
    p.set('dataset', REGRESS_DATA[d] ?? 'plane');
    if (!REGRESS_DATA[d]) notes.push(`regDataset=${excerpt(d)}: no such data here (the plane is used)`);
  } else {
    const d = get('dataset');
    p.set('dataset', CLASSIFY_DATA[d] ?? 'circle');
    if (!CLASSIFY_DATA[d]) notes.push(`dataset=${excerpt(d)}: no such data here (the circle is used)`);
  }
  p.set('points', regression ? '1200' : '500');
  p.set('noise', percent(get('noise')));
  p.set('trainRatio', percent(get('percTrainData')));
  const shape = get('networkShape').trim();
  p.set('hidden', shape);
  // One empty entry per hidden layer: each as the activation setting.
  p.set('layerActivations', ','.repeat(Math.max(0, shape.split(',').length - 1)));
  p.set('activation', get('activation'));
  p.set('outputActivation', regression ? 'linear' : 'tanh');
  p.set('loss', 'mse');
  p.set('useBias', '1');
  if (isTrue(get('initZero'))) p.set('init', 'zeros');
  else {
    p.set('init', 'uniform');
    p.set('initValue', '0.5');
  }
  p.set('lr', get('learningRate'));
  p.set('batchSize', get('batchSize'));
  const reg = get('regularization');
  const rate = get('regularizationRate');
  if (reg === 'L1') {
    p.set('l1', rate);
    p.set('l1Mode', 'clip_at_zero');
  } else if (reg === 'L2') p.set('l2', rate);
  else if (reg !== 'none') notes.push(`regularization=${excerpt(reg)}: not none, L1 or L2 (none is used)`);
  const features: string[] = [];
  for (const [key, id, label] of FEATURES) {
    if (!isTrue(get(key))) continue;
    if (id) features.push(id);
    else notes.push(`${key}=true: ${label} is not an input feature here (left out)`);
  }
  p.set('features', features.join(','));
  const seed = given.get('seed');
  if (seed !== undefined) {
    const n = seedOf(seed);
    p.set('seed', String(n));
    p.set('dataSeed', String(n));
    notes.push(
      `seed=${excerpt(seed)}: Playground's random numbers are not ours, so its exact points and starting ` +
        `weights differ; this link always gives the same ones here (seed ${n})`,
    );
  }
  const hide: string[] = [];
  for (const [k, v] of given) {
    if (k.endsWith('_hide')) {
      if (v === 'true') hide.push(k.slice(0, -5));
    } else if (!KNOWN.has(k)) notes.push(`${excerpt(k)}: not a TensorFlow Playground setting`);
  }
  for (const name of hide) p.set(`${name}_hide`, 'true');
  const link = decodeLink(p.toString());
  // A refusal names the parameter and value the person wrote, with the table's reason.
  const refused = link.ignored.map((line) => {
    const ours = line.slice(0, Math.max(0, line.indexOf('=')));
    const theirs = THEIR_NAME[ours];
    if (!theirs) return line;
    const why = line.slice(line.indexOf(': ') + 2);
    const unit = AS_FRACTION.has(ours) ? " (Playground's percent ÷ 100)" : '';
    return `${theirs}=${excerpt(get(theirs))}: ${why}${unit}`;
  });
  notes.push(`biases start at 0 here (Playground starts them at 0.1)`);
  return { ...link, ignored: [...refused, ...notes], from: 'playground' };
}
