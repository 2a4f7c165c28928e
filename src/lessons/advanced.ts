import { WORD_VOCABULARY } from '../datasets';
import { exactZeroFraction } from './experiments';
import { num, pct } from './checks';
import type { Lesson } from './types';
import { formatNumber } from '../format/display';
import { imageClassifier } from '../domain/presets';

export const flipInput: Lesson = {
  id: 'flip-input',
  title: 'Flip an input, flip its weights',
  preset: {
    dataset: 'moons',
    hidden: [4],
    activation: 'tanh',
    outputActivation: 'tanh',
    loss: 'mse',
    lr: 0.03,
  },
  intro:
    'A weight\u2019s sign is not a property of the problem alone: it depends on how the inputs are encoded. Negate x₁ in every data point and start from the mirrored weights: the trained weights on x₁ come out with the opposite sign, and everything else comes out the same.',
  tryThis: [
    'Press "Train both" to train the network on the data and on the data with x₁ negated, from mirrored starting weights, with the same seed.',
  ],
  notice: [
    'The two layer-1 heatmaps differ only in the x₁ column, which is exactly mirrored: (−w)·(−x) = w·x, so every step of the two runs matches number for number.',
  ],
  widget: 'flipInput',
  check: ({ memory }) =>
    memory.flipDone
      ? {
          passed: memory.flipMirrored === true,
          status: memory.flipMirrored
            ? 'The x₁ weights came out exactly mirrored and every other weight exactly equal.'
            : 'The runs did not mirror exactly: this should not happen. Please report it.',
        }
      : { passed: false, status: 'Press "Train both".' },
};

export const regularisation: Lesson = {
  id: 'regularisation',
  title: 'Overfitting, and what L1 and L2 do to weights',
  preset: {
    dataset: 'circle',
    points: 60,
    noise: 0.45,
    trainRatio: 0.5,
    hidden: [16, 16],
    activation: 'tanh',
    outputActivation: 'tanh',
    loss: 'mse',
    lr: 0.03,
    batchSize: 5,
  },
  intro:
    'Thirty noisy points and a network with 304 weights and 33 biases: it can memorise the noise. Watch the train loss keep falling while the test loss turns up. Then regularise: L2 shrinks every weight toward zero in proportion to its size; L1 pulls each by a constant amount and, clipping at zero, makes many exactly zero.',
  tryThis: [
    'Play until the test loss rises above the train loss (show test points on the output plot).',
    'Use "Add L2" and watch the weight histogram narrow; reset and use "Add L1 (0.01, clip at zero)" and count the empty cells.',
  ],
  notice: [
    'The step with the best test loss is where early stopping would have stopped.',
    'L1 gives exact zeros only with the "clip at zero" rule; the plain subgradient makes weights jitter around 0.',
  ],
  widget: 'regularisation',
  check: ({ mlp, metrics, step, config, memory }) => {
    if (step >= 300 && metrics.testLoss > 1.3 * metrics.trainLoss) memory.overfit = true;
    if (!memory.overfit)
      return {
        passed: false,
        status: `Train until the test loss is well above the train loss (now ${formatNumber(metrics.trainLoss, { fixed: 3 })} vs ${formatNumber(metrics.testLoss, { fixed: 3 })}).`,
      };
    const zeros = exactZeroFraction(mlp);
    if (config.l1 > 0 && config.l1Mode === 'clip_at_zero' && zeros >= 0.2)
      return {
        passed: true,
        status: `Overfitting seen; L1 has set ${pct(zeros)} of the weights to exactly 0.`,
      };
    return {
      passed: false,
      status: `Overfitting seen. Now add L1 with "clip at zero" and train until 20% of weights are exactly 0 (now ${pct(zeros)}).`,
    };
  },
};

export const pruning: Lesson = {
  id: 'pruning',
  title: 'How many weights does it need? Pruning',
  preset: {
    dataset: 'moons',
    hidden: [16, 16],
    activation: 'relu',
    outputActivation: 'tanh',
    loss: 'mse',
    init: 'he_uniform',
    lr: 0.03,
  },
  intro:
    'Train the network, then remove the weights with the smallest |w| (set them to exactly 0 and hold them there). Many networks keep their accuracy with most of their weights gone: the small weights were doing little.',
  tryThis: [
    'Play until train accuracy passes 95%, then pause.',
    'Drag the pruning slider and read the accuracy-vs-pruned curve; apply 70% and retrain a little with the mask held.',
  ],
  notice: ['Pruned weights show as empty cells in the heatmaps and stay exactly 0 during retraining.'],
  widget: 'pruning',
  check: ({ mlp, metrics, memory }) => {
    let p = 0;
    let n = 0;
    for (const l of mlp.layers) {
      n += l.weights.length;
      if (l.pruned) for (const b of l.pruned) p += b;
    }
    const frac = n ? p / n : 0;
    const acc = metrics.trainAccuracy ?? 0;
    // Once seen, seen: retraining with the mask held wobbles around 90%, and a check that passes and
    // un-passes while playing tells the student nothing.
    if (frac >= 0.5 && acc >= 0.9 && !memory.prunedFraction) {
      memory.prunedFraction = frac;
      memory.prunedAccuracy = acc;
    }
    return memory.prunedFraction
      ? {
          passed: true,
          status: `${pct(num(memory, 'prunedFraction'))} of the weights pruned and the network still gets ${pct(num(memory, 'prunedAccuracy'))} right.`,
        }
      : { passed: false, status: `Pruned ${pct(frac)} (aim ≥ 50%), train accuracy ${pct(acc)} (aim ≥ 90%).` };
  },
};

