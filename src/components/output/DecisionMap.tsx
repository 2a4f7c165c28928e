import { useLayoutEffect, useRef, type MouseEvent } from 'react';
import { predict } from '../../engine';
import { DOMAIN_2D } from '../../datasets';
import { inputsOf } from '../../domain/run';
import { useStore, type Store } from '../../store';
import { fromPlot, gridInputs, gridSideFor, type MapMode } from '../../viz/decisionMap';
import { drawDecisionMap } from '../../viz/decisionMapDraw';
import { playingWait, recomputeDue, type ComputedAt } from '../common/pace';
import { sizeCanvas } from '../common/useDprCanvas';

const SIZE = 290;
/** While playing, the map is redrawn at most this often (30 a second): a forward pass over its whole grid. */
const PLAYING_MIN_MS = 33;

function modeOf(s: Store): { mode: MapMode; k: number; max: number; labelMax: number } {
  const k = s.mlp.layers[s.mlp.layers.length - 1].units;
  let labelMax = 0;
  const lab = s.dataset.train.labels;
  for (let i = 0; i < lab.length; i++) labelMax = Math.max(labelMax, Math.abs(lab[i]));
  if (s.dataset.kind === 'regression') return { mode: 'regression', k, max: labelMax || 1, labelMax };
  const act = s.config.outputActivation;
  if (act === 'sigmoid' && k === 1) return { mode: 'probability', k, max: 1, labelMax };
  if (act === 'softmax' || k > 1) return { mode: 'classes', k, max: 1, labelMax };
  return { mode: 'signed', k, max: 1, labelMax };
}

/**
 * The output over the input plane with the data on top; click adds a training point. While playing it is
 * redrawn at play's pace for its cost (common/pace.ts: at most 30 a second, and at most a tenth of the page's
 * time), so the frames keep coming; paused, or after an edit between frames, it is exact at once.
 */
export function DecisionMap() {
  const ref = useRef<HTMLCanvasElement>(null);
  const gridRef = useRef<{ key: string; x: Float64Array } | null>(null);
  const kind = useStore((s) => s.dataset.kind);
  useLayoutEffect(() => {
    let raf = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const at: ComputedAt = { version: -1, time: -Infinity, cost: 0 };
    let shownTest: boolean | null = null;
    const draw = () => {
      const canvas = ref.current;
      if (!canvas) return;
      const s = useStore.getState();
      const now = performance.now();
      if (shownTest === s.showTestPoints && !recomputeDue(at, s.version, s.playing, now, PLAYING_MIN_MS)) {
        // Not yet at play's pace: drawn when it is, unless a later change draws it first.
        if (at.version !== s.version && timer === undefined)
          timer = setTimeout(
            () => {
              timer = undefined;
              request();
            },
            Math.max(0, at.time + playingWait(at.cost, PLAYING_MIN_MS) - now),
          );
        return;
      }
      shownTest = s.showTestPoints;
      const domain = s.dataset.domain ?? DOMAIN_2D;
      const grid = gridSideFor(s.mlp.layers.reduce((n, l) => n + l.weights.length, 0));
      // The network sees each grid point's features (x₁², sin x₁, …), as it saw the training points'.
      const key = `${domain.join(',')}:${grid}:${s.config.features.join(',')}`;
      if (gridRef.current?.key !== key)
        gridRef.current = { key, x: inputsOf(s.dataset, s.config, gridInputs(grid, domain), grid * grid) };
      const ctx = sizeCanvas(canvas, SIZE, SIZE);
      if (!ctx) return;
      const out = predict(s.mlp, gridRef.current.x, grid * grid);
      const m = modeOf(s);
      drawDecisionMap(ctx, out, s.dataset.train, s.showTestPoints ? s.dataset.test : null, {
        size: SIZE,
        grid,
        domain,
        regression: s.dataset.kind === 'regression',
        ...m,
      });
      const end = performance.now();
      Object.assign(at, { version: s.version, time: end, cost: end - now });
    };
    const request = () => {
      if (!raf) raf = requestAnimationFrame(() => ((raf = 0), draw()));
    };
    draw();
    const unsub = useStore.subscribe((s, p) => {
      if (s.version !== p.version || s.showTestPoints !== p.showTestPoints || s.playing !== p.playing)
        request();
    });
    return () => {
      unsub();
      if (raf) cancelAnimationFrame(raf);
      clearTimeout(timer);
    };
  }, []);
  const onClick = (e: MouseEvent<HTMLCanvasElement>) => {
    const s = useStore.getState();
    if (s.dataset.kind !== 'classification') return;
    const r = e.currentTarget.getBoundingClientRect();
    const [x1, x2] = fromPlot(
      e.clientX - r.left,
      e.clientY - r.top,
      s.dataset.domain ?? DOMAIN_2D,
      r.width || SIZE,
    );
    s.addPoint([x1, x2], e.shiftKey ? 0 : 1);
  };
  return (
    <canvas
      ref={ref}
      className="decision-map"
      role="img"
      aria-label={
        kind === 'regression'
          ? 'Regression surface: the predicted value over the input plane, with the training points'
          : 'Decision map: the network output over the input plane (orange negative, blue positive), with the training points. Click to add a blue point, Shift-click an orange one.'
      }
      onClick={onClick}
    />
  );
}
