import { ACTIVATION_INFO, LOSS_INFO, LOSSES, lossMismatch, type Activation, type Loss } from '../../engine';
import type { Dataset } from '../../datasets';
import { useStore } from '../../store';
import { Show } from '../share/Show';

/** Output activations that make sense for the data: a value for regression, classes otherwise. */
export function outputChoices(kind: Dataset['kind'], classes: number): Activation[] {
  if (kind === 'regression') return ['linear', 'tanh'];
  if (classes === 2) return ['tanh', 'sigmoid', 'softmax', 'linear'];
  return ['softmax', 'sigmoid', 'linear'];
}

/** The output activation and a loss that fits it: losses that do not fit are not offered at all. */
export function OutputSettings() {
  const output = useStore((s) => s.config.outputActivation);
  const loss = useStore((s) => s.config.loss);
  const kind = useStore((s) => s.dataset.kind);
  const classes = useStore((s) => s.dataset.classes);
  const choices = outputChoices(kind, classes);
  if (!choices.includes(output)) choices.push(output);
  const losses = LOSSES.filter((l) => !lossMismatch(l, output));
  const set = useStore.getState().setConfig;
  return (
    <div className="output-settings">
      <Show id="outputActivation">
        <label>
          <span>Output</span>
          <select value={output} onChange={(e) => set({ outputActivation: e.target.value as Activation })}>
            {choices.map((a) => (
              <option key={a} value={a}>
                {ACTIVATION_INFO[a].label}
              </option>
            ))}
          </select>
        </label>
      </Show>
      <Show id="loss">
        <label>
          <span>Loss</span>
          <select
            value={loss}
            onChange={(e) => set({ loss: e.target.value as Loss })}
            title={LOSS_INFO[loss].formula}
          >
            {losses.map((l) => (
              <option key={l} value={l}>
                {LOSS_INFO[l].label}
              </option>
            ))}
          </select>
        </label>
      </Show>
    </div>
  );
}
