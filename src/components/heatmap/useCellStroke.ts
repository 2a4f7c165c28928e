import { useEffect, useRef, type MouseEvent, type PointerEvent, type RefObject } from 'react';
import { useStore } from '../../store';
import type { WeightRef } from '../../domain/weightRef';
import { cellAt, cellsOnSegment, type HeatmapLayout } from '../../viz/heatmapLayout';

export type Cell = { row: number; col: number | 'bias' };

/**
 * How long a click on one cell stays open, waiting for the second press of a double-click: the longest
 * double-click interval of common desktop systems (Windows' default; GNOME and macOS use less). Whether the
 * second press does make a double-click, the browser says (the click's `detail`), not this number.
 */
export const DOUBLE_CLICK_MS = 500;

const sameCell = (a: Cell, b: Cell) => a.row === b.row && a.col === b.col;

/**
 * Pointer painting on one layer's canvas (mouse, pen, touch): a stroke is one undoable edit however many
 * cells it crosses.
 *
 * A double-click opens the value editor, and a typed value must replace the brush, not follow it (issue 10,
 * bug 5). The first click of a double-click cannot know it is one, so a click that stays on one cell paints
 * at once (the student sees it) but its edit stays open ("held") for DOUBLE_CLICK_MS. A second press on that
 * cell paints nothing until its click says what it was: the second click of a double-click takes the held
 * edit back (the weight as it was, nothing recorded); a separate click closes the held edit and paints
 * again. Anything else (time, a press elsewhere, a key, a drag) closes the held edit as one edit.
 */
export function useCellStroke(
  canvas: RefObject<HTMLCanvasElement | null>,
  L: HeatmapLayout,
  toRef: (c: Cell) => WeightRef,
  editing: boolean,
  /** A finger paints only when painting is switched on; otherwise a swipe scrolls the page. */
  touchPaint = true,
) {
  /** A stroke in progress; `skip`: a cell the stroke does not paint on its first segment (see onPointerMove). */
  const drag = useRef<{ x: number; y: number; first: Cell; moved: boolean; skip: Cell | null } | null>(null);
  const held = useRef<{ cell: Cell; stop: () => void } | null>(null);
  /** A press on the held cell, waiting for its click. */
  const second = useRef<{ cell: Cell; x: number; y: number } | null>(null);

  /** Closes a held click as the edit it is. */
  const closeHeld = () => {
    const h = held.current;
    if (!h) return;
    held.current = null;
    h.stop();
    useStore.getState().endStroke();
  };
  /** Takes a held click back: the weights as they were, no undo entry, no timeline mark. */
  const cancelHeld = () => {
    const h = held.current;
    if (!h) return;
    held.current = null;
    h.stop();
    useStore.getState().cancelEdit();
  };
  const hold = (cell: Cell) => {
    const timer = window.setTimeout(closeHeld, DOUBLE_CLICK_MS);
    // Listeners on the window see a press or a key before any other handler acts on it (the page's keys
    // listen on the document), so no other action ever runs while the click's edit is open.
    const onPress = (e: Event) => e.target !== canvas.current && closeHeld();
    window.addEventListener('pointerdown', onPress, { capture: true });
    window.addEventListener('keydown', closeHeld, { capture: true });
    held.current = {
      cell,
      stop: () => {
        window.clearTimeout(timer);
        window.removeEventListener('pointerdown', onPress, { capture: true });
        window.removeEventListener('keydown', closeHeld, { capture: true });
      },
    };
  };
  // A held click outlives nothing: unmounting (a new architecture, a lesson) closes it.
  useEffect(() => closeHeld, []);

  const at = (e: MouseEvent<HTMLCanvasElement>): [number, number] => {
    const r = e.currentTarget.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  };
  const capture = (e: PointerEvent<HTMLCanvasElement>) => {
    try {
      e.currentTarget.setPointerCapture(e.pointerId);
    } catch {
      /* not every environment captures pointers (jsdom); the stroke still works inside the canvas */
    }
  };
  /** Opens a stroke at a cell; `paintFirst` false when that cell was just painted by its own click. */
  const startStroke = (x: number, y: number, c: Cell, paintFirst: boolean) => {
    const s = useStore.getState();
    drag.current = { x, y, first: c, moved: false, skip: paintFirst ? null : c };
    s.beginStroke();
    if (paintFirst) s.paintCell(toRef(c));
    s.setHovered(toRef(c));
  };

  const onPointerDown = (e: PointerEvent<HTMLCanvasElement>) => {
    if (e.button !== 0 || editing || (e.pointerType === 'touch' && !touchPaint)) return;
    const [x, y] = at(e);
    const c = cellAt(L, x, y);
    const h = held.current;
    if (c && h && sameCell(h.cell, c)) {
      // Perhaps the second press of a double-click: its click will say. Until then the held edit waits.
      e.preventDefault();
      capture(e);
      h.stop();
      second.current = { cell: c, x, y };
      return;
    }
    closeHeld();
    if (!c) return;
    const s = useStore.getState();
    // An embed that hides painting (hide=paint) leaves the heatmap for reading: a click selects, never paints.
    if (e.altKey || s.hidden.includes('paint')) return s.setSelected(toRef(c));
    e.preventDefault();
    capture(e);
    startStroke(x, y, c, true);
  };
  const onPointerMove = (e: PointerEvent<HTMLCanvasElement>) => {
    const [x, y] = at(e);
    const s = useStore.getState();
    const c = cellAt(L, x, y);
    const sec = second.current;
    if (sec && (!c || !sameCell(c, sec.cell))) {
      // The second press drags away: not a double-click. The click's edit closes; the drag is a new stroke
      // that does not paint the clicked cell again on its way out.
      second.current = null;
      closeHeld();
      startStroke(sec.x, sec.y, sec.cell, false);
    }
    const d = drag.current;
    if (d) {
      for (const p of cellsOnSegment(L, d.x, d.y, x, y)) {
        if (!sameCell(p, d.first)) d.moved = true;
        if (!d.skip || !sameCell(p, d.skip)) s.paintCell(toRef(p));
      }
      d.skip = null;
      d.x = x;
      d.y = y;
    }
    s.setHovered(c ? toRef(c) : null);
  };
  const endStroke = () => {
    const d = drag.current;
    if (!d) return;
    drag.current = null;
    // A click on one cell that opened an edit waits for a possible second click; a drag closes at once.
    if (!d.moved && useStore.getState().openEdit) hold(d.first);
    else useStore.getState().endStroke();
  };
  const onClick = (e: MouseEvent<HTMLCanvasElement>) => {
    const sec = second.current;
    if (!sec) return;
    second.current = null;
    if (e.detail >= 2) return cancelHeld();
    // Two separate clicks on one cell: the first is one edit, this one another (and may start a double-click).
    closeHeld();
    startStroke(sec.x, sec.y, sec.cell, true);
    endStroke();
  };
  const onPointerUp = () => {
    endStroke();
    // The click of a second press comes right after its pointerup; should none come, the held edit closes.
    if (second.current)
      window.setTimeout(() => {
        if (!second.current) return;
        second.current = null;
        closeHeld();
      }, 0);
  };
  const onPointerCancel = () => {
    second.current = null;
    closeHeld();
    endStroke();
  };

  return {
    onPointerDown,
    onPointerMove,
    onPointerUp,
    onPointerCancel,
    onLostPointerCapture: endStroke,
    onClick,
    onPointerLeave: () => !drag.current && useStore.getState().setHovered(null),
  };
}
