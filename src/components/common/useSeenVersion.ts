import { useEffect, useState, type RefObject } from 'react';
import { useStore } from '../../store';

/**
 * The store's version as a panel of per-step detail follows it: paused, at once; while playing, at most every
 * `playingMs` and only while the panel's element is in the window, so a panel scrolled out of view (the step
 * inspector below the first screen) costs nothing per frame until it is seen again. A component reads the
 * store with getState() where it renders, and re-renders when this version moves.
 */
export function useSeenVersion(ref: RefObject<Element | null>, playingMs = 250): number {
  const [seen, setSeen] = useState(() => useStore.getState().version);
  useEffect(() => {
    let visible = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = -Infinity;
    const sync = () => {
      timer = undefined;
      // Scrolled away while waiting: caught up when seen again.
      if (!visible && useStore.getState().playing) return;
      last = performance.now();
      setSeen(useStore.getState().version);
    };
    const consider = () => {
      if (!useStore.getState().playing) {
        clearTimeout(timer);
        sync();
      } else if (visible && timer === undefined) {
        timer = setTimeout(sync, Math.max(0, last + playingMs - performance.now()));
      }
    };
    const el = ref.current;
    const io =
      typeof IntersectionObserver !== 'undefined' && el
        ? new IntersectionObserver(([e]) => {
            visible = e.isIntersecting;
            if (visible) consider();
          })
        : null;
    if (io && el) io.observe(el);
    const off = useStore.subscribe((s, p) => {
      if (s.version !== p.version || s.playing !== p.playing) consider();
    });
    // The store may have moved between the first render and this effect.
    consider();
    return () => {
      off();
      io?.disconnect();
      clearTimeout(timer);
    };
  }, [ref, playingMs]);
  return seen;
}
