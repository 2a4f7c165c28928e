import type { Activation } from './activations';
import { initWeights, type InitSpec } from './init';
import type { Rng } from './rng';

/**
 * One dense layer. weights is units × inputs, row-major: weights[i * inputs + j] is the weight from input j
 * into unit i (the model file's weights[i][j]).
 */
export interface Layer {
  inputs: number;
  units: number;
  activation: Activation;
  weights: Float64Array;
  biases: Float64Array;
  /** Without a bias the unit's total input is Σ w·a alone; biases stay 0 and are never updated. */
  useBias: boolean;
  /** 1 = this weight is frozen: never updated. null = none frozen. */
  frozen: Uint8Array | null;
  /** 1 = this weight is pruned: held at exactly 0. null = none pruned. */
  pruned: Uint8Array | null;
}

export interface Mlp {
  inputs: number;
  layers: Layer[];
}

export interface LayerSpec {
  units: number;
  activation: Activation;
}

export interface MlpSpec {
  inputs: number;
  layers: LayerSpec[];
  init: InitSpec;
  /** Initial value of every bias (0 by default). */
  biasInit?: number;
  useBias?: boolean;
}

export function createMlp(spec: MlpSpec, rng: Rng): Mlp {
  let inputs = spec.inputs;
  const useBias = spec.useBias ?? true;
  const layers = spec.layers.map((l): Layer => {
    const weights = new Float64Array(l.units * inputs);
    initWeights(weights, inputs, l.units, spec.init, rng);
    const biases = new Float64Array(l.units).fill(useBias ? (spec.biasInit ?? 0) : 0);
    const layer: Layer = {
      inputs,
      units: l.units,
      activation: l.activation,
      weights,
      biases,
      useBias,
      frozen: null,
      pruned: null,
    };
    inputs = l.units;
    return layer;
  });
  return { inputs: spec.inputs, layers };
}

export function cloneMlp(m: Mlp): Mlp {
  return {
    inputs: m.inputs,
    layers: m.layers.map((l) => ({
      ...l,
      weights: l.weights.slice(),
      biases: l.biases.slice(),
      frozen: l.frozen ? l.frozen.slice() : null,
      pruned: l.pruned ? l.pruned.slice() : null,
    })),
  };
}

/** Copies weights and biases of src into dst (same shapes) without allocating. */
export function copyParams(dst: Mlp, src: Mlp): void {
  for (let l = 0; l < dst.layers.length; l++) {
    dst.layers[l].weights.set(src.layers[l].weights);
    dst.layers[l].biases.set(src.layers[l].biases);
  }
}

export function sameShape(a: Mlp, b: Mlp): boolean {
  return (
    a.inputs === b.inputs &&
    a.layers.length === b.layers.length &&
    a.layers.every((l, i) => l.units === b.layers[i].units && l.inputs === b.layers[i].inputs)
  );
}

export function outputUnits(m: Mlp): number {
  return m.layers.length ? m.layers[m.layers.length - 1].units : m.inputs;
}

export function countParams(m: Mlp): number {
  return m.layers.reduce((s, l) => s + l.weights.length + (l.useBias ? l.biases.length : 0), 0);
}

/** Holds pruned weights at exactly 0 (call after any change to weights or masks). */
export function applyPruneMask(layer: Layer): void {
  const p = layer.pruned;
  if (!p) return;
  for (let i = 0; i < p.length; i++) if (p[i]) layer.weights[i] = 0;
}
