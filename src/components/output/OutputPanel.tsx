import { useStore } from '../../store';
import { DecisionMap } from './DecisionMap';
import { DigitsResults } from './DigitsResults';
import { WordWeights } from './WordWeights';
import './output.css';
import { Show } from '../share/Show';

/** What the network computes: a decision map for 2D data, a confusion matrix for digits, word weights. */
export function OutputPanel() {
  const plane = useStore((s) => s.dataset.inputs === 2 && s.dataset.domain != null);
  const image = useStore((s) => s.dataset.image != null);
  const words = useStore((s) => s.dataset.id === 'words');
  const datasetId = useStore((s) => `${s.dataset.id}:${s.dataset.test.n}:${s.dataset.inputs}`);
  const showTest = useStore((s) => s.showTestPoints);
  return (
    <section className="panel output-panel" aria-labelledby="output-heading">
      <h2 id="output-heading">Output</h2>
      {plane ? (
        <>
          <DecisionMap />
          <div className="map-legend">
            <Show id="showTestPoints">
              <label>
                <input
                  type="checkbox"
                  checked={showTest}
                  onChange={(e) => useStore.getState().setShowTestPoints(e.target.checked)}
                />
                Show test points (hollow)
              </label>
            </Show>
            <span>● blue class (+) · ■ orange class (−)</span>
          </div>
        </>
      ) : image ? (
        <DigitsResults key={datasetId} />
      ) : words ? (
        <WordWeights key={datasetId} />
      ) : (
        <p className="muted">This data set has more than two inputs: see the loss and the weights.</p>
      )}
    </section>
  );
}
