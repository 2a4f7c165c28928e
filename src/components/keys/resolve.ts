import { KEYMAP, type ActionId, type Binding, type Condition, type Scope } from './keymap';

/** The parts of a KeyboardEvent that decide what it does. */
export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** An auto-repeat of a held key. */
  repeat?: boolean;
}

/** Where a key was pressed: the scopes, innermost first, and the facts conditions read. */
export interface KeyContext {
  scopes: readonly Scope[];
  facts?: Partial<Record<Condition, boolean>>;
}

const MODIFIERS = ['Ctrl', 'Meta', 'Alt', 'Shift'] as const;

/** The chord a key press spells, as the table writes it (see `Binding`). */
export function chordOf(e: KeyPress): string {
  const key = e.key === ' ' || e.key === 'Spacebar' ? 'Space' : e.key;
  // A printable character already says whether Shift was down ('Z', '?'); named keys do not ('ArrowRight').
  const printable = [...key].length === 1;
  const held = [e.ctrlKey, e.metaKey, e.altKey, e.shiftKey && !printable];
  return [...MODIFIERS.filter((_, i) => held[i]), key].join('+');
}

/** The scope that takes a key press in this context, and its binding there: the first scope that binds it. */
export function lookup(ctx: KeyContext, e: KeyPress): { scope: Scope; binding: Binding } | null {
  const chord = chordOf(e);
  for (const scope of ctx.scopes) {
    for (const binding of KEYMAP[scope].bindings) {
      if (binding.keys.includes(chord) && (!binding.when || ctx.facts?.[binding.when]))
        return { scope, binding };
    }
  }
  return null;
}

/** The one action a key press asks for in this context, or null (unbound, taken, or a repeat not wanted). */
export function resolve(ctx: KeyContext, e: KeyPress): ActionId | null {
  const b = lookup(ctx, e)?.binding;
  if (!b || (e.repeat && !b.repeats)) return null;
  return b.action;
}

const NAMES: Record<string, string> = {
  ArrowLeft: '←',
  ArrowRight: '→',
  ArrowUp: '↑',
  ArrowDown: '↓',
  Escape: 'Esc',
  PageUp: 'Page Up',
  PageDown: 'Page Down',
  Meta: '⌘',
};

/** A chord as a person reads it: 'Ctrl+Z' → 'Ctrl + Shift + Z', 'ArrowRight' → '→', 'z' → 'Z'. */
export function chordLabel(chord: string): string {
  const parts: string[] = [];
  let rest = chord;
  for (const m of MODIFIERS) {
    if (rest.startsWith(`${m}+`) && rest.length > m.length + 1) {
      parts.push(NAMES[m] ?? m);
      rest = rest.slice(m.length + 1);
    }
  }
  const upper = rest.toUpperCase();
  if (rest.length === 1 && rest !== rest.toLowerCase()) parts.push('Shift');
  parts.push(NAMES[rest] ?? (rest.length === 1 ? upper : rest));
  return parts.join(' + ');
}
