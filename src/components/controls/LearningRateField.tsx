import { useId } from 'react';
import { useStore } from '../../store';
import { NumberField } from './NumberField';
import { NUMBER_SETTINGS } from '../../domain/settings';
import { writeNumber } from '../../format/number';
import { LR_CHOICES } from './validate';

/** The learning rate: a log-scale list like Playground's, plus the exact value typed by hand. */
export function LearningRateField() {
  const id = useId();
  const lr = useStore((s) => s.config.lr);
  const setConfig = useStore((s) => s.setConfig);
  const listed = (LR_CHOICES as readonly number[]).includes(lr);
  return (
    <div className="lr-field">
      <div className="field">
        <label htmlFor={id}>Learning rate</label>
        <select id={id} value={String(lr)} onChange={(e) => setConfig({ lr: Number(e.target.value) })}>
          {!listed && <option value={String(lr)}>{writeNumber(lr)} (typed)</option>}
          {LR_CHOICES.map((v) => (
            <option key={v} value={String(v)}>
              {writeNumber(v)}
            </option>
          ))}
        </select>
      </div>
      <NumberField
        label="Exact rate"
        value={lr}
        setting={NUMBER_SETTINGS.lr}
        onCommit={(v) => setConfig({ lr: v })}
      />
    </div>
  );
}
