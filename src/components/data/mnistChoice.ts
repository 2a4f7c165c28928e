import type { Config } from '../../domain/config';
import { MNIST_CITATION } from '../../datasets/mnistSource';

/** The MNIST option of the data panel; its digits are fetched only when it is chosen. */
export const MNIST_CHOICE = {
  id: 'mnist',
  title: 'MNIST (28×28 handwritten digits)',
  citation: MNIST_CITATION,
};

/**
 * Choosing MNIST: ten classes want a softmax; one hidden layer of 32 ReLU units keeps a step cheap (a
 * 784-128-10 network costs four times as much per image) and its 32 weight images fit on one screen.
 */
export const MNIST_PATCH: Partial<Config> = {
  dataset: 'mnist',
  hidden: [32],
  layerActivations: [null],
  activation: 'relu',
  init: 'he_uniform',
  outputActivation: 'softmax',
  loss: 'cross_entropy',
  lr: 0.1,
  batchSize: 32,
};
