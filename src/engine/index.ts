/** The Weightscope engine: a multilayer perceptron as maths, free of any DOM or package. */
export * from './activations';
export * from './backward';
export * from './data';
export * as detmath from './detmath';
export * from './dropout';
export * from './evaluate';
export * from './forward';
export * from './init';
export * from './kernels';
export * from './losses';
export * from './mlp';
export * from './modelFile';
export * from './optimizer';
export * from './rng';
export * from './stepRecord';
export * from './trainer';
export * from './workspace';
