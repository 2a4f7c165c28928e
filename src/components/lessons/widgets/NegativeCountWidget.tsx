import { useEffect } from 'react';
import { turnedNegative } from '../../../lessons/checks';
import { useStore } from '../../../store';

/** Indices, per layer, of the weights that were positive at the lesson's start and are negative now. */
function negativeCells(): Int32Array[] {
  const { mlp, lessonStart } = useStore.getState();
  return mlp.layers.map((l, k) => {
    const s = lessonStart?.w[k];
    const out: number[] = [];
    if (s && s.length === l.weights.length)
      for (let i = 0; i < s.length; i++) if (s[i] > 0 && l.weights[i] < 0) out.push(i);
    return Int32Array.from(out);
  });
}

/**
 * How many weights have crossed from positive to negative since the lesson began, per layer, and those
 * weights outlined in the heatmaps (kept current at most once per store version).
 */
export function NegativeCountWidget() {
  const version = useStore((s) => s.version);
  const { mlp, lessonStart, config, setEmphasis } = useStore.getState();
  useEffect(() => {
    setEmphasis({
      cells: negativeCells(),
      label: 'weights that have turned negative since the lesson began',
    });
  }, [version, lessonStart, setEmphasis]);
  useEffect(() => () => setEmphasis(null), [setEmphasis]);
  if (!lessonStart) return null;
  const flips = turnedNegative(mlp, lessonStart);
  return (
    <div className="lesson-widget">
      <table aria-label="Weights turned negative per layer">
        <thead>
          <tr>
            <th scope="col">Layer</th>
            <th scope="col">Inputs are</th>
            <th scope="col">Turned − </th>
          </tr>
        </thead>
        <tbody>
          {flips.map((n, l) => (
            <tr key={l}>
              <th scope="row">{l + 1}</th>
              <td>
                {l === 0
                  ? 'x₁, x₂ (data)'
                  : `${config.layerActivations[l - 1] ?? config.activation} outputs ≥ 0`}
              </td>
              <td className={n ? 'neg-text' : ''}>{n}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>They are outlined in black in the weight heatmaps.</p>
    </div>
  );
}
