import { INIT_INFO, INITIALISERS, type InitKind } from '../../engine';
import { useStore } from '../../store';
import { Show } from '../share/Show';
import { NUMBER_SETTINGS } from '../../domain/settings';
import { SettingSpinner } from '../controls/SettingSpinner';

/** Biases on/off, the initialiser (and its parameter, when it has one) and the seed of the weights. */
export function InitSettings() {
  const useBias = useStore((s) => s.config.useBias);
  const init = useStore((s) => s.config.init);
  const initValue = useStore((s) => s.config.initValue);
  const seed = useStore((s) => s.config.seed);
  const set = useStore.getState().setConfig;
  const param = INIT_INFO[init].param;
  return (
    <details className="init-settings">
      <summary>
        Init &amp; biases{' '}
        <span className="summary-value">
          ({INIT_INFO[init].label}, seed {seed})
        </span>
      </summary>
      <Show id="useBias">
        <label className="check">
          <input type="checkbox" checked={useBias} onChange={(e) => set({ useBias: e.target.checked })} />
          Biases
        </label>
      </Show>
      <Show id="init">
        <label>
          <span>Initialiser</span>
          <select
            value={init}
            onChange={(e) => {
              const k = e.target.value as InitKind;
              const dv = INIT_INFO[k].defaultValue;
              set(dv != null ? { init: k, initValue: dv } : { init: k });
            }}
          >
            {INITIALISERS.map((k) => (
              <option key={k} value={k}>
                {INIT_INFO[k].label}
              </option>
            ))}
          </select>
        </label>
      </Show>
      {param ? (
        <label>
          <span>{param}</span>
          <SettingSpinner
            aria-label={param}
            setting={NUMBER_SETTINGS.initValue}
            value={initValue}
            onValue={(v) => set({ initValue: v })}
          />
        </label>
      ) : null}
      <Show id="seed">
        <label>
          <span>Seed</span>
          <SettingSpinner
            aria-label="Seed"
            setting={NUMBER_SETTINGS.seed}
            value={seed}
            onValue={(v) => set({ seed: v })}
          />
        </label>
      </Show>
    </details>
  );
}
