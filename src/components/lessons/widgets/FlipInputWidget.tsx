import { useRef, useState } from 'react';
import { flipInputExperiment, type FlipResult } from '../../../lessons/experiments';
import { useStore } from '../../../store';
import { trainOptionsOf } from '../../../domain/run';
import { MiniHeatmap } from './MiniHeatmap';

const STEPS = 400;

/** Trains the network on the data and on the data with x₁ negated, and shows both first layers. */
export function FlipInputWidget() {
  const [result, setResult] = useState<FlipResult | null>(null);
  const busy = useRef(false);
  const run = () => {
    if (busy.current) return;
    busy.current = true;
    const s = useStore.getState();
    s.pause();
    const r = flipInputExperiment(s.mlp, s.train, trainOptionsOf(s.config), s.config.seed, STEPS);
    setResult(r);
    s.noteLesson({ flipDone: true, flipMirrored: r.mirroredError === 0 && r.otherError === 0 });
    busy.current = false;
  };
  return (
    <div className="lesson-widget">
      <div className="row">
        <button type="button" onClick={run}>
          Train both ({STEPS} steps)
        </button>
      </div>
      {result && (
        <>
          <div className="row">
            <MiniHeatmap label="Layer 1, original data" layer={result.original.layers[0]} />
            <MiniHeatmap label="Layer 1, x₁ negated" layer={result.flipped.layers[0]} />
          </div>
          <p>
            Largest |w₁(negated) + w₁(original)| on x₁: <strong>{result.mirroredError}</strong>. Largest
            difference of any other weight or bias: <strong>{result.otherError}</strong>.
          </p>
        </>
      )}
    </div>
  );
}
