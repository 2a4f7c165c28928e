import { useStore } from '../../store';
import { formatTick, legendGradient, legendTicks } from '../../viz/legend';

const GRADIENT = legendGradient();

/**
 * The colour scale with numbers: −max … 0 … +max. With layer scope each layer shows its own; with network
 * scope one legend (layer = null) serves every layer.
 */
/** Narrowest legend that still reads (three ticks). */
export const LEGEND_MIN = 120;

export function ScaleLegend({ layer, width }: { layer: number | null; width: number }) {
  const scope = useStore((s) => s.colorScope);
  const max = useStore((s) => {
    const m = layer == null || s.colorScope === 'network' ? Math.max(0, ...s.scales) : (s.scales[layer] ?? 0);
    return m > 0 ? m : 1;
  });
  if (layer != null && scope === 'network') return null;
  // Narrow legends keep −max, 0 and +max so the labels never run into each other.
  const all = legendTicks(max);
  const ticks = width < 200 ? [all[0], all[2], all[4]] : all;
  const name = layer == null ? 'Colour scale, all layers' : `Colour scale, layer ${layer + 1}`;
  return (
    <div
      className="scale-legend"
      style={{ width }}
      role="img"
      aria-label={`${name}: orange negative to ${formatTick(-max)}, grey 0, blue positive to ${formatTick(max)}`}
    >
      <div className="scale-legend-bar" style={{ background: GRADIENT }} aria-hidden="true" />
      <div className="scale-legend-ticks" aria-hidden="true">
        {ticks.map((t, i) => (
          <span key={i} style={{ left: `${(i / (ticks.length - 1)) * 100}%` }}>
            {formatTick(t)}
          </span>
        ))}
      </div>
    </div>
  );
}
