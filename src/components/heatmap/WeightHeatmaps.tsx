import { memo, useRef } from 'react';
import { useStore } from '../../store';
import { drawHeatmap, maxAbs } from '../../viz/heatmap';
import { sizeCanvas, useCanvasDraw } from '../common/useDprCanvas';

const CELL = 16;

/** One layer's weight matrix (rows = receiving units, columns = inputs) with its bias strip. */
const LayerHeatmap = memo(function LayerHeatmap({ layer }: { layer: number }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const shape = useStore((s) => `${s.mlp.layers[layer]?.units}x${s.mlp.layers[layer]?.inputs}`);
  const [units, inputs] = shape.split('x').map(Number);
  const cell = Math.max(2, Math.min(CELL, Math.floor(320 / Math.max(inputs + 2, units))));
  useCanvasDraw(
    ref,
    (redraw) => useStore.subscribe((s, p) => s.version !== p.version && redraw()),
    (canvas) => {
      const l = useStore.getState().mlp.layers[layer];
      if (!l) return;
      const ctx = sizeCanvas(canvas, (l.inputs + 1) * cell + 6, l.units * cell);
      if (!ctx) return;
      const max = maxAbs([l.weights, l.biases]);
      drawHeatmap(ctx, l.weights, { rows: l.units, cols: l.inputs, max, cellW: cell, cellH: cell });
      ctx.save();
      ctx.translate(l.inputs * cell + 6, 0);
      drawHeatmap(ctx, l.biases, { rows: l.units, cols: 1, max, cellW: cell, cellH: cell });
      ctx.restore();
    },
    [layer, cell, shape],
  );
  return (
    <figure className="heatmap">
      <figcaption>
        Layer {layer + 1}: {units} × {inputs} weights + {units} biases
      </figcaption>
      <canvas ref={ref} role="img" aria-label={`Layer ${layer + 1} weights heatmap`} />
    </figure>
  );
});

export function WeightHeatmaps() {
  const layers = useStore((s) => s.mlp.layers.length);
  return (
    <section className="panel heatmaps" aria-label="Weight heatmaps">
      <h2>Weights</h2>
      <div className="heatmap-row">
        {Array.from({ length: layers }, (_, l) => (
          <LayerHeatmap key={l} layer={l} />
        ))}
      </div>
    </section>
  );
}
