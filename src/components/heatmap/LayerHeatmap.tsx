import { memo, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useStore } from '../../store';
import { inputNamesOf } from '../../domain/config';
import { readWeight } from '../../session';
import { refLabel } from '../../domain/weightRef';
import type { WeightRef } from '../../domain/weightRef';
import { drawHeatmap } from '../../viz/heatmap';
import { cellAt, layoutFor, moveCursor } from '../../viz/heatmapLayout';
import { sizeCanvas, useCanvasDraw } from '../common/useDprCanvas';
import { keyContextAt } from '../keys/context';
import type { ActionId } from '../keys/keymap';
import { lookup, resolve } from '../keys/resolve';
import { CellEditor } from './CellEditor';
import { signed } from './format';
import { LEGEND_MIN, ScaleLegend } from './ScaleLegend';
import { useCellStroke, type Cell } from './useCellStroke';

/** The key moveCursor reads for each cursor action of the keymap. */
const CURSOR_KEYS: Partial<Record<ActionId, string>> = {
  moveLeft: 'ArrowLeft',
  moveRight: 'ArrowRight',
  moveUp: 'ArrowUp',
  moveDown: 'ArrowDown',
  moveRowStart: 'Home',
  moveRowEnd: 'End',
  moveTop: 'PageUp',
  moveBottom: 'PageDown',
};

/** Index of a ref in this layer's weight matrix (or bias strip), −1 when it is elsewhere. */
const indexIn = (r: WeightRef | null, layer: number, inputs: number, bias: boolean): number =>
  !r || r.layer !== layer || (r.col === 'bias') !== bias
    ? -1
    : r.col === 'bias'
      ? r.row
      : r.row * inputs + r.col;

/**
 * Per layer, the share of the batch that dropped each unit in the step just taken (dropout), or null when
 * that step had no dropout or the network has moved on from it (another step, a rewind, an edit of shape).
 */
export function droppedNow(s: {
  lastRecord: { step: number; layers: { dropped: Float64Array | null }[] } | null;
  trainer: { step: number };
}): (Float64Array | null)[] | null {
  const rec = s.lastRecord;
  if (!rec || rec.step !== s.trainer.step || !rec.layers.some((l) => l.dropped)) return null;
  return rec.layers.map((l) => l.dropped);
}

export function scaleOf(s: { scales: number[]; colorScope: 'layer' | 'network' }, layer: number): number {
  const m = s.colorScope === 'network' ? Math.max(0, ...s.scales) : (s.scales[layer] ?? 0);
  return m > 0 ? m : 1;
}

/**
 * One layer's weights (rows = receiving units, columns = inputs) and its bias strip, on one canvas that is
 * also the paint surface: pointer strokes (mouse, pen, touch when switched on), double-click to type, and a keyboard cursor.
 */
