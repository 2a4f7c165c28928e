import { ACTIVATION_INFO } from '../engine';
import { hiddenUnitsIdentical } from './experiments';
import { num, pct, turnedNegative } from './checks';
import type { Lesson } from './types';
import { formatNumber } from '../format/display';

/** Makes every weight of every layer positive: the lesson starts from an all-positive network. */
const allPositive = (m: Parameters<NonNullable<Lesson['setup']>>[0]) => {
  for (const l of m.layers)
    for (let i = 0; i < l.weights.length; i++) l.weights[i] = Math.abs(l.weights[i]) || 0.01;
};

export const negativeWeights: Lesson = {
  id: 'negative-weights',
  title: 'Can weights be negative?',
  preset: {
    dataset: 'circle',
    hidden: [6, 4],
    activation: 'relu',
    outputActivation: 'sigmoid',
    loss: 'binary_cross_entropy',
    init: 'xavier_uniform',
    lr: 0.03,
  },
  setup: allPositive,
  intro:
    'Every weight of this ReLU network starts positive, and a ReLU never outputs a negative number. Train it and watch: SGD turns weights negative anyway. A negative weight is inhibition: the more the sending unit fires, the less the receiving unit does.',
  tryThis: [
    'Press Step a few times, then Play.',
    'Pick the "Inspect" brush above the heatmaps, click an outlined weight in layer 2 or 3 (it turned negative), then press Step. The Step inspector lists each sample of that step with its δ (receiving) and its a: every a is ≥ 0 (a ReLU output), so the sign of "mean δ·a", and of the update, comes from δ.',
  ],
  notice: [
    'Weights on ReLU outputs (layers 2 and 3) go negative although every a they multiply is ≥ 0.',
    'The update is −lr · δ · a: its sign comes from the error term δ, not from the activation.',
  ],
  widget: 'negativeCount',
  check: ({ mlp, start }) => {
    const flips = turnedNegative(mlp, start);
    const fedByRelu = flips.slice(1).reduce((a, b) => a + b, 0);
    const total = flips.reduce((a, b) => a + b, 0);
    return {
      passed: total >= 3,
      status: `${total} weight${total === 1 ? ' has' : 's have'} turned negative (${fedByRelu} of them on ReLU outputs).${total >= 3 ? '' : ' Train until at least 3 have.'}`,
    };
  },
};

export const excitationInhibition: Lesson = {
  id: 'excitation-inhibition',
  title: 'Excitation and inhibition',
  preset: { dataset: 'linear', hidden: [1], activation: 'tanh', outputActivation: 'tanh', loss: 'mse' },
  setup: (m) => {
    // h₁ = tanh(1.5·x₁ − 1.5·x₂): x₁ excites it, x₂ inhibits it. The output is −h₁: h₁ inhibits it.
    m.layers[0].weights.set([1.5, -1.5]);
    m.layers[0].biases.fill(0);
    m.layers[1].weights.set([-1]);
    m.layers[1].biases.fill(0);
  },
  intro:
    'This network is set by hand: one hidden unit h₁ with weight +1.5 from x₁ (excitatory) and −1.5 from x₂ (inhibitory), so h₁ is blue (positive) where x₁ is large and x₂ small. The output has weight −1 from h₁: h₁ inhibits it, so the output is blue exactly where h₁ is orange, which is where the blue points are.',
  tryThis: [
    'Hover the two weights of layer 1 and the unit in the diagram: read their signs.',
    'Paint the weight from x₁ to h₁ negative (brush value −1.5, click its cell). Watch the unit\u2019s blue region swap sides.',
  ],
  notice: [
    'Flipping one weight\u2019s sign turns an input from exciting the unit to inhibiting it: the response region flips with it.',
  ],
  check: ({ mlp }) => {
    const w = mlp.layers[0]?.weights[0] ?? 0;
    return w < 0
      ? {
          passed: true,
          status: `x₁ now inhibits h₁ (w = ${formatNumber(w, { signed: true, fixed: 2 })}): its response region has flipped.`,
        }
      : {
          passed: false,
          status: `The weight from x₁ to h₁ is ${formatNumber(w, { signed: true, fixed: 2 })}: paint it below zero.`,
        };
  },
};

