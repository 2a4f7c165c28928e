import { exp, sigmoid, tanh } from './detmath';
/**
 * Activation functions as a table keyed by name. Derivatives are written in terms of the stored output a
 * (tanh' = 1 − a², σ' = σ(1 − σ)) so backward never recomputes a transcendental function.
 */
export const ACTIVATIONS = ['relu', 'leaky_relu', 'tanh', 'sigmoid', 'linear', 'softmax'] as const;
export type Activation = (typeof ACTIVATIONS)[number];
/** Softmax couples a layer's units, so it is only allowed on the output layer. */
export const HIDDEN_ACTIVATIONS = ['relu', 'leaky_relu', 'tanh', 'sigmoid', 'linear'] as const;
export type HiddenActivation = (typeof HIDDEN_ACTIVATIONS)[number];

export const LEAKY_SLOPE = 0.01;

export const ACTIVATION_INFO: Record<Activation, { label: string; range: string; negativeOutputs: boolean }> =
  {
    relu: { label: 'ReLU', range: '[0, ∞)', negativeOutputs: false },
    leaky_relu: { label: 'Leaky ReLU', range: '(−∞, ∞)', negativeOutputs: true },
    tanh: { label: 'tanh', range: '(−1, 1)', negativeOutputs: true },
    sigmoid: { label: 'sigmoid', range: '(0, 1)', negativeOutputs: false },
    linear: { label: 'linear', range: '(−∞, ∞)', negativeOutputs: true },
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
    case 'linear':
    case 'softmax':
      return;
  }
}
