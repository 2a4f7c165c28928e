import { useMemo, useState } from 'react';
import { magnitudeMasks, pruningCurve } from '../../../lessons/experiments';
import { useStore } from '../../../store';
import { LineChart } from './LineChart';

const FRACTIONS = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95];

/** Prunes the smallest |w|, shows accuracy against the fraction pruned, and holds pruned weights at 0. */
export function PruningWidget() {
  const version = useStore((s) => s.version);
  const [fraction, setFraction] = useState(0.5);
  const [scope, setScope] = useState<'layer' | 'global'>('global');
  const curve = useMemo(() => {
    void version;
    const { mlp, train, config } = useStore.getState();
    return pruningCurve(mlp, train, config.loss, scope, FRACTIONS);
  }, [version, scope]);
  const apply = () => {
    const s = useStore.getState();
    s.prune(magnitudeMasks(s.mlp, fraction, scope), `prune ${Math.round(fraction * 100)}%`);
  };
  const clear = () => useStore.getState().clearPruning();
  const y = curve.map((p) => ({ x: p.fraction * 100, y: p.accuracy ?? p.loss }));
  return (
    <div className="lesson-widget">
      <div className="row">
        <label>
          Prune{' '}
          <input
            type="range"
            min={0}
            max={0.95}
            step={0.05}
            value={fraction}
            onChange={(e) => setFraction(Number(e.target.value))}
            aria-valuetext={`${Math.round(fraction * 100)}%`}
          />{' '}
          {Math.round(fraction * 100)}%
        </label>
        <label>
          by{' '}
          <select value={scope} onChange={(e) => setScope(e.target.value as 'layer' | 'global')}>
            <option value="global">whole network</option>
            <option value="layer">each layer</option>
          </select>
        </label>
        <button type="button" onClick={apply}>
          Apply pruning
        </button>
        <button type="button" onClick={clear}>
          Clear pruning
        </button>
      </div>
      <LineChart
        title="Train accuracy if the smallest weights were pruned, by fraction pruned"
        series={[{ name: 'accuracy without retraining', color: '#2166ac', values: y }]}
        xLabel="% of weights pruned"
        yLabel="train accuracy"
      />
      <p>Pruned weights stay exactly 0 while you keep training: that is retraining with the mask held.</p>
    </div>
  );
}
