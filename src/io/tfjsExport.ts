import { trainOptionsOf } from '../domain/run';
import { list, num, rows, shuffleStateOf, type ScriptRun } from './scriptData';
import { TFJS_CODE } from './tfjsTemplate';

const mask = (m: Uint8Array | null, units: number, inputs: number) =>
  m && m.some((v) => v)
    ? `[${Array.from({ length: units }, (_, i) => list(m.subarray(i * inputs, (i + 1) * inputs))).join(', ')}]`
    : 'null';

/** JavaScript for each input feature of a point (a, b) = (x₁, x₂), as src/datasets/features.ts computes it. */
const JS_FEATURES = `{
  x1: (a, b) => a,
  x2: (a, b) => b,
  x1sq: (a, b) => a * a,
  x2sq: (a, b) => b * b,
  x1x2: (a, b) => a * b,
  sinx1: (a, b) => Math.sin(a),
  sinx2: (a, b) => Math.sin(b),
}`;

/** The training inputs: as they are, or computed here from the points when the network takes features. */
function trainX(run: ScriptRun): string {
  const { train, model, inputFeatures: f, points } = run;
  if (!f || !points) return `export const TRAIN_X = [\n${rows(train.x, train.n, model.inputs, '  ')}\n];`;
  return `// The network's inputs are features of each training point (x1, x2), computed as in Weightscope.
export const INPUT_FEATURES = [${f.map((x) => `'${x}'`).join(', ')}];
const FEATURES = ${JS_FEATURES};
export const TRAIN_POINTS = [
${rows(points, train.n, 2, '  ')}
];
export const TRAIN_X = TRAIN_POINTS.map(([a, b]) => INPUT_FEATURES.map((f) => FEATURES[f](a, b)));`;
}

/** The whole TensorFlow.js script (an ES module): settings, the network of step 0 and the data, then code. */
export function tfjsScript(run: ScriptRun): string {
  const o = trainOptionsOf(run.config);
  const { model, train } = run;
  const k = train.n ? train.y.length / train.n : 0;
  const layers = model.layers
    .map((l) =>
      [
        '  {',
        `    units: ${l.units},`,
        `    activation: '${l.activation}',`,
        `    useBias: ${l.useBias},`,
        '    weights: [',
        rows(l.weights, l.units, l.inputs, '      '),
        '    ],',
        `    biases: ${list(l.biases)},`,
        `    frozen: ${mask(l.frozen, l.units, l.inputs)},`,
        `    pruned: ${mask(l.pruned, l.units, l.inputs)},`,
        '  },',
      ].join('\n'),
    )
    .join('\n');
  return `// A Weightscope training run, exported as a TensorFlow.js script (an ES module).
//
//   npm install @tensorflow/tfjs && node weightscope_run.mjs [--steps N] [--save trained.json]
//
// trains the network of timeline step 0 for N steps (default: the ${run.steps} the app had taken), prints the
// final training loss and can save the result as a Weightscope model file. Imported as a module:
// buildModel(), train(model, steps), predict(model, x). The same batches in the same order, the same loss,
// learning rate, momentum, L1/L2, batch size and dropout masks as the app; TensorFlow.js computes in float32, so the weights
// follow the app's to float32 rounding.
import * as tf from '@tensorflow/tfjs';

const LOSS = '${o.loss}';
const LR = ${num(o.lr)};
const BATCH_SIZE = ${Math.max(1, o.batchSize)};
const MOMENTUM = ${num(o.momentum)};
const L1 = ${num(o.l1)};
const L2 = ${num(o.l2)};
const L1_MODE = '${o.l1Mode ?? 'subgradient'}';
const CLIP = ${o.clip != null && o.clip > 0 ? num(o.clip) : 'null'};
const NON_NEGATIVE = ${!!o.nonNegative};
// Dropout rate of every hidden layer during training (0 = none), and the seed of its masks' own generator.
const DROPOUT = ${num(o.dropout ?? 0)};
const DROPOUT_SEED = ${o.dropoutSeed ?? 0};
// The batch order's generator state (mulberry32) before the first epoch's shuffle.
const SHUFFLE_STATE = ${run.shuffleState ?? shuffleStateOf(run.config)};
// Steps taken in Weightscope when this script was exported.
const STEPS = ${run.steps};

// The network at timeline step 0: weights[i][j] is the weight from input j into unit i.
const INPUTS = ${model.inputs};
export const LAYERS = [
${layers}
];

// The training set: ${train.n} samples of ${model.inputs} inputs, and the targets of the ${k} output unit(s).
${trainX(run)}
export const TRAIN_Y = [
${rows(train.y, train.n, k, '  ')}
];
${TFJS_CODE}`;
}
