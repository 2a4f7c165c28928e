import { describe, expect, it } from 'vitest';
import { KEYMAP, SCOPES, type Scope } from '../../../src/components/keys/keymap';
import { chordLabel, chordOf, resolve, type KeyPress } from '../../../src/components/keys/resolve';

/**
 * The key press a chord of the table stands for, read independently of chordOf: modifiers before the last
 * '+', and for a printable character, Shift exactly when it is an upper-case letter or a shifted symbol.
 */
function pressOf(chord: string): KeyPress {
  const parts =
    chord === '+' || chord.endsWith('++') ? [...chord.slice(0, -2).split('+'), '+'] : chord.split('+');
  const key = parts[parts.length - 1] === 'Space' ? ' ' : parts[parts.length - 1];
  const mods = new Set(parts.slice(0, -1).filter(Boolean));
  const shifted = key.length === 1 && /[A-Z?+]/.test(key);
  return {
    key,
    shiftKey: mods.has('Shift') || shifted,
    ctrlKey: mods.has('Ctrl'),
    metaKey: mods.has('Meta'),
    altKey: mods.has('Alt'),
  };
}
const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});
const at = (scopes: Scope[], pastStep = false) => ({ scopes, facts: { pastStep } });

describe('the keymap table', () => {
  it('binds no key twice in one scope', () => {
    for (const scope of SCOPES) {
      const chords = KEYMAP[scope].bindings.flatMap((b) => b.keys);
      expect(chords, scope).toEqual([...new Set(chords)]);
    }
  });

  it('resolves every key of every scope to exactly its own action there', () => {
    for (const scope of SCOPES) {
      for (const b of KEYMAP[scope].bindings) {
        for (const chord of b.keys) {
          expect(chordOf(pressOf(chord)), `${scope} ${chord}`).toBe(chord);
          // Conditions hold here (an earlier step is shown), so every binding is there.
          expect(resolve(at([scope], true), pressOf(chord)), `${scope} ${chord}`).toBe(b.action);
        }
      }
    }
  });

  it('gives each action one scope, so exactly one handler owns it', () => {
    const owner = new Map<string, Scope>();
    for (const scope of SCOPES) {
      for (const b of KEYMAP[scope].bindings) {
        if (!b.action) continue;
        expect(owner.get(b.action) ?? scope, b.action).toBe(scope);
        owner.set(b.action, scope);
      }
    }
  });
});

describe('resolving a key where it was pressed', () => {
  it('on the page, → trains a batch, Shift+→ the epoch and ← rewinds the timeline', () => {
    expect(resolve(at(['global']), press('ArrowRight'))).toBe('step');
    expect(resolve(at(['global']), press('ArrowRight', { shiftKey: true }))).toBe('epoch');
    expect(resolve(at(['global']), press('ArrowLeft'))).toBe('back');
  });

  it('on a focused heatmap cell, arrows (with or without Shift) only move the cursor (issue 10, bug 3)', () => {
    const heatmap = at(['heatmap', 'global']);
    expect(resolve(heatmap, press('ArrowRight'))).toBe('moveRight');
    expect(resolve(heatmap, press('ArrowLeft'))).toBe('moveLeft');
    expect(resolve(heatmap, press('ArrowRight', { shiftKey: true }))).toBe('moveRight');
    expect(resolve(heatmap, press(' '))).toBe('applyBrush');
    // Keys the heatmap does not use are still the page's.
    expect(resolve(heatmap, press('z', { ctrlKey: true }))).toBe('undo');
    expect(resolve(heatmap, press('p'))).toBe('presentation');
  });

  it('in presentation mode, ← is ignored; Space and → train only from the live step (no hidden fork)', () => {
    const live = at(['presentation', 'global'], false);
    const past = at(['presentation', 'global'], true);
    expect(resolve(live, press('ArrowLeft'))).toBeNull();
    expect(resolve(past, press('ArrowLeft'))).toBeNull();
    expect(resolve(live, press(' '))).toBe('togglePlay');
    expect(resolve(live, press('ArrowRight'))).toBe('step');
    expect(resolve(past, press(' '))).toBeNull();
    expect(resolve(past, press('ArrowRight'))).toBeNull();
    expect(resolve(past, press('ArrowRight', { shiftKey: true }))).toBeNull();
    expect(resolve(past, press('p'))).toBe('presentation');
    expect(resolve(past, press('z'))).toBe('undo');
  });

  it('in a dialog only the dialog’s keys act, in a field none, in the value editor Enter and Esc', () => {
    expect(resolve(at(['dialog']), press('ArrowRight'))).toBeNull();
    expect(resolve(at(['dialog']), press(' '))).toBeNull();
    expect(resolve(at(['dialog']), press('Escape'))).toBe('closeDialog');
    for (const k of ['ArrowRight', ' ', 'r', 'p', 'z', '?'])
      expect(resolve(at(['field']), press(k))).toBeNull();
    expect(resolve(at(['editor']), press('Enter'))).toBe('commitValue');
    expect(resolve(at(['editor']), press('Escape'))).toBe('cancelValue');
    expect(resolve(at(['editor']), press('ArrowRight'))).toBeNull();
  });

  it('on a button, Space presses it and does not play', () => {
    expect(resolve(at(['control', 'global']), press(' '))).toBeNull();
    expect(resolve(at(['control', 'global']), press('ArrowRight'))).toBe('step');
  });

  it('counts only the documented modifiers', () => {
    const page = at(['global']);
    expect(resolve(page, press('?', { shiftKey: true }))).toBe('help');
    expect(resolve(page, press('z'))).toBe('undo');
    expect(resolve(page, press('Z', { shiftKey: true }))).toBe('redo');
    expect(resolve(page, press('z', { ctrlKey: true }))).toBe('undo');
    expect(resolve(page, press('Z', { metaKey: true, shiftKey: true }))).toBe('redo');
    expect(resolve(page, press('ArrowRight', { ctrlKey: true }))).toBeNull();
    expect(resolve(page, press('r', { metaKey: true }))).toBeNull();
    expect(resolve(page, press('p', { altKey: true }))).toBeNull();
    expect(resolve(page, press('R', { shiftKey: true }))).toBeNull();
    expect(resolve(page, press('z', { altKey: true }))).toBeNull();
    expect(resolve(page, press('z', { ctrlKey: true, metaKey: true }))).toBeNull();
  });

  it('repeats a held key only where repeating makes sense', () => {
    expect(resolve(at(['global']), press('ArrowRight', { repeat: true }))).toBe('step');
    expect(resolve(at(['global']), press(' ', { repeat: true }))).toBeNull();
    expect(resolve(at(['global']), press('r', { repeat: true }))).toBeNull();
    expect(resolve(at(['heatmap', 'global']), press('ArrowDown', { repeat: true }))).toBe('moveDown');
  });
});

describe('chord labels', () => {
  it('write keys as people read them', () => {
    expect(chordLabel('ArrowRight')).toBe('→');
    expect(chordLabel('Shift+ArrowRight')).toBe('Shift + →');
    expect(chordLabel('z')).toBe('Z');
    expect(chordLabel('Z')).toBe('Shift + Z');
    expect(chordLabel('Ctrl+Z')).toBe('Ctrl + Shift + Z');
    expect(chordLabel('Meta+z')).toBe('⌘ + Z');
    expect(chordLabel('Space')).toBe('Space');
    expect(chordLabel('Escape')).toBe('Esc');
    expect(chordLabel('+')).toBe('+');
    expect(chordLabel('?')).toBe('?');
  });
});
