import { useId, useState } from 'react';
import type { NumberSetting } from '../../domain/settings';
import { readTyped, refusal } from './validate';

interface Props {
  value: number;
  /** The row of the settings table this spinner sets (its min, max and step come from there too). */
  setting: NumberSetting;
  onValue(v: number): void;
  'aria-label'?: string;
  id?: string;
}

/**
 * A number spinner that applies each valid value as it is typed or stepped. A value outside the table is
 * refused with the table's message, never pulled into range; leaving the field shows the value in use again.
 */
export function SettingSpinner({ value, setting, onValue, ...rest }: Props) {
  const errId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <input
        {...rest}
        type="number"
        min={setting.min}
        max={setting.max}
        step={setting.step ?? 'any'}
        value={draft ?? value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errId : undefined}
        onChange={(e) => {
          const r = readTyped(setting, e.target.value);
          if (!r.ok) {
            setDraft(e.target.value);
            setError(r.message);
            return;
          }
          setDraft(null);
          setError(null);
          if (r.value !== value) onValue(r.value);
        }}
        onBlur={() => setDraft(null)}
      />
      {error && (
        <span id={errId} className="field-error" role="alert">
          {refusal(error, value)}
        </span>
      )}
    </>
  );
}
