import { useStore } from '../../store';

const fmt = (x: number | null) => (x == null || Number.isNaN(x) ? '–' : x.toFixed(4));

/** Step, epoch, play/pause and reset, with the counters and losses they change. */
export function TrainingControls() {
  const step = useStore((s) => s.step);
  const epoch = useStore((s) => s.epoch);
  const playing = useStore((s) => s.playing);
  const metrics = useStore((s) => s.metrics);
  const { stepBatch, stepEpoch, togglePlay, reset } = useStore.getState();
  return (
    <section className="panel controls" aria-label="Training">
      <div className="buttons">
        <button type="button" onClick={reset} title="Re-initialise the weights from the seed (r)">
          Reset
        </button>
        <button type="button" onClick={togglePlay} aria-pressed={playing}>
          {playing ? 'Pause' : 'Play'}
        </button>
        <button type="button" onClick={stepBatch} title="Train one batch (→)">
          Step
        </button>
        <button type="button" onClick={stepEpoch} title="Train one epoch (Shift+→)">
          Step epoch
        </button>
      </div>
      <dl className="counters">
        <dt>Step</dt>
        <dd data-testid="step-count">{step}</dd>
        <dt>Epoch</dt>
        <dd>{epoch}</dd>
        <dt>Train loss</dt>
        <dd>{fmt(metrics.trainLoss)}</dd>
        <dt>Test loss</dt>
        <dd>{fmt(metrics.testLoss)}</dd>
      </dl>
    </section>
  );
}