export const LayerHeatmap = memo(function LayerHeatmap({
  layer,
  cell,
  touchPaint,
}: {
  layer: number;
  cell: number;
  /** Whether a finger paints; otherwise a touch is left to the browser, which scrolls the page. */
  touchPaint: boolean;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  const redrawRef = useRef<() => void>(() => {});
  const shape = useStore((s) => {
    const l = s.mlp.layers[layer];
    return l ? `${l.units}x${l.inputs}x${l.useBias ? 1 : 0}` : '0x0x0';
  });
  const [units, inputs, hasBias] = shape.split('x').map(Number);
  const L = useMemo(() => layoutFor(units, inputs, cell), [units, inputs, cell]);
  const noBias = useMemo(() => (hasBias ? null : new Uint8Array(units).fill(1)), [hasBias, units]);
  const cursor = useRef<Cell>({ row: 0, col: 0 });
  const [focused, setFocused] = useState(false);
  const focusedRef = useRef(false);
  const [editing, setEditing] = useState<Cell | null>(null);
  const [announce, setAnnounce] = useState('');

  useCanvasDraw(
    ref,
    (redraw) => {
      redrawRef.current = redraw;
      return useStore.subscribe(
        (s, p) =>
          (s.version !== p.version ||
            s.hovered !== p.hovered ||
            s.selected !== p.selected ||
            s.scales !== p.scales ||
            s.colorScope !== p.colorScope ||
            s.emphasis !== p.emphasis ||
            s.lastRecord !== p.lastRecord) &&
          redraw(),
      );
    },
    (canvas) => {
      const s = useStore.getState();
      const l = s.mlp.layers[layer];
      if (!l) return;
      const ctx = sizeCanvas(canvas, L.width, L.height);
      if (!ctx) return;
      const max = scaleOf(s, layer);
      const cur = focusedRef.current ? cursor.current : null;
      const curRef = cur ? { layer, ...cur } : null;
      const common = { max, cellW: cell, cellH: cell, rows: l.units };
      const dropped = droppedNow(s);
      ctx.clearRect(0, 0, L.width, L.height);
      drawHeatmap(ctx, l.weights, {
        ...common,
        cols: l.inputs,
        empty: l.pruned,
        locked: l.frozen,
        droppedRows: dropped?.[layer] ?? null,
        droppedCols: layer > 0 ? (dropped?.[layer - 1] ?? null) : null,
        outlined: s.emphasis?.cells[layer],
        highlight: indexIn(s.hovered, layer, l.inputs, false),
        selected: indexIn(s.selected, layer, l.inputs, false),
        cursor: indexIn(curRef, layer, l.inputs, false),
      });
      ctx.save();
      ctx.translate(L.biasX, 0);
      drawHeatmap(ctx, l.biases, {
        ...common,
        cols: 1,
        empty: noBias,
        highlight: indexIn(s.hovered, layer, l.inputs, true),
        selected: indexIn(s.selected, layer, l.inputs, true),
        cursor: indexIn(curRef, layer, l.inputs, true),
      });
      ctx.restore();
    },
    [layer, L, noBias],
  );

  const toRef = (c: Cell): WeightRef => ({ layer, row: c.row, col: c.col });
  const stroke = useCellStroke(ref, L, toRef, editing !== null, touchPaint);

  const move = (c: Cell) => {
    cursor.current = c;
    const s = useStore.getState();
    const l = s.mlp.layers[layer];
    s.setHovered(toRef(c));
    if (l) setAnnounce(`${refLabel(toRef(c))}: ${signed(readWeight(l, c.row, c.col))}`);
    redrawRef.current();
  };
  const setCursorValue = (v: number) => useStore.getState().setWeightValue(toRef(cursor.current), v);
  /** A heatmap action from the keymap: cursor moves always, edits unless a link hides painting. */
  const act = (a: ActionId) => {
    const s = useStore.getState();
    const bv = Math.abs(s.brushValue) || 1;
    const dir = CURSOR_KEYS[a];
    if (dir !== undefined) return move(moveCursor(units, inputs, cursor.current, dir, !!hasBias));
    if (s.hidden.includes('paint')) return;
    if (a === 'openEditor') return setEditing({ ...cursor.current });
    if (a === 'setPositive') setCursorValue(bv);
    else if (a === 'setNegative') setCursorValue(-bv);
    else if (a === 'setZero') setCursorValue(0);
    else if (a === 'applyBrush') {
      s.beginStroke();
      s.paintCell(toRef(cursor.current));
      s.endStroke();
    }
    move(cursor.current);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const ctx = keyContextAt(e.target);
    if (lookup(ctx, e)?.scope !== 'heatmap') return;
    e.preventDefault();
    const a = resolve(ctx, e);
    if (a) act(a);
  };

  const l = useStore.getState().mlp.layers[layer];
  // The first layer's columns are the data's inputs (or their features): named above the grid when few.
  const names = useStore((s) => (layer === 0 ? inputNamesOf(s.config, s.dataset).join('\u0000') : ''));
  const colNames = names ? names.split('\u0000') : [];
  // Named when few, or when each column is wide enough for a turned name (the 21 words of the words data).
  const showNames = colNames.length === inputs && (inputs <= 16 || cell >= 14);
  const upright = colNames.every((n) => n.length <= 2) || cell >= 30;
  // Turned names take the height of the longest (within reason: a longer one ends in an ellipsis).
  const turnedEm = Math.min(8, Math.max(3.4, 0.62 * Math.max(0, ...colNames.map((n) => n.length)) + 0.6));
  const editX = editing ? (editing.col === 'bias' ? L.biasX : editing.col * cell) : 0;
  const editY = editing ? (editing.row + 1) * cell + 2 : 0;
  return (
    <figure className="heatmap">
      {/* The caption wraps to the grid's width, so it never makes a figure wider than its grid or legend. */}
      <figcaption style={{ maxWidth: Math.max(LEGEND_MIN, L.width) }}>
        Layer {layer + 1}: {units} {units === 1 ? 'unit' : 'units'} × {inputs}{' '}
        {inputs === 1 ? 'input' : 'inputs'}{' '}
        {hasBias ? `+ ${units} ${units === 1 ? 'bias' : 'biases'}` : '(no bias)'}
      </figcaption>
      {showNames && (
        <ol
          className={`heatmap-cols${upright ? '' : ' is-turned'}`}
          aria-label={`Layer ${layer + 1} inputs`}
          style={{ width: inputs * cell }}
        >
          {colNames.map((n, j) => (
            <li
              key={j}
              style={upright ? { width: cell } : { width: cell, height: `${turnedEm}em` }}
              title={n}
            >
              {n}
            </li>
          ))}
        </ol>
      )}
      <div
        className="heatmap-grid"
        tabIndex={0}
        role="group"
        data-keys="heatmap"
        aria-label={`Layer ${layer + 1} weights, paintable`}
        aria-describedby="heatmap-keys-help"
        onKeyDown={editing ? undefined : onKeyDown}
        onFocus={(e) => {
          if (e.target !== e.currentTarget) return;
          focusedRef.current = true;
          setFocused(true);
          move(moveCursor(units, inputs, cursor.current, '', !!hasBias));
        }}
        onBlur={(e) => {
          if (e.target !== e.currentTarget) return;
          focusedRef.current = false;
          setFocused(false);
          redrawRef.current();
        }}
        data-focused={focused || undefined}
      >
        <canvas
          ref={ref}
          role="img"
          aria-label={`Layer ${layer + 1} weights heatmap`}
          {...stroke}
          onDoubleClick={(e) => {
            const r = e.currentTarget.getBoundingClientRect();
            const c = cellAt(L, e.clientX - r.left, e.clientY - r.top);
            if (c && !useStore.getState().hidden.includes('paint')) {
              cursor.current = c;
              setEditing(c);
            }
          }}
        />
        {editing && l && (
          <CellEditor
            label={refLabel(toRef(editing))}
            initial={readWeight(l, editing.row, editing.col)}
            x={Math.max(0, Math.min(editX, L.width - 150))}
            y={editY}
            onCommit={(v) => {
              useStore.getState().setWeightValue(toRef(editing), v);
              setEditing(null);
              ref.current?.parentElement?.focus();
            }}
            onCancel={(refocus) => {
              setEditing(null);
              if (refocus) ref.current?.parentElement?.focus();
            }}
          />
        )}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {focused ? announce : ''}
      </p>
      <ScaleLegend layer={layer} width={Math.max(LEGEND_MIN, Math.min(L.width, 260))} />
    </figure>
  );
});
