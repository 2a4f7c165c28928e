import { useLayoutEffect, useRef } from 'react';
import { useStore } from '../../store';
import { drawHeatmap, maxAbs } from '../../viz/heatmap';
import { sizeCanvas } from '../common/useDprCanvas';
import { formatNumber } from '../../format/display';

function Diff({ layer, pinned }: { layer: number; pinned: Float64Array }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const L = useStore.getState().mlp.layers[layer];
  const diff = Float64Array.from(L.weights, (w, i) => w - pinned[i]);
  const max = maxAbs([diff]);
  const cell = Math.max(2, Math.min(16, Math.floor(Math.min(160 / L.inputs, 120 / L.units))));
  useLayoutEffect(() => {
    const c = ref.current;
    const ctx = c && sizeCanvas(c, L.inputs * cell, L.units * cell);
    if (ctx) drawHeatmap(ctx, diff, { rows: L.units, cols: L.inputs, max, cellW: cell, cellH: cell });
  });
  return (
    <figure className="delta-grid">
      <canvas
        ref={ref}
        role="img"
        aria-label={`Layer ${layer + 1}: W now minus W pinned, scale ±${formatNumber(max, { digits: 2 })}`}
      />
      <figcaption>
        Layer {layer + 1} <span className="muted">±{formatNumber(max, { digits: 2 })}</span>
      </figcaption>
    </figure>
  );
}

/** W(now) − W(pinned), one heatmap per layer on its own zero-centred scale. */
export function CompareView() {
  const pinned = useStore((s) => s.pinned);
  const step = useStore((s) => s.step);
  useStore((s) => s.version);
  const shapesOk = useStore(
    (s) => !!s.pinned && s.pinned.weights.every((w, l) => s.mlp.layers[l]?.weights.length === w.length),
  );
  if (!pinned || !shapesOk) return null;
  return (
    <div className="compare">
      <h3 className="small">
        Change since the pinned step: W(step {step}) − W(step {pinned.step})
      </h3>
      <div className="delta-pair">
        {pinned.weights.map((w, l) => (
          <Diff key={l} layer={l} pinned={w} />
        ))}
      </div>
    </div>
  );
}
