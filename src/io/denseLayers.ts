import { MODEL_FORMAT, MODEL_VERSION, type ModelFile } from '../engine';

/**
 * A dense layer read from another framework's file, before it becomes a model file: weights units × inputs
 * row-major (weights[i * inputs + j] from input j into unit i), biases null when the layer has none.
 */
export interface DenseLayer {
  /** How the file names the layer (its weight tensor), for messages. */
  name: string;
  inputs: number;
  units: number;
  weights: Float64Array;
  biases: Float64Array | null;
  activation: string;
}

/** The dense layers as Weightscope's model file, which the import then validates like any other. */
export function denseModelFile(inputs: number, layers: DenseLayer[]): ModelFile {
  return {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    inputs,
    layers: layers.map((l) => ({
      units: l.units,
      activation: l.activation,
      weights: Array.from({ length: l.units }, (_, i) =>
        Array.from(l.weights.subarray(i * l.inputs, (i + 1) * l.inputs)),
      ),
      biases: l.biases ? Array.from(l.biases) : new Array<number>(l.units).fill(0),
      ...(l.biases ? {} : { useBias: false }),
    })),
  };
}

/** [rows, cols] row-major → [cols, rows] row-major. */
export function transpose(a: Float64Array, rows: number, cols: number): Float64Array {
  const t = new Float64Array(a.length);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) t[c * rows + r] = a[r * cols + c];
  return t;
}

/** The first entry that is NaN or ±Infinity, or −1. */
export function firstNonFinite(a: Float64Array): number {
  for (let i = 0; i < a.length; i++) if (!Number.isFinite(a[i])) return i;
  return -1;
}
