import { cos, exp, sigmoid, sin, tanh } from './detmath';
/**
 * Activation functions as a table keyed by name. Derivatives are written in terms of the stored output a
 * (tanh' = 1 − a², σ' = σ(1 − σ)) so backward never recomputes a transcendental function, except for SiLU,
 * GELU and sine, whose derivatives are not functions of their output and are recomputed from z.
 */
export const ACTIVATIONS = [
  'relu',
  'leaky_relu',
  'tanh',
  'sigmoid',
  'linear',
  'silu',
  'gelu',
  'sine',
  'softmax',
] as const;
export type Activation = (typeof ACTIVATIONS)[number];
/** Softmax couples a layer's units, so it is only allowed on the output layer. */
export const HIDDEN_ACTIVATIONS = [
  'relu',
  'leaky_relu',
  'tanh',
  'sigmoid',
  'linear',
  'silu',
  'gelu',
  'sine',
] as const;
export type HiddenActivation = (typeof HIDDEN_ACTIVATIONS)[number];

export const LEAKY_SLOPE = 0.01;
/**
 * GELU in its tanh form (PyTorch's GELU(approximate='tanh')): ½·z·(1 + tanh(√(2/π)·(z + 0.044715·z³))).
 * The exact form needs erf; this one needs only tanh, which detmath makes identical on every engine.
 */
export const GELU_BETA = 0.7978845608028654; // √(2/π)
export const GELU_KAPPA = 0.044715;

/** x·σ(x), also called swish. */
export function silu(z: number): number {
  return z * sigmoid(z);
}

export function gelu(z: number): number {
  return 0.5 * z * (1 + tanh(GELU_BETA * (z + GELU_KAPPA * z * z * z)));
}

/** d/dz z·σ(z) = σ + z·σ(1 − σ) = σ·(1 + z·(1 − σ)). */
function siluDerivative(z: number): number {
  const s = sigmoid(z);
  return s * (1 + z * (1 - s));
}

/** With u = β(z + κz³) and t = tanh u: ½(1 + t) + ½·z·(1 − t²)·β(1 + 3κz²). */
function geluDerivative(z: number): number {
  const z2 = z * z;
  const t = tanh(GELU_BETA * (z + GELU_KAPPA * z2 * z));
  return 0.5 * (1 + t) + 0.5 * z * (1 - t * t) * GELU_BETA * (1 + 3 * GELU_KAPPA * z2);
}

export const ACTIVATION_INFO: Record<Activation, { label: string; range: string; negativeOutputs: boolean }> =
  {
    relu: { label: 'ReLU', range: '[0, ∞)', negativeOutputs: false },
    leaky_relu: { label: 'Leaky ReLU', range: '(−∞, ∞)', negativeOutputs: true },
    tanh: { label: 'tanh', range: '(−1, 1)', negativeOutputs: true },
    sigmoid: { label: 'sigmoid', range: '(0, 1)', negativeOutputs: false },
    linear: { label: 'linear', range: '(−∞, ∞)', negativeOutputs: true },
    silu: { label: 'SiLU', range: '[−0.278, ∞)', negativeOutputs: true },
    gelu: { label: 'GELU', range: '[−0.170, ∞)', negativeOutputs: true },
    sine: { label: 'sine', range: '[−1, 1]', negativeOutputs: true },
    softmax: { label: 'softmax', range: '(0, 1), sums to 1', negativeOutputs: false },
  };

export function isActivation(x: unknown): x is Activation {
  return typeof x === 'string' && (ACTIVATIONS as readonly string[]).includes(x);
}

/** a = f(z) for one scalar (softmax of a single value is 1). For plots and hand checks. */
export function activate(kind: Activation, z: number): number {
  switch (kind) {
    case 'relu':
      return z > 0 ? z : 0;
    case 'leaky_relu':
      return z > 0 ? z : LEAKY_SLOPE * z;
    case 'tanh':
      return tanh(z);
    case 'sigmoid':
      return sigmoid(z);
    case 'linear':
      return z;
    case 'silu':
      return silu(z);
    case 'gelu':
      return gelu(z);
    case 'sine':
      return sin(z);
    case 'softmax':
      return 1;
  }
}

