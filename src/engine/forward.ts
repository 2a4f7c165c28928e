import { activateBlock } from './activations';
import { gemmForward } from './kernelsForward';
import type { Mlp } from './mlp';
import type { Workspace } from './workspace';

/** Forward pass of ws.x (rows samples): fills z and a of every layer. Returns the output matrix. */
export function forward(m: Mlp, ws: Workspace, rows: number): Float64Array {
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
    activateBlock(layer.activation, z, ws.a[l], rows, layer.units);
    input = ws.a[l];
  }
  return input;
}
