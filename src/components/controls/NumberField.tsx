import { useId, useState, type KeyboardEvent } from 'react';
import type { NumberSetting } from '../../domain/settings';
import { writeNumber } from '../../format/number';
import { readTyped, refusal } from './validate';

interface Props {
  label: string;
  value: number;
  /** The row of the settings table this field sets. */
  setting: NumberSetting;
  onCommit(v: number): void;
  /** Shown under the field, e.g. what the setting does. */
  hint?: string;
  /** The value an emptied field commits (a setting where 0 = off); without it an empty field is refused. */
  emptyAs?: number;
}

/**
 * A labelled numeric field that commits on Enter or leaving the field. An invalid value is refused with a
 * message next to the field; the setting keeps its old value until a valid one is typed (Escape reverts).
 */
export function NumberField({ label, value, setting, onCommit, hint, emptyAs }: Props) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const commit = () => {
    if (draft == null) return;
    const p =
      emptyAs !== undefined && draft.trim() === ''
        ? { ok: true as const, value: emptyAs }
        : readTyped(setting, draft);
    if (!p.ok) {
      setError(p.message);
      return;
    }
    setError(null);
    setDraft(null);
    if (p.value !== value) onCommit(p.value);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') commit();
    if (e.key === 'Escape') {
      setDraft(null);
      setError(null);
    }
  };
  const described = [error ? `${id}-err` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        spellCheck={false}
        autoComplete="off"
        value={draft ?? writeNumber(value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={onKey}
      />
      {error && (
        <p id={`${id}-err`} className="field-error" role="alert">
          {refusal(error, value)}
        </p>
      )}
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
