import { useRef, useState } from 'react';
import { useStore } from '../../store';
import { formatNumber } from '../../format/display';
import { histogramStrip, layerRange, stripPixels } from '../../viz/charts/histogramStrip';
import { sampleIndices, stepsOf } from '../../viz/charts/series';
import { sizeCanvas } from '../common/useDprCanvas';
import { downloadPng, downloadText } from './download';
import { useTimelineRedraw } from './useTimelineRedraw';

const BINS = 41;
const W = 300;
const H = 123;
const ZOOMS = [1, 2, 4, 8];

/** A layer's weight distribution over steps: x = step, y = value (fixed bins), darkness = count. */
export function HistogramStrip({ layer }: { layer: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [zoom, setZoom] = useState(1);
  const [range, setRange] = useState(1);
  const [span, setSpan] = useState<[number, number]>([0, 0]);
  const data = useRef<{ counts: Float32Array; steps: Float64Array; lo: number; hi: number } | null>(null);
  const title = `Layer ${layer + 1}: weight distribution over steps`;
  useTimelineRedraw(canvas, () => {
    const h = useStore.getState().historyOf(useStore.getState().branchId);
    const c = canvas.current;
    if (!h || !c || layer >= h.shapes.length) return;
    const idx = sampleIndices(h.count, W);
    // The full range is fixed from the whole kept history, so every column uses the same bins.
    const r = layerRange(h, layer, idx) / zoom;
    setRange(r);
    const counts = histogramStrip(h, layer, idx, BINS, -r, r);
    data.current = { counts, steps: stepsOf(h, idx), lo: -r, hi: r };
    const st = data.current.steps;
    if (st.length)
      setSpan((p) => (p[0] === st[0] && p[1] === st[st.length - 1] ? p : [st[0], st[st.length - 1]]));
    const ctx = sizeCanvas(c, W, H);
    if (!ctx) return;
    const cols = idx.length;
    const img = new ImageData(
      stripPixels(counts, h.shapes[layer].inputs * h.shapes[layer].units) as Uint8ClampedArray<ArrayBuffer>,
      cols,
      BINS,
    );
    const tmp = document.createElement('canvas');
    tmp.width = cols;
    tmp.height = BINS;
    tmp.getContext('2d')?.putImageData(img, 0, 0);
    ctx.imageSmoothingEnabled = false;
    ctx.clearRect(0, 0, W, H);
    ctx.drawImage(tmp, 0, 0, W, H);
    // The zero line: the sign boundary.
    ctx.strokeStyle = '#b35806';
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(0, H / 2);
    ctx.lineTo(W, H / 2);
    ctx.stroke();
  }, [layer, zoom]);
  const csv = () => {
    const d = data.current;
    if (!d) return;
    const w = d.hi / BINS - d.lo / BINS; // not (hi − lo) / BINS: ±MAX_VALUE would overflow
    const head = [
      'step',
      ...Array.from(
        { length: BINS },
        // Exact bin edges (a CSV is data): the shortest text that reads back as the same double.
        (_, b) => `[${d.lo + b * w};${d.lo + (b + 1) * w})`,
      ),
    ];
    const rows = [head.join(',')];
    for (let c = 0; c < d.steps.length; c++)
      rows.push(
        [
          d.steps[c],
          ...Array.from({ length: BINS }, (_, b) => d.counts[(BINS - 1 - b) * d.steps.length + c]),
        ].join(','),
      );
    downloadText(`layer${layer + 1}-histogram.csv`, rows.join('\n') + '\n');
  };
  return (
    <figure className="chart-card">
      <figcaption>{title}</figcaption>
      <div className="strip-wrap">
        <span className="strip-axis small" aria-hidden="true">
          <span>{formatNumber(range, { signed: true })}</span>
          <span>0</span>
          <span>{formatNumber(-range)}</span>
        </span>
        <canvas
          ref={canvas}
          role="img"
          aria-label={`${title}; steps ${span[0]} to ${span[1]}, value axis ±${formatNumber(range)}, ${BINS} fixed bins`}
        />
      </div>
      <p className="strip-steps small" aria-hidden="true">
        <span>step {formatNumber(span[0], { digits: 15 })}</span>
        <span>{formatNumber(span[1], { digits: 15 })}</span>
      </p>
      <div className="chart-actions">
        <label className="small">
          Value zoom{' '}
          <select value={zoom} onChange={(e) => setZoom(Number(e.target.value))}>
            {ZOOMS.map((z) => (
              <option key={z} value={z}>
                {z}×
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={csv}>
          CSV<span className="visually-hidden"> of {title}</span>
        </button>
        <button
          type="button"
          onClick={() => canvas.current && downloadPng(`layer${layer + 1}-histogram.png`, canvas.current)}
        >
          PNG<span className="visually-hidden"> of {title}</span>
        </button>
      </div>
    </figure>
  );
}
