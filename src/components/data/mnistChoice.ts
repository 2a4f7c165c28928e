import type { Config } from '../../domain/config';
import { MNIST_CITATION } from '../../datasets/mnistSource';
import { imageClassifier } from '../../domain/presets';

/** The MNIST option of the data panel; its digits are fetched only when it is chosen. */
export const MNIST_CHOICE = {
  id: 'mnist',
  title: 'MNIST (28×28 handwritten digits)',
  citation: MNIST_CITATION,
};

/** Choosing MNIST sets up the image classifier the MNIST lesson uses (domain/presets.ts). */
export const MNIST_PATCH: Partial<Config> = {
  dataset: 'mnist',
  ...imageClassifier(),
  layerActivations: [null],
};
