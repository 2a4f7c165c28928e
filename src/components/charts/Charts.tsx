import { useStore } from '../../store';
import { STAT } from '../../history/timelineHistory';
import { NEGATIVE, POSITIVE } from '../../viz/colors';
import { flipRate, sampleIndices, signFractions, statPerLayer, stepsOf } from '../../viz/charts/series';
import './charts.css';
import { FlipTotals } from './FlipTotals';
import { HistogramStrip } from './HistogramStrip';
import { CHART_POINTS, LineChartCard } from './LineChartCard';
import { Trajectories } from './Trajectories';

const LAYER_COLORS = ['#1b9e77', '#7570b3', '#e7298a', '#66a61e', '#e6ab02', '#a6761d', '#1f78b4', '#666666'];

/** Charts of the signed weights over the kept steps: signs, distributions, flips, trajectories, norms. */
export function Charts() {
  const layers = useStore((s) => s.mlp.layers.length);
  const ls = Array.from({ length: layers }, (_, l) => l);
  return (
    <section className="panel charts" aria-labelledby="charts-title">
      <details open>
        <summary>
          <h2 id="charts-title">Signed weights over time</h2>
        </summary>
        <h3 className="chart-group">
          Signs per layer: fraction negative (orange), zero (dashed), positive (blue)
        </h3>
        <div className="chart-grid">
          {ls.map((l) => (
            <LineChartCard
              key={l}
              title={`Layer ${l + 1}: fraction of weights by sign`}
              file={`layer${l + 1}-signs`}
              deps={[l]}
              options={{ y: [0, 1], yPercent: true }}
              data={(h) =>
                signFractions(h, l, sampleIndices(h.count, CHART_POINTS), [NEGATIVE, '#777777', POSITIVE])
              }
            />
          ))}
        </div>
        <h3 className="chart-group">Distributions (fixed bins) and sign changes</h3>
        <div className="chart-grid">
          {ls.map((l) => (
            <HistogramStrip key={l} layer={l} />
          ))}
          <LineChartCard
            title="Sign flips per step, per layer"
            file="flips-per-step"
            data={(h) => {
              const idx = sampleIndices(h.count, CHART_POINTS);
              return {
                steps: stepsOf(h, idx),
                series: h.shapes.map((_, l) => ({
                  name: `layer ${l + 1}`,
                  color: LAYER_COLORS[l % 8],
                  values: flipRate(h, l, idx),
                })),
              };
            }}
          />
          {ls.map((l) => (
            <FlipTotals key={l} layer={l} />
          ))}
        </div>
        <h3 className="chart-group">Trajectories and norms</h3>
        <div className="chart-grid">
          <Trajectories />
          <LineChartCard
            title="L1 norm per layer (Σ|w|)"
            file="l1-norms"
            data={(h) => statPerLayer(h, STAT.l1, sampleIndices(h.count, CHART_POINTS), LAYER_COLORS, 'L1')}
          />
          <LineChartCard
            title="L2 norm per layer (√Σw²)"
            file="l2-norms"
            data={(h) => statPerLayer(h, STAT.l2, sampleIndices(h.count, CHART_POINTS), LAYER_COLORS, 'L2')}
          />
        </div>
      </details>
    </section>
  );
}
