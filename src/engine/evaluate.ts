import { isCorrect, targetKind, type TrainData } from './data';
import { forward } from './forward';
import { lossAndOutputDelta, type Loss } from './losses';
import { outputUnits, type Mlp } from './mlp';
import { ensureWorkspace, type Workspace } from './workspace';

const CHUNK = 256;

export interface Evaluation {
  loss: number;
  /** Fraction correct, or null for regression targets. */
  accuracy: number | null;
}

let shared: Workspace | null = null;

/** Mean loss and accuracy of m over a whole data set, in chunks (no gradient is kept). */
export function evaluate(m: Mlp, data: TrainData, loss: Loss): Evaluation {
  const k = outputUnits(m);
  const kind = targetKind(data.y, k);
  if (data.n === 0) return { loss: 0, accuracy: kind === 'regression' ? null : 0 };
  const ws = (shared = ensureWorkspace(shared, m, CHUNK));
  let total = 0;
  let correct = 0;
  for (let s = 0; s < data.n; s += CHUNK) {
    const rows = Math.min(CHUNK, data.n - s);
    ws.x.set(data.x.subarray(s * m.inputs, (s + rows) * m.inputs));
    ws.y.set(data.y.subarray(s * k, (s + rows) * k));
    const out = forward(m, ws, rows);
    // The loss by the same stable formulas training uses (backward's first step), without the gradients,
    // which cost as much again as the forward pass and are not kept.
    const last = m.layers[m.layers.length - 1];
    if (last) {
      const L = m.layers.length - 1;
      total += lossAndOutputDelta(loss, last.activation, ws.z[L], ws.a[L], ws.y, ws.delta[L], rows, k);
    }
    if (kind !== 'regression') for (let r = 0; r < rows; r++) if (isCorrect(kind, out, ws.y, r, k)) correct++;
  }
  return { loss: total / data.n, accuracy: kind === 'regression' ? null : correct / data.n };
}

/** Network outputs for n points (n × inputs); returns n × outputs. */
export function predict(m: Mlp, x: Float64Array, n: number): Float64Array {
  return predictWithHidden(m, x, n, false).output;
}

export interface GridOutputs {
  /** n × outputs. */
  output: Float64Array;
  /** When asked: units[l][u] is unit u of layer l's output at each of the n points. */
  units: Float64Array[][] | null;
}

/** Forward over many points (a decision-map grid), optionally keeping every unit's output as its own array. */
export function predictWithHidden(m: Mlp, x: Float64Array, n: number, withUnits: boolean): GridOutputs {
  const k = outputUnits(m);
  const output = new Float64Array(n * k);
  const units = withUnits
    ? m.layers.map((l) => Array.from({ length: l.units }, () => new Float64Array(n)))
    : null;
  const ws = (shared = ensureWorkspace(shared, m, CHUNK));
  for (let s = 0; s < n; s += CHUNK) {
    const rows = Math.min(CHUNK, n - s);
    ws.x.set(x.subarray(s * m.inputs, (s + rows) * m.inputs));
    const out = forward(m, ws, rows);
    output.set(out.subarray(0, rows * k), s * k);
    if (units) {
      for (let l = 0; l < m.layers.length; l++) {
        const a = ws.a[l];
        const U = m.layers[l].units;
        const dst = units[l];
        for (let r = 0; r < rows; r++) for (let u = 0; u < U; u++) dst[u][s + r] = a[r * U + u];
      }
    }
  }
  return { output, units };
}
