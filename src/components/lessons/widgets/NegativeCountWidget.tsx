import { turnedNegative } from '../../../lessons/checks';
import { useStore } from '../../../store';

/** How many weights have crossed from positive to negative since the lesson began, per layer. */
export function NegativeCountWidget() {
  useStore((s) => s.version);
  const { mlp, lessonStart, config } = useStore.getState();
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
    </div>
  );
}
