import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../store';
import { fitCell } from '../../viz/heatmapLayout';
import './heatmap.css';
import { HeatmapToolbar } from './HeatmapToolbar';
import { HoverReadout } from './HoverReadout';
import { droppedNow, LayerHeatmap } from './LayerHeatmap';
import { LEGEND_MIN, ScaleLegend } from './ScaleLegend';
import { WeightTables } from './WeightTables';
import './heatmapBenchHook';

const MAX_LAYER_HEIGHT = 360;
const GAP = 18;
/** Layers that share one cell size stay this short, so the main loop fits a 1280×720 screen. */
const SHARED_LAYER_HEIGHT = 200;

/** Width of an element, followed as it resizes (a sensible default where nothing lays out, as in jsdom). */
function useWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [w, setW] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => el.clientWidth > 0 && setW(el.clientWidth);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return w;
}

/**
 * Cell size per layer: one size for all when every layer fits side by side with ± glyphs; otherwise each layer
 * gets the largest cell that fits the panel (down to 2 px, then it scrolls).
 */
export function cellSizes(shapes: [number, number][], width: number): number[] {
  const tallest = Math.max(1, ...shapes.map(([rows]) => rows));
  // Side by side, each figure is as wide as its grid plus bias strip, or its legend, whichever is wider.
  const rowWidth = (cell: number) =>
    shapes.reduce((s, [, cols]) => s + Math.max(LEGEND_MIN, (cols + 1.34) * cell) + GAP, 0);
  let shared = Math.min(30, Math.floor(SHARED_LAYER_HEIGHT / tallest));
  while (shared >= 14 && rowWidth(shared) > width) shared--;
  if (shared >= 14) return shapes.map(() => shared);
  return shapes.map(([rows, cols]) => fitCell(rows, cols, width - 4, MAX_LAYER_HEIGHT));
}

/** The centre of the app: every layer's weights as a heatmap you can read, hover, paint and type into. */
export function WeightHeatmaps() {
  const panel = useRef<HTMLElement>(null);
  const width = useWidth(panel, 620) - 22;
  const shapes = useStore(useShallow((s) => s.mlp.layers.map((l) => `${l.units}x${l.inputs}`)));
  const table = useStore((s) => s.tableView);
  const scope = useStore((s) => s.colorScope);
  const note = useStore((s) => s.scaleNote);
  const emphasis = useStore((s) => s.emphasis?.label ?? null);
  const dropping = useStore((s) => droppedNow(s) !== null);
  // A view setting, not part of the model: whether a finger on a heatmap paints or scrolls the page.
  const [touchPaint, setTouchPaint] = useState(false);
  const cells = cellSizes(
    shapes.map((k) => k.split('x').map(Number) as [number, number]),
    width,
  );

  return (
    <section
      ref={panel}
      className="panel heatmaps"
      aria-label="Weight heatmaps"
      data-touch-paint={touchPaint || undefined}
    >
      <h2>Weights</h2>
      <HeatmapToolbar touchPaint={touchPaint} onTouchPaint={setTouchPaint} />
      {/* Folded so the grids stay on a projector's first screen; screen readers read it through the grids. */}
      <details className="heatmap-help">
        <summary>How to read and paint</summary>
        <p id="heatmap-keys-help">
          Rows: receiving units; columns: their inputs; the separate strip: biases. Drag to paint (on a touch
          screen, switch Paint on first), double-click or Enter to type a value (it replaces the brush);
          arrows move the cursor, + / − set ±value, 0 zeroes, Space applies the brush; ? lists every key.
        </p>
      </details>
      {scope === 'network' && <ScaleLegend layer={null} width={260} />}
      {emphasis && <p className="emphasis-note">Outlined: {emphasis}</p>}
      {dropping && (
        <p className="dropped-note" data-testid="dropped-legend">
          <span className="dropped-swatch" aria-hidden="true" /> Hatched: units dropped this step (their row
          here, their column in the next layer; darker = dropped for more of the batch)
        </p>
      )}
      <p className="scale-note" role="status">
        {note ?? ''}
      </p>
      {table ? (
        <WeightTables />
      ) : (
        <div className="heatmap-row">
          {shapes.map((_, l) => (
            <LayerHeatmap key={l} layer={l} cell={cells[l]} touchPaint={touchPaint} />
          ))}
        </div>
      )}
      <HoverReadout />
    </section>
  );
}
