import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../store';
import type { WeightRef } from '../../domain/weightRef';
import { paramIndex, sampleIndices, stepsOf, trajectory } from '../../viz/charts/series';
import { CHART_POINTS, LineChartCard } from './LineChartCard';

const COLORS = ['#1b9e77', '#7570b3', '#e7298a', '#66a61e', '#e6ab02', '#a6761d', '#1f78b4', '#666666'];

export const refName = (r: WeightRef) =>
  r.col === 'bias' ? `b${r.layer + 1}[${r.row + 1}]` : `w${r.layer + 1}[${r.row + 1},${r.col + 1}]`;

/** Pinned weights' values over steps, around a firm zero line; plus the hovered weight as a sparkline. */
export function Trajectories() {
  const tracked = useStore(useShallow((s) => s.tracked));
  const selected = useStore((s) => s.selected);
  const hovered = useStore((s) => s.hovered);
  const key = tracked.map(refName).join(' ');
  const isTracked = selected && tracked.some((r) => refName(r) === refName(selected));
  return (
    <div className="trajectories">
      <div className="chart-actions">
        <button
          type="button"
          disabled={!selected}
          onClick={() => selected && useStore.getState().toggleTracked(selected)}
        >
          {isTracked ? 'Stop tracking' : 'Track'} the selected weight{selected ? ` ${refName(selected)}` : ''}
        </button>
        <span className="small muted">{tracked.length}/8 tracked</span>
      </div>
      <LineChartCard
        title={tracked.length ? `Trajectories: ${key}` : 'Trajectories (track up to 8 weights)'}
        file="trajectories"
        deps={[key]}
        options={{ zeroLine: true }}
        data={(h) => {
          const idx = sampleIndices(h.count, CHART_POINTS);
          const refs = useStore.getState().tracked.filter((r) => r.layer < h.shapes.length);
          return {
            steps: stepsOf(h, idx),
            series: refs.map((r, k) => ({
              name: refName(r),
              color: COLORS[k % COLORS.length],
              values: trajectory(h, paramIndex(h, r.layer, r.row, r.col), idx),
            })),
          };
        }}
      />
      {hovered && (
        <LineChartCard
          title={`Hovered ${refName(hovered)} over steps`}
          file="hovered-weight"
          width={300}
          height={70}
          deps={[refName(hovered)]}
          options={{ zeroLine: true, bare: true }}
          data={(h) => {
            const idx = sampleIndices(h.count, 120);
            const r = useStore.getState().hovered ?? hovered;
            const ok = r.layer < h.shapes.length;
            return {
              steps: stepsOf(h, idx),
              series: ok
                ? [
                    {
                      name: refName(r),
                      color: '#1a1a1a',
                      values: trajectory(h, paramIndex(h, r.layer, r.row, r.col), idx),
                    },
                  ]
                : [],
            };
          }}
        />
      )}
    </div>
  );
}
