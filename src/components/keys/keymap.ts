/**
 * Every key of the app, once, by scope. The global handler, the heatmap, the value editor, the network diagram
 * and the `?` dialog all read this table through `resolve`, so what a key does and what the help says are one
 * thing.
 *
 * A key press is resolved in a stack of scopes, innermost first (for a focused heatmap cell in presentation
 * mode: heatmap, presentation, global); the first scope that binds the key decides, so a key does exactly one
 * thing. A binding with no action takes the key and does nothing: nothing below it sees the key.
 */

export const SCOPES = [
  'global',
  'presentation',
  'heatmap',
  'editor',
  'diagram',
  'dialog',
  'control',
  'field',
] as const;
export type Scope = (typeof SCOPES)[number];

/** Facts about the page that switch a binding on. */
export type Condition = 'pastStep';

export type ActionId =
  // global
  | 'togglePlay'
  | 'step'
  | 'epoch'
  | 'back'
  | 'reset'
  | 'undo'
  | 'redo'
  | 'presentation'
  | 'help'
  // heatmap
  | 'moveLeft'
  | 'moveRight'
  | 'moveUp'
  | 'moveDown'
  | 'moveRowStart'
  | 'moveRowEnd'
  | 'moveTop'
  | 'moveBottom'
  | 'openEditor'
  | 'setPositive'
  | 'setNegative'
  | 'setZero'
  | 'applyBrush'
  // editor
  | 'commitValue'
  | 'cancelValue'
  // diagram
  | 'unitPrevLayer'
  | 'unitNextLayer'
  | 'unitUp'
  | 'unitDown'
  | 'hideTip'
  // dialog
  | 'closeDialog';

/**
 * Keys are written as chords: modifiers `Ctrl+`, `Meta+`, `Alt+`, `Shift+` in that order, then the key's
 * `KeyboardEvent.key` (`Space` for the space bar). A printable character carries its own Shift: `Z` is
 * Shift+Z and `?` is `?` whatever the keyboard layout needs to type it.
 */
export interface Binding {
  /** What the key does here; null: the key is taken and does nothing (it never reaches a scope below). */
  action: ActionId | null;
  keys: readonly string[];
  label: string;
  /** The binding exists only while this holds. */
  when?: Condition;
  /** Held down, the key repeats the action (otherwise auto-repeat is ignored). */
  repeats?: boolean;
}

export interface ScopeKeys {
  /** The heading in the help dialog: where the keys apply. */
  title: string;
  /** What the scope means for keys not listed. */
  note?: string;
  bindings: readonly Binding[];
}

export const KEYMAP: Readonly<Record<Scope, ScopeKeys>> = {
  global: {
    title: 'Anywhere on the page',
    bindings: [
      { action: 'togglePlay', keys: ['Space'], label: 'Play / pause training' },
      { action: 'step', keys: ['ArrowRight'], label: 'Train one batch', repeats: true },
      { action: 'epoch', keys: ['Shift+ArrowRight'], label: 'Train to the end of the epoch' },
      { action: 'back', keys: ['ArrowLeft'], label: 'Back one step in the timeline' },
      { action: 'reset', keys: ['r'], label: 'Reset the weights from the seed' },
      { action: 'undo', keys: ['z', 'Ctrl+z', 'Meta+z'], label: 'Undo a weight edit' },
      { action: 'redo', keys: ['Z', 'Ctrl+Z', 'Meta+Z'], label: 'Redo a weight edit' },
      { action: 'presentation', keys: ['p'], label: 'Presentation mode on / off' },
      { action: 'help', keys: ['?'], label: 'Show these keys' },
    ],
  },
  presentation: {
    title: 'In presentation mode',
    note: 'The timeline is hidden: keys that would change it unseen are ignored; the others work as anywhere.',
    bindings: [
      { action: null, keys: ['ArrowLeft'], label: 'Ignored: rewinding the hidden timeline' },
      {
        action: null,
        keys: ['Space', 'ArrowRight', 'Shift+ArrowRight'],
        when: 'pastStep',
        label: 'Ignored while an earlier step is shown: training from it would start a hidden branch',
      },
    ],
  },
  heatmap: {
    title: 'On a weight heatmap',
    note: 'Tab to a heatmap: a cursor cell appears. Arrows belong to the cursor here; they do not train.',
    bindings: [
      { action: 'moveLeft', keys: ['ArrowLeft', 'Shift+ArrowLeft'], label: 'Cursor left', repeats: true },
      { action: 'moveRight', keys: ['ArrowRight', 'Shift+ArrowRight'], label: 'Cursor right', repeats: true },
      { action: 'moveUp', keys: ['ArrowUp', 'Shift+ArrowUp'], label: 'Cursor up', repeats: true },
      { action: 'moveDown', keys: ['ArrowDown', 'Shift+ArrowDown'], label: 'Cursor down', repeats: true },
      { action: 'moveRowStart', keys: ['Home'], label: 'Cursor to the first input of the row' },
      { action: 'moveRowEnd', keys: ['End'], label: 'Cursor to the end of the row (the bias)' },
      { action: 'moveTop', keys: ['PageUp'], label: 'Cursor to the first unit' },
      { action: 'moveBottom', keys: ['PageDown'], label: 'Cursor to the last unit' },
      { action: 'openEditor', keys: ['Enter', 'F2'], label: 'Type a value into the cursor cell' },
      { action: 'applyBrush', keys: ['Space'], label: 'Apply the brush to the cursor cell' },
      { action: 'setPositive', keys: ['+', '='], label: 'Set the cell to +|brush value|' },
      { action: 'setNegative', keys: ['-', '−'], label: 'Set the cell to −|brush value|' },
      { action: 'setZero', keys: ['0'], label: 'Set the cell to 0' },
    ],
  },
  editor: {
    title: 'Typing a value into a cell',
    note: 'Double-click a cell (or press Enter on it) to type; the brush is not applied.',
    bindings: [
      { action: 'commitValue', keys: ['Enter'], label: 'Set exactly the typed value (one undoable edit)' },
      { action: 'cancelValue', keys: ['Escape'], label: 'Cancel: the weight stays as it was' },
    ],
  },
  diagram: {
    title: 'On the network diagram',
    bindings: [
      { action: 'unitPrevLayer', keys: ['ArrowLeft'], label: 'The unit in the layer before' },
      { action: 'unitNextLayer', keys: ['ArrowRight'], label: 'The unit in the next layer' },
      { action: 'unitUp', keys: ['ArrowUp'], label: 'The unit above' },
      { action: 'unitDown', keys: ['ArrowDown'], label: 'The unit below' },
      { action: 'hideTip', keys: ['Escape'], label: 'Hide the unit’s description' },
    ],
  },
  dialog: {
    title: 'In a dialog',
    note: 'While a dialog is open only its keys work; Tab moves between its controls.',
    bindings: [{ action: 'closeDialog', keys: ['Escape'], label: 'Close the dialog' }],
  },
  control: {
    title: 'On a button, link or tab',
    bindings: [{ action: null, keys: ['Space'], label: 'Press it (not play / pause)' }],
  },
  field: {
    title: 'In a text field, slider, list or menu',
    note: 'The field uses every key itself: no shortcut fires while you type.',
    bindings: [],
  },
};
