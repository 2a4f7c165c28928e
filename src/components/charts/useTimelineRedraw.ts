import { useEffect, useLayoutEffect, useRef } from 'react';
import { useStore } from '../../store';

const MIN_MS = 120;
/** Charts redrawn in one animation frame at most: the rest wait a frame, so no frame carries every chart. */
const MAX_PER_FRAME = 2;
let frameTime = -1;
let frameDraws = 0;

/**
 * Calls draw now and after timeline or weight changes, at most once per animation frame and not more often
 * than every 120 ms, and only while the element is shown: a collapsed chart, or one scrolled out of the
 * window (below the first screen during play), costs nothing until it is seen again.
 */
export function useTimelineRedraw(ref: { current: Element | null }, draw: () => void, deps: unknown[]): void {
  const drawRef = useRef(draw);
  useLayoutEffect(() => {
    drawRef.current = draw;
  });
  useEffect(() => {
    let raf = 0;
    let last = 0;
    let timer = 0;
    let visible = true;
    let stale = false;
    const run = (t: number) => {
      raf = 0;
      const el = ref.current;
      // Inside a collapsed <details> nothing is seen: skip the work.
      if (!el || el.closest('details:not([open])')) return;
      if (!visible) {
        stale = true;
        return;
      }
      if (t !== frameTime) {
        frameTime = t;
        frameDraws = 0;
      }
      if (++frameDraws > MAX_PER_FRAME) {
        raf = requestAnimationFrame(run);
        return;
      }
      last = performance.now();
      drawRef.current();
    };
    const schedule = () => {
      if (raf || timer) return;
      const wait = MIN_MS - (performance.now() - last);
      const go = () => {
        timer = 0;
        raf = requestAnimationFrame(run);
      };
      if (wait > 0) timer = window.setTimeout(go, wait);
      else go();
    };
    drawRef.current();
    const io =
      typeof IntersectionObserver !== 'undefined' && ref.current
        ? new IntersectionObserver(([e]) => {
            visible = e.isIntersecting;
            if (visible && stale) {
              stale = false;
              schedule();
            }
          })
        : null;
    if (io && ref.current) io.observe(ref.current);
    const off = useStore.subscribe((s, p) => {
      if (
        s.version !== p.version ||
        s.timelineVersion !== p.timelineVersion ||
        s.tracked !== p.tracked ||
        s.hovered !== p.hovered
      )
        schedule();
    });
    return () => {
      off();
      io?.disconnect();
      cancelAnimationFrame(raf);
      clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
}