export const positiveOnly: Lesson = {
  id: 'positive-only',
  title: 'What if weights could only be positive?',
  preset: {
    dataset: 'xor',
    hidden: [4],
    activation: 'tanh',
    outputActivation: 'tanh',
    loss: 'mse',
    nonNegative: true,
    lr: 0.1,
    noise: 0.05,
  },
  setup: allPositive,
  intro:
    'With the non-negative constraint every weight is clipped at 0 after each step (biases stay free). Each unit can then only grow when its inputs grow, so the whole network is monotone in x₁ and x₂, and XOR is not monotone.',
  tryThis: [
    'Play for a few hundred steps: accuracy stalls far short of XOR (a monotone network can get at most about 75% right).',
    'Untick "Keep weights non-negative" (training settings, Advanced) and play on: now it solves XOR.',
  ],
  notice: [
    'Negative weights are not a nuisance to be avoided: without them this network cannot represent XOR at all.',
  ],
  check: ({ config, metrics, step, memory }) => {
    const acc = metrics.trainAccuracy ?? 0;
    if (config.nonNegative && step >= 200)
      memory.constrainedBest = Math.max(num(memory, 'constrainedBest'), acc);
    const seen = step >= 200 && num(memory, 'constrainedBest') > 0;
    if (!seen)
      return { passed: false, status: `Train with the constraint on for 200 steps first (step ${step}).` };
    if (config.nonNegative)
      return {
        passed: false,
        status: `With positive weights only the best accuracy was ${pct(num(memory, 'constrainedBest'))}. Now turn the constraint off.`,
      };
    // The best, not the latest: with noisy points the accuracy wobbles by a few points from step to step, and
    // a check that passes and un-passes while playing tells the student nothing. 90% is far beyond what any
    // monotone network can reach on XOR (about 75%); from some starts the free network needs thousands of
    // steps to climb from 93% to 95%.
    memory.freeBest = Math.max(num(memory, 'freeBest'), acc);
    const best = num(memory, 'freeBest');
    return best >= 0.9
      ? {
          passed: true,
          status: `Positive-only: ${pct(num(memory, 'constrainedBest'))} at best. With negative weights allowed: ${pct(best)}.`,
        }
      : { passed: false, status: `Constraint off: accuracy ${pct(acc)}. Keep training to 90%.` };
  },
};

export const negativeOutputs: Lesson = {
  id: 'negative-outputs',
  title: 'What does a negative output mean?',
  preset: {
    dataset: 'circle',
    hidden: [4, 4],
    activation: 'relu',
    outputActivation: 'tanh',
    loss: 'mse',
    init: 'xavier_uniform',
  },
  intro:
    'A unit\u2019s output is its activation of Σ w·a + b. tanh outputs −1…1: a negative output is a unit saying "the opposite of my feature", and it passes its sign on through its weights. ReLU outputs exactly 0 for any negative input: silence, never a negative value. Sigmoid outputs 0…1.',
  tryThis: [
    'Train a little, then switch the hidden activation between ReLU, tanh and sigmoid. The weights stay exactly the same.',
    'Read the table below: for each unit the share of training points with a negative, zero or positive output.',
  ],
  notice: [
    'Only tanh (and leaky ReLU, linear) give negative outputs. ReLU gives exact zeros, and a ReLU unit that is zero on every point is dead: it no longer learns.',
  ],
  widget: 'outputSigns',
  check: ({ config, memory }) => {
    const seen = new Set((memory.seen as string[] | undefined) ?? []);
    seen.add(config.activation);
    memory.seen = [...seen];
    const missing = (['relu', 'tanh', 'sigmoid'] as const).filter((a) => !seen.has(a));
    return missing.length
      ? { passed: false, status: `Still to try: ${missing.map((a) => ACTIVATION_INFO[a].label).join(', ')}.` }
      : { passed: true, status: 'You have seen the same weights through ReLU, tanh and sigmoid.' };
  },
};

export const initialisation: Lesson = {
  id: 'initialisation',
  title: 'Does the starting point matter? Initialisation',
  preset: {
    dataset: 'circle',
    hidden: [4, 4],
    activation: 'tanh',
    outputActivation: 'tanh',
    loss: 'mse',
    init: 'zeros',
    lr: 0.03,
  },
  intro:
    'This network starts with every weight at zero. Every hidden unit then computes the same thing and receives the same gradient, so they stay identical forever: symmetry never breaks. Compare zeros, tiny, Xavier, He and huge initial weights below.',
  tryThis: [
    'Play for 100 steps with zeros: the heatmap rows stay identical.',
    'Press "Compare five initialisations" to train all five side by side.',
  ],
  notice: [
    'Zeros: no learning in the hidden layers at all. Tiny: slow start. Huge: tanh units saturate at ±1, gradients vanish.',
    'Xavier (for tanh) and He (for ReLU) scale the weights so each layer\u2019s outputs keep a useful spread.',
  ],
  widget: 'initCompare',
  check: ({ mlp, config, step }) => {
    if (config.init !== 'zeros')
      return {
        passed: false,
        status: 'Set the initialiser back to Zeros (or reopen the lesson) to see symmetry.',
      };
    if (step < 100)
      return { passed: false, status: `Train the zero-initialised network for 100 steps (step ${step}).` };
    return hiddenUnitsIdentical(mlp)
      ? {
          passed: true,
          status: `After ${step} steps every hidden unit still has identical weights: symmetry never broke.`,
        }
      : {
          passed: false,
          status: 'The hidden units differ: were weights painted by hand? Reopen the lesson.',
        };
  },
};
