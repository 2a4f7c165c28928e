import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../store';
import { NumberField } from './NumberField';
import { LearningRateField } from './LearningRateField';
import { NUMBER_SETTINGS } from '../../domain/settings';
import { Show } from '../share/Show';
import { AutoStopFields } from './AutoStopFields';

/** Learning rate, batch size, L1/L2 and momentum; dropout, clipping, constraints and auto-stop behind "Advanced". */
export function HyperParams() {
  const c = useStore(
    useShallow((s) => ({
      batchSize: s.config.batchSize,
      l1: s.config.l1,
      l2: s.config.l2,
      momentum: s.config.momentum,
      dropout: s.config.dropout,
      clip: s.config.clip,
      nonNegative: s.config.nonNegative,
      l1Mode: s.config.l1Mode,
    })),
  );
  const setConfig = useStore((s) => s.setConfig);
  const modeId = useId();
  return (
    <div className="hyper">
      <Show id="lr">
        <LearningRateField />
      </Show>
      <Show id="batchSize">
        <NumberField
          label="Batch size"
          value={c.batchSize}
          setting={NUMBER_SETTINGS.batchSize}
          onCommit={(v) => setConfig({ batchSize: v })}
        />
      </Show>
      <Show id="l1">
        <NumberField
          label="L1 strength"
          value={c.l1}
          setting={NUMBER_SETTINGS.l1}
          onCommit={(v) => setConfig({ l1: v })}
        />
      </Show>
      <Show id="l2">
        <NumberField
          label="L2 strength"
          value={c.l2}
          setting={NUMBER_SETTINGS.l2}
          onCommit={(v) => setConfig({ l2: v })}
        />
      </Show>
      <Show id="momentum">
        <NumberField
          label="Momentum"
          value={c.momentum}
          setting={NUMBER_SETTINGS.momentum}
          onCommit={(v) => setConfig({ momentum: v })}
        />
      </Show>
      <details className="advanced">
        <summary>Advanced</summary>
        <div className="advanced-body">
          <Show id="dropout">
            <NumberField
              label="Dropout (hidden layers)"
              value={c.dropout}
              setting={NUMBER_SETTINGS.dropout}
              onCommit={(v) => setConfig({ dropout: v })}
              hint={
                c.dropout > 0
                  ? `Each step silences each hidden unit for a sample with chance ${c.dropout} and scales the others by 1/(1 − ${c.dropout}); losses and the map use the whole network.`
                  : undefined
              }
            />
          </Show>
          <Show id="clip">
            <NumberField
              label="Clip gradients at (0 = off)"
              value={c.clip}
              setting={NUMBER_SETTINGS.clip}
              onCommit={(v) => setConfig({ clip: v })}
            />
          </Show>
          <div className="field">
            <label htmlFor={modeId}>L1 mode</label>
            <select
              id={modeId}
              value={c.l1Mode}
              onChange={(e) => setConfig({ l1Mode: e.target.value as 'subgradient' | 'clip_at_zero' })}
            >
              <option value="subgradient">subgradient</option>
              <option value="clip_at_zero">clip at zero</option>
            </select>
          </div>
          <Show id="nonNegative">
            <label className="check">
              <input
                type="checkbox"
                checked={c.nonNegative}
                onChange={(e) => setConfig({ nonNegative: e.target.checked })}
              />{' '}
              Keep weights non-negative
            </label>
          </Show>
          <AutoStopFields />
        </div>
      </details>
    </div>
  );
}
