import { exactZeroFraction } from '../../../lessons/experiments';
import { useStore } from '../../../store';
import { bestTestIndex } from '../../../viz/lossChart';
import { formatNumber } from '../../../format/display';

/** One-click regularisers, the count of exact zeros, and where early stopping would have stopped. */
export function RegularisationWidget() {
  useStore((s) => s.version);
  const history = useStore((s) => s.lossHistory);
  const l1 = useStore((s) => s.config.l1);
  const l2 = useStore((s) => s.config.l2);
  const l1Mode = useStore((s) => s.config.l1Mode);
  const { mlp, setConfig } = useStore.getState();
  const best = bestTestIndex(history);
  const zeros = exactZeroFraction(mlp);
  return (
    <div className="lesson-widget">
      <div className="row">
        <button
          type="button"
          onClick={() => setConfig({ l2: 0.01, l1: 0 })}
          aria-pressed={l2 > 0 && l1 === 0}
        >
          Add L2 (0.01)
        </button>
        <button
          type="button"
          onClick={() => setConfig({ l1: 0.01, l2: 0, l1Mode: 'clip_at_zero' })}
          aria-pressed={l1 > 0 && l1Mode === 'clip_at_zero'}
        >
          Add L1 (0.01, clip at zero)
        </button>
        <button type="button" onClick={() => setConfig({ l1: 0, l2: 0 })}>
          No regularisation
        </button>
      </div>
      <p>
        L1 = {l1}, L2 = {l2}. Weights exactly 0: <strong>{Math.round(zeros * 100)}%</strong>.
      </p>
      {best >= 0 && (
        <p data-testid="early-stop">
          Best test loss {formatNumber(history.test[best], { digits: 4 })} at step {history.steps[best]}:
          early stopping would stop there.
        </p>
      )}
    </div>
  );
}