/** f'(z) for one scalar, elementwise activations only (softmax's is a Jacobian). */
export function derivative(kind: Activation, z: number): number {
  switch (kind) {
    case 'relu':
      return z > 0 ? 1 : 0;
    case 'leaky_relu':
      return z > 0 ? 1 : LEAKY_SLOPE;
    case 'tanh': {
      const t = tanh(z);
      return 1 - t * t;
    }
    case 'sigmoid': {
      const s = sigmoid(z);
      return s * (1 - s);
    }
    case 'silu':
      return siluDerivative(z);
    case 'gelu':
      return geluDerivative(z);
    case 'sine':
      return cos(z);
    case 'linear':
    case 'softmax':
      return 1;
  }
}

/** a = f(z) over a rows × cols block; softmax normalises each row. */
export function activateBlock(
  kind: Activation,
  z: Float64Array,
  a: Float64Array,
  rows: number,
  cols: number,
): void {
  const n = rows * cols;
  switch (kind) {
    case 'relu':
      for (let i = 0; i < n; i++) a[i] = z[i] > 0 ? z[i] : 0;
      return;
    case 'leaky_relu':
      for (let i = 0; i < n; i++) a[i] = z[i] > 0 ? z[i] : LEAKY_SLOPE * z[i];
      return;
    case 'tanh':
      for (let i = 0; i < n; i++) a[i] = tanh(z[i]);
      return;
    case 'sigmoid':
      for (let i = 0; i < n; i++) a[i] = sigmoid(z[i]);
      return;
    case 'linear':
      for (let i = 0; i < n; i++) a[i] = z[i];
      return;
    case 'silu':
      for (let i = 0; i < n; i++) a[i] = silu(z[i]);
      return;
    case 'gelu':
      for (let i = 0; i < n; i++) a[i] = gelu(z[i]);
      return;
    case 'sine':
      for (let i = 0; i < n; i++) a[i] = sin(z[i]);
      return;
    case 'softmax':
      for (let r = 0; r < rows; r++) {
        const o = r * cols;
        let m = -Infinity;
        for (let k = 0; k < cols; k++) if (z[o + k] > m) m = z[o + k];
        let sum = 0;
        for (let k = 0; k < cols; k++) {
          const e = exp(z[o + k] - m);
          a[o + k] = e;
          sum += e;
        }
        for (let k = 0; k < cols; k++) a[o + k] /= sum;
      }
      return;
  }
}

/**
 * d ← d ⊙ f'(z), turning dL/da into dL/dz, for elementwise activations. Uses the stored outputs a.
 * Softmax is handled by the caller (its Jacobian couples units).
 */
export function multiplyByDerivative(
  kind: Activation,
  z: Float64Array,
  a: Float64Array,
  d: Float64Array,
  n: number,
): void {
  switch (kind) {
    case 'relu':
      for (let i = 0; i < n; i++) if (!(z[i] > 0)) d[i] = 0;
      return;
    case 'leaky_relu':
      for (let i = 0; i < n; i++) if (!(z[i] > 0)) d[i] *= LEAKY_SLOPE;
      return;
    case 'tanh':
      for (let i = 0; i < n; i++) d[i] *= 1 - a[i] * a[i];
      return;
    case 'sigmoid':
      for (let i = 0; i < n; i++) d[i] *= a[i] * (1 - a[i]);
      return;
    case 'silu':
      for (let i = 0; i < n; i++) d[i] *= siluDerivative(z[i]);
      return;
    case 'gelu':
      for (let i = 0; i < n; i++) d[i] *= geluDerivative(z[i]);
      return;
    case 'sine':
      for (let i = 0; i < n; i++) d[i] *= cos(z[i]);
      return;
    case 'linear':
    case 'softmax':
      return;
  }
}
