import { useId } from 'react';
import { useStore } from '../../store';
import { HyperParams } from './HyperParams';
import { SPEED_CHOICES } from './validate';
import './controls.css';
import { Show } from '../share/Show';

/** Step, epoch, play/pause, speed and reset, with the step and epoch counters, and the SGD settings. */
export function TrainingControls() {
  const playing = useStore((s) => s.playing);
  const speed = useStore((s) => s.speed);
  // While a data set is fetched nothing can train yet: the controls say so instead of doing nothing.
  const loading = useStore((s) => s.loadingLabel);
  const waiting = loading !== null;
  const { stepBatch, stepMany, stepEpoch, togglePlay, reset, setSpeed } = useStore.getState();
  const speedId = useId();
  return (
    <section className="panel controls" aria-label="Training">
      <div className="controls-row">
        <div className="buttons" role="group" aria-label="Training actions">
          <Show id="play">
            <button
              type="button"
              className="play"
              onClick={togglePlay}
              disabled={waiting}
              aria-pressed={playing}
              aria-keyshortcuts="Space"
              title="Train continuously (Space)"
            >
              <span aria-hidden="true">{playing ? '❚❚ ' : '▶ '}</span>
              {playing ? 'Pause' : 'Play'}
            </button>
          </Show>
          <Show id="step">
            <button
              type="button"
              onClick={stepBatch}
              disabled={waiting}
              aria-keyshortcuts="ArrowRight"
              title="Train one batch (→)"
            >
              Step
            </button>
            <button
              type="button"
              onClick={() => stepMany(100)}
              disabled={waiting}
              aria-label="Step 100 batches"
              title="Train 100 batches at once"
            >
              ×100
            </button>
          </Show>
          <Show id="epoch">
            <button
              type="button"
              onClick={stepEpoch}
              disabled={waiting}
              aria-keyshortcuts="Shift+ArrowRight"
              title="Train to the end of this epoch (Shift+→)"
            >
              Step epoch
            </button>
          </Show>
          <Show id="reset">
            <button
              type="button"
              onClick={reset}
              disabled={waiting}
              aria-keyshortcuts="R"
              title="Re-initialise the weights from the seed (R)"
            >
              Reset
            </button>
          </Show>
          {waiting && (
            <span className="loading" role="status">
              {loading}
            </span>
          )}
        </div>
        <Show id="speed">
          <div className="field speed">
            <label htmlFor={speedId}>Speed</label>
            <select id={speedId} value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
              {SPEED_CHOICES.map((v) => (
                <option key={v} value={v}>
                  {v === 0 ? 'max (fill each frame)' : `${v} batch${v > 1 ? 'es' : ''} / frame`}
                </option>
              ))}
            </select>
          </div>
        </Show>
        <Counters />
      </div>
      <HyperParams />
    </section>
  );
}

/** The step and epoch counters: their own component, so that play's every step re-renders only them. */
function Counters() {
  const step = useStore((s) => s.step);
  const epoch = useStore((s) => s.epoch);
  return (
    <dl className="counters" aria-live="off">
      <div>
        <dt>Step</dt>
        <dd data-testid="step-count">{step}</dd>
      </div>
      <div>
        <dt>Epoch</dt>
        <dd data-testid="epoch-count">{epoch}</dd>
      </div>
    </dl>
  );
}
