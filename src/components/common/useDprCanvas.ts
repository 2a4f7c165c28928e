import { useLayoutEffect, type RefObject } from 'react';

/**
 * Sizes a canvas for devicePixelRatio (CSS size w × h) and returns nothing; the context it leaves is scaled so
 * drawing code works in CSS pixels.
 */
export function sizeCanvas(canvas: HTMLCanvasElement, w: number, h: number): CanvasRenderingContext2D | null {
  const dpr = Math.max(1, Math.min(3, window.devicePixelRatio || 1));
  const W = Math.max(1, Math.round(w * dpr));
  const H = Math.max(1, Math.round(h * dpr));
  if (canvas.width !== W) canvas.width = W;
  if (canvas.height !== H) canvas.height = H;
  canvas.style.width = `${w}px`;
  canvas.style.height = `${h}px`;
  const ctx = canvas.getContext('2d');
  ctx?.setTransform(dpr, 0, 0, dpr, 0, 0);
  return ctx;
}

/**
 * Redraws a canvas now and whenever the store's version (or anything in deps) changes, without re-rendering
 * React: the draw function is called from a store subscription (zustand's transient updates).
 */
export function useCanvasDraw(
  ref: RefObject<HTMLCanvasElement | null>,
  subscribe: (redraw: () => void) => () => void,
  draw: (canvas: HTMLCanvasElement) => void,
  deps: unknown[],
): void {
  useLayoutEffect(() => {
    const c = ref.current;
    if (!c) return;
    let raf = 0;
    const redraw = () => {
      if (raf) return;
      raf = requestAnimationFrame(() => {
        raf = 0;
        if (ref.current) draw(ref.current);
      });
    };
    draw(c);
    const unsub = subscribe(redraw);
    return () => {
      unsub();
      if (raf) cancelAnimationFrame(raf);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
}