export const biases: Lesson = {
  id: 'biases',
  title: 'What are biases for?',
  preset: {
    dataset: 'gaussians',
    shiftX: 3,
    shiftY: 3,
    noise: 0.05,
    hidden: [],
    outputActivation: 'sigmoid',
    loss: 'binary_cross_entropy',
    useBias: false,
    lr: 0.03,
  },
  intro:
    'Without a bias this sigmoid unit computes σ(w₁x₁ + w₂x₂): its boundary, where the output is ½, is a line through the origin, whatever the weights. These two clusters were shifted away from the origin, so no such line separates them. A bias lets the line move.',
  tryThis: [
    'Play: the boundary pivots about the origin and accuracy stays low.',
    'Turn biases on (network settings) and play again.',
    'Then try "Imbalanced data" below: the output bias absorbs the class ratio.',
  ],
  notice: [
    'The bias is the unit\u2019s total input z when every input is zero, not its output: there the output is σ(b), and the sign of b says which class the unit leans to before seeing any data.',
    'σ(b) is the output at the origin (0, 0) only. Cross-entropy makes the mean output over the training points match the share of blue points; every point adds w·x to z, and the mean of σ(z) is not σ of the mean z, so σ(b) and the share agree only when the weights are small or the points sit around the origin.',
  ],
  widget: 'biases',
  check: ({ config, metrics, step, memory }) => {
    const acc = metrics.trainAccuracy ?? 0;
    if (!config.useBias && step >= 200) memory.noBiasBest = Math.max(num(memory, 'noBiasBest'), acc);
    if (!memory.noBiasBest)
      return { passed: false, status: `Train without biases for 200 steps (step ${step}).` };
    // The best with biases, not the latest: accuracy wobbles around 95% from step to step while playing.
    if (config.useBias) memory.biasBest = Math.max(num(memory, 'biasBest'), acc);
    const best = num(memory, 'biasBest');
    if (!config.useBias && acc < 0.95 && best < 0.95)
      return {
        passed: false,
        status: `Without biases: ${pct(num(memory, 'noBiasBest'))} at best. Now turn biases on.`,
      };
    return best >= 0.95 || acc >= 0.95
      ? {
          passed: true,
          status: `Without biases ${pct(num(memory, 'noBiasBest'))}; with biases ${pct(Math.max(best, acc))}.`,
        }
      : { passed: false, status: `With biases: ${pct(acc)} so far. Keep training.` };
  },
};

export const digits: Lesson = {
  id: 'digits',
  title: 'What does a hidden unit look for? Handwritten digits',
  preset: { dataset: 'digits', trainRatio: 0.7, ...imageClassifier() },
  intro:
    'A 64 → 32 → 10 network on 8×8 images of handwritten digits. Each hidden unit has 64 incoming weights, one per pixel: drawn as an 8×8 image in the sign colours, blue pixels are strokes the unit looks for, orange pixels are strokes that inhibit it.',
  tryThis: [
    'Play until test accuracy passes 90%.',
    'Read the 32 hidden units\u2019 weight images below while it trains; then paint a few pixels of one unit in the layer-1 heatmap (its row) and watch the confusion matrix.',
  ],
  widget: 'digitFilters',
  notice: [
    'Most units learn a mix of blue and orange: a unit is as much defined by what it rejects as by what it wants.',
  ],
  check: ({ metrics, memory }) => {
    const acc = metrics.testAccuracy ?? 0;
    // The best so far: test accuracy wobbles around 90% for a while, and the check should not flicker.
    memory.testBest = Math.max(num(memory, 'testBest'), acc);
    const best = num(memory, 'testBest');
    return best >= 0.9
      ? { passed: true, status: `Test accuracy ${pct(best)}.` }
      : { passed: false, status: `Test accuracy ${pct(acc)}: train until it passes 90%.` };
  },
};

const wordIndex = (w: string) => (WORD_VOCABULARY as readonly string[]).indexOf(w);

export const words: Lesson = {
  id: 'words',
  title: 'Words with signs',
  preset: {
    dataset: 'words',
    trainRatio: 0.7,
    hidden: [],
    outputActivation: 'sigmoid',
    loss: 'binary_cross_entropy',
    init: 'zeros',
    lr: 0.1,
    batchSize: 8,
  },
  intro:
    'A linear model reads short reviews as word counts: one weight per word, then a sigmoid. After training, each weight says how much its word pushes toward "positive" (blue, +) or "negative" (orange, −).',
  tryThis: [
    'Play for a few hundred steps and read the sorted word weights below.',
    'Look at "not": what sign did it get, and why?',
  ],
  notice: [
    'Praise words get positive weights and complaints negative ones; neutral words like "plot" stay near 0.',
    'A linear model cannot understand "not good": "not" just gets its own weight.',
  ],
  widget: 'wordWeights',
  check: ({ mlp, step }) => {
    const w = mlp.layers[0]?.weights;
    if (!w || mlp.layers.length !== 1)
      return { passed: false, status: 'Reopen the lesson: it needs the linear model.' };
    const great = w[wordIndex('great')];
    const awful = w[wordIndex('awful')];
    return step >= 100 && great > 0 && awful < 0
      ? {
          passed: true,
          status: `"great" has weight ${formatNumber(great, { signed: true, fixed: 2 })} and "awful" ${formatNumber(awful, { signed: true, fixed: 2 })}: opposite signs.`,
        }
      : { passed: false, status: `Train for 100 steps (step ${step}); watch "great" and "awful".` };
  },
};
