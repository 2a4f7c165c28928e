import { memo, useRef } from 'react';
import { useStore } from '../../store';
import { drawLossChart } from '../../viz/lossChart';
import { sizeCanvas, useCanvasDraw } from '../common/useDprCanvas';
import { formatNumber } from '../../format/display';

const HEIGHT = 140;

/** What the chart shows, in words, for screen readers (and anyone who cannot tell the lines apart). */
function describe(): string {
  const { lossHistory: h, config } = useStore.getState();
  const n = h.steps.length;
  if (!n) return 'Loss chart: no steps yet.';
  const f = (v: number) => (Number.isFinite(v) ? formatNumber(v, { fixed: 4 }) : 'not available');
  const target =
    config.targetLoss > 0 ? ` Target test loss ${formatNumber(config.targetLoss)} (line across).` : '';
  return `Loss chart over ${h.steps[n - 1]} steps: train loss ${f(h.train[n - 1])} (solid line), test loss ${f(h.test[n - 1])} (dashed line).${target}`;
}

/** Train (solid) and test (dashed) loss over steps; redraws from the store, never by re-rendering React. */
export const LossChart = memo(function LossChart() {
  const ref = useRef<HTMLCanvasElement>(null);
  const target = useStore((s) => s.config.targetLoss);
  useCanvasDraw(
    ref,
    (redraw) =>
      useStore.subscribe(
        (s, p) =>
          (s.lossHistory !== p.lossHistory || s.config.targetLoss !== p.config.targetLoss) && redraw(),
      ),
    (canvas) => {
      const width = Math.max(160, canvas.parentElement?.clientWidth ?? 300);
      canvas.setAttribute('aria-label', describe());
      const ctx = sizeCanvas(canvas, width, HEIGHT);
      if (!ctx) return;
      const { lossHistory: h, config } = useStore.getState();
      drawLossChart(ctx, h, { width, height: HEIGHT, target: config.targetLoss });
    },
    [],
  );
  return (
    <figure className="loss-chart">
      <canvas ref={ref} role="img" aria-label="Loss chart" />
      <figcaption className="legend">
        <span className="key key-train" aria-hidden="true" /> train
        <span className="key key-test" aria-hidden="true" /> test
        {target > 0 && (
          <span className="legend-target">
            <span className="key key-target" aria-hidden="true" /> target {formatNumber(target)}
          </span>
        )}
        <span className="axis-note">loss against step</span>
      </figcaption>
    </figure>
  );
});
