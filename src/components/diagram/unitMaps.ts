import { predictWithHidden, type Mlp, type TrainData } from '../../engine';
import type { Dataset } from '../../datasets';
import type { Config } from '../../domain/config';
import { inputsOf } from '../../domain/run';
import { gridInputs } from '../../viz/decisionMap';
import { deadUnits, extent } from '../../viz/diagram';
import type { UnitImage } from '../../viz/diagramDraw';

export const UNIT_GRID = 24;

export interface LayerStats {
  /** Per unit: [min, max] output over the training points. */
  ranges: [number, number][];
  /** Units that are exactly 0 on every training point. */
  dead: number[];
}

/** images[c][u]: c = 0 input column, c = l + 1 layer l. */
export type UnitImages = (UnitImage | null)[][];

/** Layer outputs are bounded for tanh, sigmoid, sine and softmax: keep one fixed scale so colours compare over time. */
function scaleOf(m: Mlp, l: number, units: Float64Array[]): number {
  const act = m.layers[l].activation;
  if (act === 'tanh' || act === 'sigmoid' || act === 'sine' || act === 'softmax') return 1;
  let max = 1e-9;
  for (const a of units) for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i]));
  return max;
}

/**
 * What the diagram's units show: for 2D inputs each unit's output over a coarse grid of the plane; for image
 * inputs each first-layer unit's incoming weights as a picture (no forward pass at all).
 */
export function computeUnitImages(m: Mlp, d: Dataset, cap: number, c?: Pick<Config, 'features'>): UnitImages {
  const images: UnitImages = [[]];
  if (d.inputs === 2 && d.domain) {
    const n = UNIT_GRID * UNIT_GRID;
    // Each grid point as the network sees it: its features (x₁², sin x₁, …), not its coordinates.
    const grid = gridInputs(UNIT_GRID, d.domain);
    const x = c ? inputsOf(d, c, grid, n) : grid;
    const { units } = predictWithHidden(m, x, n, true);
    units!.forEach((layer, l) => {
      const max = scaleOf(m, l, layer);
      images.push(layer.slice(0, cap).map((values) => ({ values, side: UNIT_GRID, max })));
    });
  } else if (d.image && d.image.width === d.image.height) {
    const L = m.layers[0];
    let max = 1e-9;
    for (let i = 0; i < L.weights.length; i++) max = Math.max(max, Math.abs(L.weights[i]));
    images.push(
      Array.from({ length: Math.min(cap, L.units) }, (_, u) => ({
        values: L.weights.subarray(u * L.inputs, (u + 1) * L.inputs),
        side: d.image!.width,
        max,
      })),
    );
  }
  return images;
}

/**
 * Each layer's output range and dead units over the training set: a forward pass over all of it, which on
 * image data (thousands of 784-pixel images) costs far more than a frame, so play paces it (NetworkDiagram).
 */
export function computeLayerStats(m: Mlp, train: TrainData): LayerStats[] {
  const { units } = predictWithHidden(m, train.x, train.n, true);
  return units!.map((layer) => ({
    ranges: layer.map((a) => extent(a)),
    dead: deadUnits(layer, train.n),
  }));
}
