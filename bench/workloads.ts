/**
 * The benchmark's workloads: network shapes, hyper-parameters and data, all seeded, so that every library
 * trains exactly the same thing. The data is made here (not by src/datasets) so the benchmark stands alone.
 */
import { readFileSync } from 'node:fs';
import { generate2d, parseDigits, type Dataset } from '../src/datasets';
import { createMlp, createRng, type Activation, type InitKind, type Loss, type Mlp } from '../src/engine';

export interface BenchData {
  n: number;
  inputs: number;
  outputs: number;
  /** n × inputs, row-major. */
  x: Float64Array;
  /** n × outputs: ±1 for the one-unit regression head, one-hot for softmax. */
  y: Float64Array;
  /** Class index of each sample (softmax workloads), for libraries that take labels. */
  labels: Int32Array;
}

export interface Workload {
  id: 'W1' | 'W2' | 'W3' | 'W4';
  title: string;
  inputs: number;
  layers: { units: number; activation: Activation }[];
  init: InitKind;
  loss: Loss;
  lr: number;
  batch: number;
  data: () => BenchData;
}

export const SEED = 20261123;

/** All of a data set's samples (train and test together), as the bench trains on them. */
function allSamples(d: Dataset): { n: number; x: Float64Array; labels: Float64Array } {
  const n = d.train.n + d.test.n;
  const x = new Float64Array(n * d.inputs);
  x.set(d.train.x);
  x.set(d.test.x, d.train.x.length);
  const labels = new Float64Array(n);
  labels.set(d.train.labels);
  labels.set(d.test.labels, d.train.n);
  return { n, x, labels };
}

/** The app's spiral (src/datasets), labels ±1 for the one-unit head, already shuffled by its split. */
export function spiral(n: number, noise: number, seed: number): BenchData {
  const s = allSamples(generate2d('spiral', { n, noise, trainRatio: 0.5, seed }));
  const y = Float64Array.from(s.labels, (c) => 2 * c - 1);
  return { n: s.n, inputs: 2, outputs: 1, x: s.x, y, labels: new Int32Array(s.n) };
}

/** 8×8 digits scaled to [0, 1] by the app's own parser (src/datasets), with one-hot targets. */
export function digits(): BenchData {
  const text = readFileSync(new URL('../public/data/digits.csv', import.meta.url), 'utf8');
  const s = allSamples(parseDigits(text, { trainRatio: 0.5, seed: SEED }));
  const labels = Int32Array.from(s.labels);
  return { n: s.n, inputs: 64, outputs: 10, x: s.x, y: oneHot(labels, 10), labels };
}

/** Uniform [0, 1) vectors with uniformly drawn labels: MNIST-sized work without a download. */
export function randomVectors(n: number, inputs: number, classes: number, seed: number): BenchData {
  const rng = createRng(seed);
  const x = new Float64Array(n * inputs);
  for (let i = 0; i < x.length; i++) x[i] = rng.next();
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) labels[i] = rng.int(classes);
  return { n, inputs, outputs: classes, x, y: oneHot(labels, classes), labels };
}

function oneHot(labels: Int32Array, k: number): Float64Array {
  const y = new Float64Array(labels.length * k);
  labels.forEach((c, i) => (y[i * k + c] = 1));
  return y;
}

/**
 * W1 and W2 end in one linear unit trained with mse on ±1 targets (convnetjs's 'regression' head is a
 * linear unit); the hidden activations are the ones the workload names.
 */
export const WORKLOADS: Workload[] = [
  {
    id: 'W1',
    title: '2-8-8-1 tanh, mse, spiral 500, batch 10',
    inputs: 2,
    layers: [
      { units: 8, activation: 'tanh' },
      { units: 8, activation: 'tanh' },
      { units: 1, activation: 'linear' },
    ],
    init: 'xavier_uniform',
    loss: 'mse',
    lr: 0.03,
    batch: 10,
    data: () => spiral(500, 0.1, SEED),
  },
  {
    id: 'W2',
    title: '2-8×6-1 relu, mse, spiral 500, batch 10',
    inputs: 2,
    layers: [
      ...Array.from({ length: 6 }, () => ({ units: 8, activation: 'relu' as const })),
      { units: 1, activation: 'linear' },
    ],
    init: 'he_uniform',
    loss: 'mse',
    lr: 0.01,
    batch: 10,
    data: () => spiral(500, 0.1, SEED),
  },
  {
    id: 'W3',
    title: '64-32-10 relu/softmax, cross-entropy, digits 1797, batch 32',
    inputs: 64,
    layers: [
      { units: 32, activation: 'relu' },
      { units: 10, activation: 'softmax' },
    ],
    init: 'he_uniform',
    loss: 'cross_entropy',
    lr: 0.1,
    batch: 32,
    data: digits,
  },
  {
    id: 'W4',
    title: '784-128-10 relu/softmax, cross-entropy, 1024 random vectors, batch 64',
    inputs: 784,
    layers: [
      { units: 128, activation: 'relu' },
      { units: 10, activation: 'softmax' },
    ],
    init: 'he_uniform',
    loss: 'cross_entropy',
    lr: 0.05,
    batch: 64,
    data: () => randomVectors(1024, 784, 10, SEED),
  },
];

/** The network every library starts from: the engine's own seeded initialisation. */
export function initialMlp(w: Workload): Mlp {
  return createMlp({ inputs: w.inputs, layers: w.layers, init: { kind: w.init } }, createRng(SEED + 1));
}

/** W5: the points of a 100×100 grid over [−6, 6]², as a decision map samples them. */
export function grid(side: number): Float64Array {
  const g = new Float64Array(side * side * 2);
  for (let i = 0; i < side; i++) {
    for (let j = 0; j < side; j++) {
      const p = (i * side + j) * 2;
      g[p] = -6 + (12 * j) / (side - 1);
      g[p + 1] = 6 - (12 * i) / (side - 1);
    }
  }
  return g;
}

/** Rows of each batch in one epoch, in order: full batches, then the remainder. */
export function batchSizes(n: number, batch: number): number[] {
  const out: number[] = [];
  for (let s = 0; s < n; s += batch) out.push(Math.min(batch, n - s));
  return out;
}

/** One library set up to train one workload from the shared initial weights. */
export interface LibTrainer {
  /** count steps, each one batch of consecutive rows (wrapping at the end of the data); returns samples seen. */
  train(count: number): number;
  /** Current weights (units × inputs, row-major, as the engine stores them) and biases, per layer. */
  params(): { w: Float64Array; b: Float64Array }[];
}

/** One library set up to evaluate a network over the W5 grid; run(count) maps the grid count times. */
export interface LibGrid {
  run(count: number): number;
  /** The outputs of the last map, one per grid point. */
  output(): Float64Array;
}
