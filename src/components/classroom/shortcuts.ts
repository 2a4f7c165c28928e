/** Every keyboard shortcut, as the help dialog lists it and as the key handler matches it. */
export type ShortcutAction =
  'togglePlay' | 'step' | 'epoch' | 'back' | 'reset' | 'undo' | 'redo' | 'presentation' | 'help';

export interface Shortcut {
  action: ShortcutAction;
  /** As shown in the dialog, one entry per way to press it. */
  keys: string[];
  label: string;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { action: 'togglePlay', keys: ['Space'], label: 'Play / pause training' },
  { action: 'step', keys: ['→'], label: 'Train one batch' },
  { action: 'epoch', keys: ['Shift + →'], label: 'Train to the end of the epoch' },
  { action: 'back', keys: ['←'], label: 'Back one step in the timeline' },
  { action: 'reset', keys: ['R'], label: 'Reset the weights from the seed' },
  { action: 'undo', keys: ['Z', 'Ctrl + Z', '⌘ + Z'], label: 'Undo a weight edit' },
  { action: 'redo', keys: ['Shift + Z', 'Ctrl + Shift + Z', '⌘ + Shift + Z'], label: 'Redo a weight edit' },
  { action: 'presentation', keys: ['P'], label: 'Presentation mode on / off' },
  { action: 'help', keys: ['?'], label: 'Show these shortcuts' },
];

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/**
 * The action a key press asks for, or null. Only the documented modifiers count: Shift where listed, Ctrl or
 * ⌘ only with Z; Alt never (it types characters on many keyboards).
 */
export function shortcutFor(e: KeyPress): ShortcutAction | null {
  if (e.altKey) return null;
  const cmd = e.ctrlKey || e.metaKey;
  if (e.ctrlKey && e.metaKey) return null;
  const k = e.key;
  if (k === 'z' || k === 'Z') return e.shiftKey || k === 'Z' ? 'redo' : 'undo';
  if (cmd) return null;
  if (k === '?') return 'help';
  if (k === 'ArrowRight') return e.shiftKey ? 'epoch' : 'step';
  if (e.shiftKey) return null;
  if (k === ' ' || k === 'Spacebar') return 'togglePlay';
  if (k === 'ArrowLeft') return 'back';
  if (k === 'r') return 'reset';
  if (k === 'p') return 'presentation';
  return null;
}

/** Elements that use the key themselves: typing fields, and widgets that take arrows (grids, sliders). */
export function ownsKey(target: EventTarget | null, action: ShortcutAction): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.closest !== 'function') return false;
  if (el.isContentEditable || el.closest('[contenteditable]:not([contenteditable="false"])')) return true;
  if (/^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName)) return true;
  if (el.closest('dialog,[role="dialog"],[role="grid"],[role="application"],[role="slider"],[role="menu"]'))
    return true;
  // Space presses the focused button, link or summary: let it.
  if (action === 'togglePlay' && el.closest('button,a[href],summary,[role="button"],[role="tab"]'))
    return true;
  return false;
}
