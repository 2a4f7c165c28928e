/** Data sets: 2D toys, handwritten digits, a small bag of words, and CSV files people bring. */
export * from './types';
export * from './split';
export * from './toy2d';
export * from './editPoints';
export * from './digits';
export * from './csvTable';
export * from './csv';
export * from './csvWrite';
export * from './words';
