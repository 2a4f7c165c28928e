import { useRef } from 'react';
import { useStore } from '../../store';
import { drawHeatmap } from '../../viz/heatmap';
import { sizeCanvas } from '../common/useDprCanvas';
import { downloadPng, downloadText } from './download';
import { useTimelineRedraw } from './useTimelineRedraw';

/** Sign flips per weight since the network was built: "which weights kept changing their mind". */
export function FlipTotals({ layer }: { layer: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const title = `Layer ${layer + 1}: sign changes per weight`;
  const maxRef = useRef(0);
  useTimelineRedraw(canvas, () => {
    const L = useStore.getState().mlp.layers[layer];
    const counts = useStore.getState().flipCounts()[layer];
    const c = canvas.current;
    if (!L || !counts || !c || counts.length !== L.weights.length) return;
    let max = 0;
    for (const v of counts) if (v > max) max = v;
    maxRef.current = max;
    const cell = Math.max(2, Math.min(16, Math.floor(Math.min(200 / L.inputs, 110 / L.units))));
    const ctx = sizeCanvas(c, L.inputs * cell, L.units * cell);
    if (ctx)
      drawHeatmap(ctx, counts, {
        rows: L.units,
        cols: L.inputs,
        max: Math.max(1, max),
        cellW: cell,
        cellH: cell,
        glyphMin: 999,
      });
    c.setAttribute('aria-label', `${title}: up to ${max}`);
  }, [layer]);
  const csv = () => {
    const L = useStore.getState().mlp.layers[layer];
    const counts = useStore.getState().flipCounts()[layer];
    const rows = ['unit,input,flips'];
    for (let i = 0; i < L.units; i++)
      for (let j = 0; j < L.inputs; j++) rows.push(`${i + 1},${j + 1},${counts[i * L.inputs + j]}`);
    downloadText(`layer${layer + 1}-flips.csv`, rows.join('\n') + '\n');
  };
  return (
    <figure className="chart-card">
      <figcaption>{title}</figcaption>
      <canvas ref={canvas} role="img" aria-label={title} />
      <p className="small muted">Darker blue = more sign changes (grey = none).</p>
      <div className="chart-actions">
        <button type="button" onClick={csv}>
          CSV<span className="visually-hidden"> of {title}</span>
        </button>
        <button
          type="button"
          onClick={() => canvas.current && downloadPng(`layer${layer + 1}-flips.png`, canvas.current)}
        >
          PNG<span className="visually-hidden"> of {title}</span>
        </button>
      </div>
    </figure>
  );
}
