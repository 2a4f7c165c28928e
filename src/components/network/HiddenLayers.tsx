import { useShallow } from 'zustand/react/shallow';
import { ACTIVATION_INFO, HIDDEN_ACTIVATIONS, type HiddenActivation } from '../../engine';
import { useStore } from '../../store';
import { HIDDEN_LIMITS, hiddenUnitsSetting } from '../../domain/settings';
import { SettingSpinner } from '../controls/SettingSpinner';

/** Hidden layers: add, remove, units per layer, and a per-layer activation override. */
export function HiddenLayers() {
  const hidden = useStore(useShallow((s) => s.config.hidden));
  const overrides = useStore(useShallow((s) => s.config.layerActivations));
  const base = useStore((s) => s.config.activation);
  const dataset = useStore((s) => s.config.dataset);
  const maxUnits = hiddenUnitsSetting(dataset).max;
  const setConfig = (h: number[], acts: (HiddenActivation | null)[]) =>
    useStore.getState().setConfig({ hidden: h, layerActivations: acts });
  const setUnits = (i: number, u: number) => {
    const h = hidden.slice();
    h[i] = u;
    setConfig(h, overrides.slice());
  };
  const remove = (i: number) =>
    setConfig(
      hidden.filter((_, j) => j !== i),
      overrides.filter((_, j) => j !== i),
    );
  const add = () => setConfig([...hidden, hidden[hidden.length - 1] ?? 4], [...overrides, null]);
  const setOverride = (i: number, v: string) => {
    const acts = overrides.slice();
    acts[i] = v === '' ? null : (v as HiddenActivation);
    setConfig(hidden.slice(), acts);
  };
  return (
    <div className="hidden-layers">
      <ol aria-label="Hidden layers">
        {hidden.map((u, i) => (
          <li key={i}>
            <span className="layer-name">L{i + 1}</span>
            <button
              type="button"
              aria-label={`Fewer units in hidden layer ${i + 1}`}
              disabled={u <= 1}
              onClick={() => setUnits(i, u - 1)}
            >
              −
            </button>
            <SettingSpinner
              aria-label={`Units in hidden layer ${i + 1}`}
              setting={hiddenUnitsSetting(dataset, i)}
              value={u}
              onValue={(v) => setUnits(i, v)}
            />
            <button
              type="button"
              aria-label={`More units in hidden layer ${i + 1}`}
              disabled={u >= maxUnits}
              onClick={() => setUnits(i, u + 1)}
            >
              +
            </button>
            <select
              aria-label={`Activation of hidden layer ${i + 1}`}
              value={overrides[i] ?? ''}
              onChange={(e) => setOverride(i, e.target.value)}
            >
              <option value="">= {ACTIVATION_INFO[base].label}</option>
              {HIDDEN_ACTIVATIONS.map((a) => (
                <option key={a} value={a}>
                  {ACTIVATION_INFO[a].label}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="remove"
              aria-label={`Remove hidden layer ${i + 1}`}
              onClick={() => remove(i)}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
      <button type="button" onClick={add} disabled={hidden.length >= HIDDEN_LIMITS.maxLayers}>
        + Add hidden layer
      </button>
      <span
        className="limit-note"
        title={`Up to ${HIDDEN_LIMITS.maxLayers} hidden layers of up to ${maxUnits} units`}
      >
        {hidden.length}/{HIDDEN_LIMITS.maxLayers} layers · ≤{maxUnits}
      </span>
    </div>
  );
}
