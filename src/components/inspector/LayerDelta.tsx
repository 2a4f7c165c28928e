import { useLayoutEffect, useRef, useState } from 'react';
import type { StepRecord } from '../../engine';
import { drawPushArrows, pushDirections } from '../../viz/charts/arrows';
import { drawHeatmap, maxAbs } from '../../viz/heatmap';
import { sizeCanvas } from '../common/useDprCanvas';
import { formatNumber } from '../../format/display';

const MAX_W = 150;
const MAX_H = 130;

function Grid({
  values,
  rows,
  cols,
  label,
  outlined,
  arrows,
}: {
  values: Float64Array;
  rows: number;
  cols: number;
  label: string;
  outlined?: Int32Array;
  arrows?: Int8Array | null;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  const cell = Math.max(2, Math.min(22, Math.floor(Math.min(MAX_W / cols, MAX_H / rows))));
  const max = maxAbs([values]);
  useLayoutEffect(() => {
    const c = ref.current;
    if (!c) return;
    const ctx = sizeCanvas(c, cols * cell, rows * cell);
    if (!ctx) return;
    drawHeatmap(ctx, values, {
      rows,
      cols,
      max,
      cellW: cell,
      cellH: cell,
      outlined,
      glyphMin: arrows ? 999 : 14,
    });
    if (arrows) drawPushArrows(ctx, arrows, cols, cell, cell);
  });
  return (
    <figure className="delta-grid">
      <canvas ref={ref} role="img" aria-label={`${label}, scale ±${formatNumber(max, { digits: 2 })}`} />
      <figcaption>
        {label} <span className="muted">±{formatNumber(max, { digits: 2 })}</span>
      </figcaption>
    </figure>
  );
}

/** The whole layer after the step: W beside its update ΔW (own zero-centred scale), sign flips outlined. */
export function LayerDelta({ rec, layer }: { rec: StepRecord; layer: number }) {
  const [arrows, setArrows] = useState(false);
  const l = rec.layers[layer];
  const rows = l.biasesBefore.length;
  const cols = l.weightsBefore.length / rows;
  return (
    <div className="layer-delta">
      <div className="delta-pair">
        <Grid
          values={l.weightsAfter}
          rows={rows}
          cols={cols}
          label={`W, layer ${layer + 1}`}
          outlined={l.flipped}
          arrows={arrows ? pushDirections(l.grad) : null}
        />
        <Grid values={l.update} rows={rows} cols={cols} label="ΔW this step" outlined={l.flipped} />
      </div>
      <p className="muted small">
        {l.flipped.length} weight{l.flipped.length === 1 ? '' : 's'} changed sign (outlined).
      </p>
      <label className="check">
        <input type="checkbox" checked={arrows} onChange={(e) => setArrows(e.target.checked)} /> Show where
        SGD pushes next (▲ up, ▼ down: against the gradient)
      </label>
    </div>
  );
}
