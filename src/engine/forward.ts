import { activateBlock } from './activations';
import type { DropoutBuffers } from './dropout';
import { gemmForward } from './kernelsForward';
import type { Mlp } from './mlp';
import type { Workspace } from './workspace';

/**
 * Forward pass of ws.x (rows samples): fills z and a of every layer. Returns the output matrix. With drop
 * (a training step with dropout), each hidden layer's a is its output times its mask, and the output before
 * the mask is kept in drop.pre for the backward pass.
 */
export function forward(
  m: Mlp,
  ws: Workspace,
  rows: number,
  drop: DropoutBuffers | null = null,
): Float64Array {
  let input = ws.x;
  for (let l = 0; l < m.layers.length; l++) {
    const layer = m.layers[l];
    const z = ws.z[l];
    // z = X·Wᵀ + b: rows × units.
    gemmForward(
      rows,
      layer.units,
      layer.inputs,
      input,
      layer.weights,
      z,
      1,
      layer.useBias ? layer.biases : null,
    );
    const a = ws.a[l];
    activateBlock(layer.activation, z, a, rows, layer.units);
    if (drop && l < m.layers.length - 1) {
      const pre = drop.pre[l];
      const mask = drop.mask[l];
      const n = rows * layer.units;
      for (let i = 0; i < n; i++) {
        pre[i] = a[i];
        a[i] = pre[i] * mask[i];
      }
    }
    input = a;
  }
  return input;
}
