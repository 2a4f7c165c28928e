import { memo } from 'react';
import { useStore } from '../../store';
import type { Layer } from '../../engine';
import { formatNumber } from '../../format/display';

/** Cells per table before it shows only the first units (a 784 × 128 layer would be 100,000 cells). */
export const MAX_TABLE_CELLS = 2400;

/** A value with its sign glyph and fixed decimals: "+0.412", "−1.000", "0.000". */
export function tableValue(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  return formatNumber(v, { signed: true, fixed: 3 });
}

const LayerTable = memo(function LayerTable({ layer, l }: { layer: number; l: Layer; version: number }) {
  const shownRows = Math.max(1, Math.min(l.units, Math.floor(MAX_TABLE_CELLS / (l.inputs + 1))));
  const inputs = Array.from({ length: l.inputs }, (_, j) => j);
  return (
    <div className="weight-table-wrap">
      <table className="weight-table" aria-label={`Layer ${layer + 1} weights table`}>
        <caption>
          Layer {layer + 1}: weight from input j into unit i{l.useBias ? ', and each unit’s bias' : ''}
          {shownRows < l.units ? ` (first ${shownRows} of ${l.units} units shown)` : ''}
        </caption>
        <thead>
          <tr>
            <td />
            {inputs.map((j) => (
              <th key={j} scope="col">
                input {j + 1}
              </th>
            ))}
            {l.useBias && <th scope="col">bias</th>}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: shownRows }, (_, i) => (
            <tr key={i}>
              <th scope="row">unit {i + 1}</th>
              {inputs.map((j) => {
                const k = i * l.inputs + j;
                const v = l.weights[k];
                if (l.pruned?.[k])
                  return (
                    <td key={j} className="pruned">
                      pruned
                    </td>
                  );
                return (
                  <td key={j} className={v > 0 ? 'pos' : v < 0 ? 'neg' : 'zero'}>
                    {tableValue(v)}
                    {l.frozen?.[k] ? <span title="frozen"> 🔒</span> : null}
                  </td>
                );
              })}
              {l.useBias && (
                <td className={l.biases[i] > 0 ? 'pos bias' : l.biases[i] < 0 ? 'neg bias' : 'zero bias'}>
                  {tableValue(l.biases[i])}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});

/** The same numbers as the heatmaps, as tables: for screen readers and for reading exact values. */
export function WeightTables() {
  const version = useStore((s) => s.version);
  const mlp = useStore((s) => s.mlp);
  return (
    <div className="weight-tables">
      {mlp.layers.map((l, i) => (
        <LayerTable key={i} layer={i} l={l} version={version} />
      ))}
    </div>
  );
}
