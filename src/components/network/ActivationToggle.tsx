import { ACTIVATION_INFO, type HiddenActivation } from '../../engine';
import { useStore } from '../../store';
import { ActivationPlot } from './ActivationPlot';

const MAIN: HiddenActivation[] = ['relu', 'tanh', 'sigmoid'];
const MORE: HiddenActivation[] = ['leaky_relu', 'linear', 'silu', 'gelu', 'sine'];

function Choice({ kind, current }: { kind: HiddenActivation; current: HiddenActivation }) {
  return (
    <label className={`seg${kind === current ? ' is-current' : ''}`}>
      <input
        type="radio"
        name="hidden-activation"
        value={kind}
        checked={kind === current}
        onChange={() => useStore.getState().setConfig({ activation: kind })}
      />
      {ACTIVATION_INFO[kind].label}
    </label>
  );
}

/**
 * The activation of every hidden layer. Changing it keeps the weights (setConfig applies it in place), so
 * the same network can be seen through a different non-linearity.
 */
export function ActivationToggle() {
  const current = useStore((s) => s.config.activation);
  return (
    <div className="act-toggle">
      <fieldset>
        <legend>Hidden activation</legend>
        <div className="seg-row">
          {MAIN.map((k) => (
            <Choice key={k} kind={k} current={current} />
          ))}
        </div>
        <details className="more" open={MORE.includes(current) || undefined}>
          <summary>more</summary>
          <div className="seg-row">
            {MORE.map((k) => (
              <Choice key={k} kind={k} current={current} />
            ))}
          </div>
        </details>
      </fieldset>
      <ActivationPlot kind={current} />
    </div>
  );
}
