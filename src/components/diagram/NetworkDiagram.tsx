import { useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { TrainData } from '../../engine';
import { useStore } from '../../store';
import { inputNamesOf } from '../../domain/config';
import { hitDiagram, type DiagramHit, type DiagramLayout } from '../../viz/diagram';
import { drawDiagram } from '../../viz/diagramDraw';
import { sizeCanvas } from '../common/useDprCanvas';
import { keyContextAt } from '../keys/context';
import { lookup, resolve } from '../keys/resolve';
import { CAP, describeHit, diagramLayout, inputLabels, layerSummary } from './diagramModel';
import { computeLayerStats, computeUnitImages, type LayerStats, type UnitImages } from './unitMaps';
import { recomputeDue } from '../common/pace';
import { Later, UnitWeightImages } from '../layout/lazy';
import './diagram.css';

type Tip = { x: number; y: number; text: string } | null;

/** Layer summaries as computed at a step: kept while playing until play's pace asks for new ones. */
interface LayerStatsAt {
  version: number;
  step: number;
  train: TrainData;
  shape: string;
  /** When computed, and how long that took (ms). */
  time: number;
  cost: number;
  stats: LayerStats[];
}

/**
 * The network as units and links. Unit squares show each unit's output over the input plane (2D data) or its
 * incoming weights as a picture (image data); links are coloured by sign and as thick as |w|. Maps are
 * recomputed only when the store's version moves, at most once per frame, and only while on screen. The layer
 * summaries need a pass over the whole training set: while playing they follow at play's pace for costly
 * figures (pace.ts) and say which step they describe; paused, they are exact.
 */
export function NetworkDiagram() {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const statsRef = useRef<HTMLUListElement>(null);
  const layoutRef = useRef<DiagramLayout | null>(null);
  const imagesRef = useRef<{ version: number; images: UnitImages } | null>(null);
  const layerStatsRef = useRef<LayerStatsAt | null>(null);
  const [tip, setTip] = useState<Tip>(null);
  const [focus, setFocus] = useState<{ layer: number; unit: number } | null>(null);
  const shape = useStore((s) => `${s.mlp.inputs}:${s.mlp.layers.map((l) => l.units).join(',')}`);
  const layerCount = useStore((s) => s.mlp.layers.length);
  const imageInputs = useStore((s) => s.dataset.image != null);
  const imageSize = useStore((s) =>
    s.dataset.image ? `${s.dataset.image.width}×${s.dataset.image.height}` : '',
  );

  useLayoutEffect(() => {
    let raf = 0;
    let visible = true;
    let dirty = false;
    const draw = () => {
      const canvas = canvasRef.current;
      if (!canvas) return;
      if (!visible) {
        dirty = true;
        return;
      }
      const s = useStore.getState();
      if (imagesRef.current?.version !== s.version) {
        imagesRef.current = {
          version: s.version,
          images: computeUnitImages(s.mlp, s.dataset, CAP, s.config),
        };
      }
      const { images } = imagesRef.current;
      const at = layerStatsRef.current;
      const now = performance.now();
      const key = s.mlp.layers.map((l) => l.units).join(',');
      if (!at || at.train !== s.train || at.shape !== key || recomputeDue(at, s.version, s.playing, now)) {
        const stats = computeLayerStats(s.mlp, s.train);
        const t = performance.now();
        layerStatsRef.current = {
          version: s.version,
          step: s.step,
          train: s.train,
          shape: key,
          time: t,
          cost: t - now,
          stats,
        };
      }
      const { stats, version, step } = layerStatsRef.current!;
      const asAt = version !== s.version ? ` · as at step ${step}` : '';
      statsRef.current?.querySelectorAll('li').forEach((li, l) => {
        if (stats[l]) li.textContent = layerSummary(s.mlp, stats, l) + asAt;
      });
      const width = Math.max(240, boxRef.current?.clientWidth || 600);
      const names = inputNamesOf(s.config, s.dataset);
      const layout = diagramLayout(s.mlp, s.dataset, width, names);
      layoutRef.current = layout;
      const ctx = sizeCanvas(canvas, width, layout.height + 14);
      if (!ctx) return;
      const h = s.hovered;
      drawDiagram(ctx, layout, {
        layers: s.mlp.layers,
        images,
        inputLabels: inputLabels(s.dataset, names),
        imageInputs: s.dataset.image != null,
        highlight: h ? { layer: h.layer, row: h.row, col: h.col === 'bias' ? -1 : h.col } : null,
        active: s.phase,
      });
      ctx.font = '11px system-ui, sans-serif';
      ctx.fillStyle = '#555';
      layout.columns.forEach((col, c) => {
        ctx.textAlign = c === 0 ? 'left' : 'center';
        if (layout.hidden[c] > 0 && col.length)
          ctx.fillText(
            `${col.length} of ${col.length + layout.hidden[c]}`,
            c === 0 ? col[0].x : col[0].x + col[0].size / 2,
            layout.height + 6,
          );
      });
    };
    const schedule = () => {
      if (!raf) raf = requestAnimationFrame(() => ((raf = 0), draw()));
    };
    draw();
    const unsub = useStore.subscribe((s, p) => {
      // Pausing makes paced summaries exact.
      if (
        s.version !== p.version ||
        s.hovered !== p.hovered ||
        s.phase !== p.phase ||
        s.playing !== p.playing
      )
        schedule();
    });
    const io =
      typeof IntersectionObserver !== 'undefined' && boxRef.current
        ? new IntersectionObserver(([e]) => {
            visible = e.isIntersecting;
            if (visible && dirty) {
              dirty = false;
              schedule();
            }
          })
        : null;
    if (io && boxRef.current) io.observe(boxRef.current);
    const ro = typeof ResizeObserver !== 'undefined' && boxRef.current ? new ResizeObserver(schedule) : null;
    if (ro && boxRef.current) ro.observe(boxRef.current);
    return () => {
      unsub();
      io?.disconnect();
      ro?.disconnect();
      if (raf) cancelAnimationFrame(raf);
    };
  }, [shape, layerCount, imageInputs]);

  const show = (hit: DiagramHit, x: number, y: number) => {
    const s = useStore.getState();
    if (!hit) {
      s.setHovered(null);
      setTip(null);
      return;
    }
    s.setHovered(
      hit.kind === 'unit'
        ? { layer: hit.layer, row: hit.unit, col: 'bias' }
        : { layer: hit.layer, row: hit.row, col: hit.col },
    );
    setTip({
      x,
      y,
      text: describeHit(
        hit,
        s.mlp,
        s.dataset,
        layerStatsRef.current?.stats ?? null,
        inputNamesOf(s.config, s.dataset),
      ),
    });
  };
  const onMove = (e: PointerEvent<HTMLCanvasElement>) => {
    const layout = layoutRef.current;
    if (!layout) return;
    const r = e.currentTarget.getBoundingClientRect();
    const x = e.clientX - r.left,
      y = e.clientY - r.top;
    show(hitDiagram(layout, x, y, 4, imageInputs), x, y);
  };
  const onKey = (e: KeyboardEvent<HTMLCanvasElement>) => {
    const layout = layoutRef.current;
    const ctx = keyContextAt(e.target);
    if (!layout || lookup(ctx, e)?.scope !== 'diagram') return;
    const a = resolve(ctx, e);
    const cols = layout.columns.slice(1);
    let f = focus ?? { layer: 0, unit: 0 };
    if (a === 'unitNextLayer') f = { layer: Math.min(cols.length - 1, f.layer + 1), unit: f.unit };
    else if (a === 'unitPrevLayer') f = { layer: Math.max(0, f.layer - 1), unit: f.unit };
    else if (a === 'unitDown') f = { ...f, unit: f.unit + 1 };
    else if (a === 'unitUp') f = { ...f, unit: Math.max(0, f.unit - 1) };
    else if (a === 'hideTip') return show(null, 0, 0);
    else return;
    e.preventDefault();
    f.unit = Math.min(f.unit, cols[f.layer].length - 1);
    setFocus(f);
    const b = cols[f.layer][f.unit];
    show({ kind: 'unit', layer: f.layer, unit: f.unit }, b.x + b.size, b.y + b.size);
  };

  return (
    <section className="panel diagram" aria-labelledby="diagram-heading">
      <h2 id="diagram-heading">Network diagram</h2>
      <div className="diagram-box" ref={boxRef}>
        <canvas
          ref={canvasRef}
          tabIndex={0}
          role="img"
          data-keys="diagram"
          aria-label="Network diagram: units show their output over the input plane; links coloured by the weight's sign, as thick as its size. Arrow keys step through the units."
          onPointerMove={onMove}
          onPointerLeave={() => show(null, 0, 0)}
          onKeyDown={onKey}
          onBlur={() => show(null, 0, 0)}
        />
        {tip ? (
          <div className="diagram-tip" role="tooltip" style={{ left: tip.x + 12, top: tip.y + 12 }}>
            {tip.text}
          </div>
        ) : null}
      </div>
      <ul className="diagram-stats" ref={statsRef} aria-label="Layer outputs" aria-live="off">
        {Array.from({ length: layerCount }, (_, l) => (
          <li key={l} data-testid={`layer-summary-${l}`} />
        ))}
      </ul>
      <p className="diagram-legend">
        <span className="swatch neg" aria-hidden="true" /> negative{' '}
        <span className="swatch pos" aria-hidden="true" /> positive{' '}
        <span className="swatch zero" aria-hidden="true" /> exactly 0 (ReLU off) · links: solid +, dashed −,
        width |w|{imageInputs ? ` · first layer: each unit’s ${imageSize} incoming weights` : ''} · wide
        layers show the first {CAP} units
      </p>
      {imageInputs ? (
        <Later>
          <UnitWeightImages />
        </Later>
      ) : null}
    </section>
  );
}
