import type { Config } from './config';

type ClassifierFields = 'hidden' | 'activation' | 'init' | 'outputActivation' | 'loss' | 'lr' | 'batchSize';

/**
 * An image classifier of ten classes, as the digits lesson, the MNIST lesson and the data panel's MNIST choice
 * set it up: one hidden layer of 32 ReLU units (He initialisation; a 784-128-10 network costs four times as
 * much per image, and 32 weight images fit on one screen) into a softmax with cross-entropy. A fresh object
 * each time, so no two settings share its list of layers.
 */
export function imageClassifier(): Pick<Config, ClassifierFields> {
  return {
    hidden: [32],
    activation: 'relu',
    init: 'he_uniform',
    outputActivation: 'softmax',
    loss: 'cross_entropy',
    lr: 0.1,
    batchSize: 32,
  };
}
