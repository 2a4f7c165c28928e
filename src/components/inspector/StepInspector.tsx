import { useRef } from 'react';
import { useStore } from '../../store';
import { useSeenVersion } from '../common/useSeenVersion';
import { recordHas, weightStep } from '../../inspector/arithmetic';
import { ExcitationBar } from './ExcitationBar';
import './inspector.css';
import { LayerDelta } from './LayerDelta';
import { SlowMotion } from './SlowMotion';
import { StepArithmetic } from './StepArithmetic';
import { WeightPicker } from './WeightPicker';

/** "Why did this weight go negative?": the last step's arithmetic for the selected weight. */
export function StepInspector() {
  const ref = useRef<HTMLElement>(null);
  // Per-step detail follows play at a reading pace, and not at all while scrolled out of view.
  useSeenVersion(ref);
  const sel = useStore((s) => s.selected) ?? { layer: 0, row: 0, col: 0 };
  const { lastRecord: rec, mlp, step } = useStore.getState();
  // The record explains the step by itself; it is shown only while the network still has its shape.
  const sameShape =
    rec !== null &&
    rec.layers.length === mlp.layers.length &&
    rec.layers.every((r, l) => r.units === mlp.layers[l].units && r.inputs === mlp.layers[l].inputs);
  const valid = sameShape && recordHas(rec, sel.layer, sel.row, sel.col);
  const w = rec && valid ? weightStep(rec, sel.layer, sel.row, sel.col) : null;
  return (
    <section ref={ref} className="panel inspector" aria-labelledby="inspector-title">
      <details open>
        <summary>
          <h2 id="inspector-title">Step inspector</h2>
        </summary>
        <WeightPicker />
        {!rec && <p className="muted">Take a step (Step) to see its arithmetic for this weight.</p>}
        {rec && !w && <p className="muted">The network changed since the last step; take a new step.</p>}
        {rec && w && (
          <>
            <p className="muted small" data-testid="inspector-step">
              Step {rec.step}
              {rec.step !== step ? ` (the last step taken; now showing step ${step})` : ''}, batch of{' '}
              {rec.batch.indices.length}
            </p>
            {/* Open by default (issue 11): a unit's excitatory and inhibitory parts are what its sign is made of. */}
            <ExcitationBar rec={rec} layer={sel.layer} unit={sel.row} />
            <StepArithmetic w={w} />
            <details>
              <summary>Whole layer {sel.layer + 1}: W and ΔW</summary>
              <LayerDelta rec={rec} layer={sel.layer} />
            </details>

            <SlowMotion />
          </>
        )}
      </details>
    </section>
  );
}
