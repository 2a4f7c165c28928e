import { trainOptionsOf } from '../domain/run';
import { PYTORCH_CODE } from './pytorchTemplate';
import { list, num, rows, shuffleStateOf, type ScriptRun } from './scriptData';

export type { ScriptRun } from './scriptData';

const mask = (m: Uint8Array | null, units: number, inputs: number) =>
  m && m.some((v) => v)
    ? `[${Array.from({ length: units }, (_, i) => `[${Array.from(m.subarray(i * inputs, (i + 1) * inputs), (v) => (v ? 'True' : 'False')).join(', ')}]`).join(', ')}]`
    : 'None';

/** The settings and data part of the script, in Python. */
function header(run: ScriptRun): string {
  const o = trainOptionsOf(run.config);
  const { model, train } = run;
  const k = train.n ? train.y.length / train.n : 0;
  const layers = model.layers
    .map((l) =>
      [
        '    {',
        `        "units": ${l.units},`,
        `        "activation": "${l.activation}",`,
        `        "use_bias": ${l.useBias ? 'True' : 'False'},`,
        '        "weights": [',
        rows(l.weights, l.units, l.inputs, '            '),
        '        ],',
        `        "biases": ${list(l.biases)},`,
        `        "frozen": ${mask(l.frozen, l.units, l.inputs)},`,
        `        "pruned": ${mask(l.pruned, l.units, l.inputs)},`,
        '    },',
      ].join('\n'),
    )
    .join('\n');
  return `#!/usr/bin/env python3
"""A Weightscope training run, exported as a PyTorch script (float64).

    python3 weightscope_run.py [--steps N] [--device cuda]

trains the network of timeline step 0 for N steps (default: the ${run.steps} the app had taken) and prints the
final training loss. Imported as a module: build_model() gives the network of step 0 as a torch.nn.Module,
train(model, steps) repeats Weightscope's training: the same batches in the same order, the same loss (mean
over the batch), learning rate, momentum, L1/L2 (weights only, sign(0) = 0), clipping, batch size and
dropout (the same masks, from the same generator), so
that its weights equal the app's at step N to rounding. Needs only python3 and torch.
"""

# Settings of the run.
LOSS = "${o.loss}"
LR = ${num(o.lr)}
BATCH_SIZE = ${Math.max(1, o.batchSize)}
MOMENTUM = ${num(o.momentum)}
L1 = ${num(o.l1)}
L2 = ${num(o.l2)}
L1_MODE = "${o.l1Mode ?? 'subgradient'}"
CLIP = ${o.clip != null && o.clip > 0 ? num(o.clip) : 'None'}
NON_NEGATIVE = ${o.nonNegative ? 'True' : 'False'}
# Dropout rate of every hidden layer during training (0 = none), and the seed of its masks' own generator.
DROPOUT = ${num(o.dropout ?? 0)}
DROPOUT_SEED = ${o.dropoutSeed ?? 0}
# The batch order's generator state (mulberry32) before the first epoch's shuffle.
SHUFFLE_STATE = ${run.shuffleState ?? shuffleStateOf(run.config)}
# Steps taken in Weightscope when this script was exported.
STEPS = ${run.steps}

# The network at timeline step 0: weights[i][j] is the weight from input j into unit i.
INPUTS = ${model.inputs}
LAYERS = [
${layers}
]

# The training set: ${train.n} samples of ${model.inputs} inputs, and the targets of the ${k} output unit(s).
${trainX(run)}
TRAIN_Y = [
${rows(train.y, train.n, k, '    ')}
]
`;
}

/** Python for each input feature of a point (a, b) = (x₁, x₂), as src/datasets/features.ts computes it. */
const PY_FEATURES = `{
    "x1": lambda a, b: a,
    "x2": lambda a, b: b,
    "x1sq": lambda a, b: a * a,
    "x2sq": lambda a, b: b * b,
    "x1x2": lambda a, b: a * b,
    "sinx1": lambda a, b: math.sin(a),
    "sinx2": lambda a, b: math.sin(b),
}`;

/** The training inputs: as they are, or computed here from the points when the network takes features. */
function trainX(run: ScriptRun): string {
  const { train, model, inputFeatures: f, points } = run;
  if (!f || !points) return `TRAIN_X = [\n${rows(train.x, train.n, model.inputs, '    ')}\n]`;
  return `# The network's inputs are features of each training point (x1, x2), computed as in Weightscope.
import math
INPUT_FEATURES = [${f.map((x) => `"${x}"`).join(', ')}]
FEATURES = ${PY_FEATURES}
TRAIN_POINTS = [
${rows(points, train.n, 2, '    ')}
]
TRAIN_X = [[FEATURES[f](p[0], p[1]) for f in INPUT_FEATURES] for p in TRAIN_POINTS]`;
}

/** The whole script: settings, network and data, then the training code. */
export function pytorchScript(run: ScriptRun): string {
  return header(run) + PYTORCH_CODE;
}
