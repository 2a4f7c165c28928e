import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../store';
import { LossChart } from './LossChart';
import './metrics.css';
import { formatNumber, formatPercent } from '../../format/display';

// A diverged loss (1.3×10¹¹⁴) stays as short as 0.4731: the box never overflows.
const loss = (x: number) => (Number.isFinite(x) ? formatNumber(x, { fixed: 4 }) : '–');
const pct = (x: number | null) => (x == null || !Number.isFinite(x) ? '–' : formatPercent(x));

/** Train and test loss and accuracy, and the loss chart. Says when the figures lag behind training. */
export function MetricsPanel() {
  const m = useStore((s) => s.metrics);
  const [step, metricsStep] = useStore(useShallow((s) => [s.step, s.metricsStep]));
  const hasTest = useStore((s) => s.test.n > 0);
  const stale = metricsStep < step;
  return (
    <section className="panel metrics" aria-label="Loss and accuracy">
      <h2>Loss</h2>
      <table className="metrics-table">
        <thead>
          <tr>
            <td />
            <th scope="col">Loss</th>
            <th scope="col">Accuracy</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Train</th>
            <td data-testid="train-loss">{loss(m.trainLoss)}</td>
            <td data-testid="train-accuracy">{pct(m.trainAccuracy)}</td>
          </tr>
          <tr>
            <th scope="row">Test</th>
            <td data-testid="test-loss">{hasTest ? loss(m.testLoss) : '–'}</td>
            <td data-testid="test-accuracy">{hasTest ? pct(m.testAccuracy) : '–'}</td>
          </tr>
        </tbody>
      </table>
      <p className="metrics-note" data-testid="metrics-note">
        {stale
          ? `Measured at step ${metricsStep}: this data set is big, so while playing the losses are re-measured a few times a second.`
          : `Measured on all train and test data at step ${metricsStep}.`}
      </p>
      <LossChart />
    </section>
  );
}
