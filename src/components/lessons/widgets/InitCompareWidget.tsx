import { useState } from 'react';
import type { InitSpec } from '../../../engine';
import { activationSpread, reinitialised, trainCopy } from '../../../lessons/experiments';
import { useStore } from '../../../store';
import { trainOptionsOf } from '../../../domain/run';
import { LineChart, type Series } from './LineChart';
import { formatNumber } from '../../../format/display';

const STEPS = 400;
const INITS: { name: string; spec: InitSpec; color: string; dash?: string }[] = [
  { name: 'zeros', spec: { kind: 'zeros' }, color: '#555555' },
  { name: 'tiny N(0, 0.01²)', spec: { kind: 'normal', value: 0.01 }, color: '#b35806', dash: '2 2' },
  { name: 'Xavier', spec: { kind: 'xavier_uniform' }, color: '#2166ac' },
  { name: 'He', spec: { kind: 'he_uniform' }, color: '#5aae61', dash: '6 3' },
  { name: 'huge N(0, 3²)', spec: { kind: 'normal', value: 3 }, color: '#7b3294', dash: '1 3' },
];

interface Row {
  name: string;
  maxAbs: number;
  spread: number[];
  final: number;
}

/** Trains the same architecture from five initialisations (same seed, same batches) and compares them. */
export function InitCompareWidget() {
  const [data, setData] = useState<{ series: Series[]; rows: Row[] } | null>(null);
  const run = () => {
    const s = useStore.getState();
    s.pause();
    const options = trainOptionsOf(s.config);
    const series: Series[] = [];
    const rows: Row[] = [];
    for (const init of INITS) {
      const start = reinitialised(s.mlp, init.spec, s.config.seed);
      const r = trainCopy(start, s.train, options, s.config.seed, STEPS, 20);
      series.push({
        name: init.name,
        color: init.color,
        dash: init.dash,
        values: r.losses.map((y, i) => ({ x: i * 20, y })),
      });
      rows.push({
        name: init.name,
        maxAbs: Math.max(...start.layers.flatMap((l) => Array.from(l.weights, Math.abs))),
        spread: activationSpread(start, s.train),
        final: r.losses[r.losses.length - 1],
      });
    }
    setData({ series, rows });
  };
  return (
    <div className="lesson-widget">
      <div className="row">
        <button type="button" onClick={run}>
          Compare five initialisations
        </button>
      </div>
      {data && (
        <>
          <LineChart
            title="Train loss over steps for five initialisations"
            series={data.series}
            xLabel="step"
            yLabel="train loss"
          />
          <table aria-label="Initialisations compared">
            <thead>
              <tr>
                <th scope="col">Init</th>
                <th scope="col">max |w| at start</th>
                <th scope="col">output spread per hidden layer at start</th>
                <th scope="col">loss after {STEPS}</th>
              </tr>
            </thead>
            <tbody>
              {data.rows.map((r) => (
                <tr key={r.name}>
                  <th scope="row">{r.name}</th>
                  <td>{formatNumber(r.maxAbs)}</td>
                  <td>{r.spread.map((v) => formatNumber(v)).join(' · ')}</td>
                  <td>{formatNumber(r.final, { digits: 4 })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
