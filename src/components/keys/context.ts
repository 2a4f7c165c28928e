import { useStore } from '../../store';
import type { Scope } from './keymap';
import type { KeyContext } from './resolve';

/** Widgets whose own keys come first: typing fields, and roles that take arrows or letters themselves. */
const FIELD =
  'input,select,textarea,[contenteditable]:not([contenteditable="false"]),' +
  '[role="grid"],[role="application"],[role="slider"],[role="menu"],[role="listbox"],[role="combobox"],' +
  '[role="spinbutton"],[role="textbox"]';
/** Elements that Space presses. */
const CONTROL = 'button,a[href],summary,[role="button"],[role="tab"]';

/**
 * The scope a key pressed at this element belongs to, before the page's own. A region names its scope with
 * `data-keys` (the heatmap grid, the value editor, the network diagram); a dialog or a field takes every key.
 */
export function placeOf(target: EventTarget | null, doc: Document = document): Scope | null {
  // Every dialog of the app is modal (share/Modal): while one is open, the page behind it takes no key.
  if (doc.querySelector('dialog[open],[role="dialog"][aria-modal="true"]')) return 'dialog';
  const el = target as HTMLElement | null;
  if (!el || typeof el.closest !== 'function') return null;
  const named = el.closest<HTMLElement>('[data-keys]')?.dataset.keys as Scope | undefined;
  if (named === 'editor') return 'editor';
  if (el.closest(FIELD)) return 'field';
  if (named) return named;
  if (el.closest(CONTROL)) return 'control';
  return null;
}

/** Scopes that take every key: nothing of the page reaches past them. */
const CLOSED: readonly Scope[] = ['dialog', 'editor', 'field'];

/** The scope stack and facts for a key pressed at this element, now. */
export function keyContextAt(target: EventTarget | null): KeyContext {
  const s = useStore.getState();
  const place = placeOf(target);
  const page: Scope[] = s.presentation ? ['presentation', 'global'] : ['global'];
  const scopes = place === null ? page : CLOSED.includes(place) ? [place] : [place, ...page];
  return { scopes, facts: { pastStep: s.viewIndex !== null } };
}
