import { useLayoutEffect, useRef } from 'react';
import type { Layer } from '../../../engine';
import { drawHeatmap, maxAbs } from '../../../viz/heatmap';
import { sizeCanvas } from '../../common/useDprCanvas';
import { formatNumber } from '../../../format/display';

const CELL = 18;

/** A small static heatmap of one layer's weights (columns = inputs), with its numbers as a table for readers. */
export function MiniHeatmap({ label, layer }: { label: string; layer: Layer }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    const c = ref.current;
    if (!c) return;
    const ctx = sizeCanvas(c, layer.inputs * CELL, layer.units * CELL);
    if (ctx)
      drawHeatmap(ctx, layer.weights, {
        rows: layer.units,
        cols: layer.inputs,
        max: maxAbs([layer.weights]),
        cellW: CELL,
        cellH: CELL,
      });
  }, [layer]);
  return (
    <figure className="mini-heatmap">
      <figcaption>{label}</figcaption>
      <canvas
        ref={ref}
        role="img"
        aria-label={`${label}: ${Array.from(layer.weights, (w) => formatNumber(w, { signed: true, fixed: 3 })).join(', ')}`}
      />
    </figure>
  );
}
