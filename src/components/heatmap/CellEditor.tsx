import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { keyContextAt } from '../keys/context';
import { resolve } from '../keys/resolve';
import { parseTyped, signed } from './format';

export interface CellEditorProps {
  /** Accessible name of the weight, e.g. "layer 1 unit 2 ← input 1". */
  label: string;
  initial: number;
  x: number;
  y: number;
  onCommit(v: number): void;
  /** refocus: give focus back to the grid (Escape), not when focus went elsewhere (blur). */
  onCancel(refocus: boolean): void;
}

/**
 * Types an exact value into one weight. Enter sets it; something that is not a number is refused in place
 * (the text stays, the field is marked invalid and says why) and nothing changes; Escape cancels. Its keys
 * are the keymap's editor scope: while it has focus no other key of the page acts.
 */
export function CellEditor({ label, initial, x, y, onCommit, onCancel }: CellEditorProps) {
  const [text, setText] = useState(() => String(Number(initial.toPrecision(6))));
  const [error, setError] = useState<string | null>(null);
  const msgId = useId();
  // Focused on mount by hand: the autoFocus attribute alone is honoured only when a page loads, and
  // React's focusing of it is its own behaviour, not the DOM's (the built site runs preact/compat).
  const input = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => input.current?.focus(), []);
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const action = resolve(keyContextAt(e.target), e);
    if (action === 'cancelValue') {
      e.preventDefault();
      onCancel(true);
    } else if (action === 'commitValue') {
      e.preventDefault();
      const v = parseTyped(text);
      if (!Number.isFinite(v)) {
        setError(`“${text}” is not a number. Type one, e.g. 0.5 or −1.2.`);
        return;
      }
      onCommit(v);
    }
  };
  return (
    <div className="cell-editor" data-keys="editor" style={{ left: x, top: y }}>
      <label>
        <span className="visually-hidden">Value of {label}</span>
        <input
          ref={input}
          type="text"
          inputMode="decimal"
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={msgId}
          onChange={(e) => {
            setText(e.target.value);
            if (error) setError(null);
          }}
          onKeyDown={onKeyDown}
          onFocus={(e) => e.currentTarget.select()}
          onBlur={() => onCancel(false)}
        />
      </label>
      <span
        id={msgId}
        className={error ? 'cell-editor-msg error' : 'cell-editor-msg'}
        role={error ? 'alert' : undefined}
      >
        {error ?? `was ${signed(initial)} · Enter sets, Esc cancels`}
      </span>
    </div>
  );
}
