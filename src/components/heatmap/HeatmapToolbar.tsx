import { useState } from 'react';
import { readNumber } from '../../format/number';
import { useStore } from '../../store';
import { BRUSH_INFO, BRUSH_TOOLS, type BrushTool } from '../../session';
import { Show } from '../share/Show';
import { PruneControl } from './PruneControl';

/** Brush tool and value, touch painting, colour-scale scope, table view, undo and redo. */
export function HeatmapToolbar({
  touchPaint,
  onTouchPaint,
}: {
  touchPaint: boolean;
  onTouchPaint: (on: boolean) => void;
}) {
  const tool = useStore((s) => s.brushTool);
  const value = useStore((s) => s.brushValue);
  const scope = useStore((s) => s.colorScope);
  const table = useStore((s) => s.tableView);
  const undoLabel = useStore((s) => s.undoStack[s.undoStack.length - 1]?.label ?? null);
  const redoLabel = useStore((s) => s.redoStack[s.redoStack.length - 1]?.label ?? null);
  const a = useStore.getState();
  const usesValue = BRUSH_INFO[tool].usesValue;
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <div className="heatmap-toolbar">
      <Show id="paint">
        <>
          <fieldset className="segmented" aria-label="Brush">
            <legend>Brush</legend>
            {BRUSH_TOOLS.map((t: BrushTool) => (
              <label key={t} className={t === tool ? 'on' : undefined}>
                <input
                  type="radio"
                  name="brush"
                  value={t}
                  checked={t === tool}
                  onChange={() => a.setBrushTool(t)}
                />
                {BRUSH_INFO[t].label}
              </label>
            ))}
          </fieldset>
          <div className="brush-value" aria-disabled={!usesValue || undefined}>
            <label htmlFor="brush-value-range">Value</label>
            <input
              id="brush-value-range"
              type="range"
              min={-3}
              max={3}
              step={0.05}
              value={Math.max(-3, Math.min(3, value))}
              disabled={!usesValue}
              onChange={(e) => a.setBrushValue(Number(e.target.value))}
            />
            <input
              type="number"
              aria-label="Brush value (exact)"
              step={0.05}
              value={draft ?? String(value)}
              disabled={!usesValue}
              onChange={(e) => {
                // Keep what is typed (an empty or half-typed field) while the store keeps the last number.
                setDraft(e.target.value);
                const r = readNumber(e.target.value);
                if (r.ok) a.setBrushValue(r.value);
              }}
              onBlur={() => setDraft(null)}
            />
          </div>
          <button
            type="button"
            className="touch-paint"
            aria-pressed={touchPaint}
            onClick={() => onTouchPaint(!touchPaint)}
            title="Let a finger paint the heatmaps (otherwise a swipe scrolls the page)"
          >
            Paint
          </button>
        </>
      </Show>
      <fieldset className="segmented" aria-label="Colour scale">
        <legend>Scale</legend>
        {(['layer', 'network'] as const).map((s) => (
          <label key={s} className={s === scope ? 'on' : undefined}>
            <input
              type="radio"
              name="scope"
              value={s}
              checked={s === scope}
              onChange={() => a.setColorScope(s)}
            />
            {s === 'layer' ? 'Per layer' : 'Whole network'}
          </label>
        ))}
      </fieldset>
      <button type="button" onClick={a.fitScales} title="Fit each colour scale to the current values">
        Fit scale
      </button>
      <button type="button" aria-pressed={table} onClick={() => a.setTableView(!table)}>
        Table view
      </button>
      <span className="undo-redo">
        <button
          type="button"
          onClick={a.undo}
          disabled={!undoLabel}
          title={undoLabel ? `Undo ${undoLabel} (Ctrl+Z)` : 'Nothing to undo'}
        >
          <span aria-hidden="true">↶</span> Undo
        </button>
        <button
          type="button"
          onClick={a.redo}
          disabled={!redoLabel}
          title={redoLabel ? `Redo ${redoLabel} (Shift+Ctrl+Z)` : 'Nothing to redo'}
        >
          <span aria-hidden="true">↷</span> Redo
        </button>
      </span>
      <Show id="paint">
        <Show id="prune">
          <PruneControl />
        </Show>
      </Show>
    </div>
  );
}
