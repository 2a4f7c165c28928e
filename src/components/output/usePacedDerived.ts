import { useEffect, useState } from 'react';
import { useStore, type Store } from '../../store';
import { playingWait } from '../common/pace';

export interface Paced<T> {
  value: T;
  /** The step the value was computed at. */
  step: number;
  /** True when the weights moved since: the value describes `step`, not the network shown. */
  stale: boolean;
}

/**
 * A costly value derived from the whole store (a forward pass over a data set). Paused, it is recomputed at
 * most every `ms` after the version moves, so it is exact once the weights stop changing. While playing it
 * is recomputed at most every `playingMs` (longer when it is slow: see pace.ts), and says which step it
 * describes. React renders only when the value or its staleness changes, not on every publish.
 */
export function usePacedDerived<T>(compute: (s: Store) => T, ms = 250, playingMs = 1000): Paced<T> {
  const [shown, setShown] = useState(() => {
    const s = useStore.getState();
    return { value: compute(s), step: s.step, version: s.version };
  });
  const [stale, setStale] = useState(false);
  useEffect(() => {
    // A timer is pending while cooling down after a computation (or just before one).
    let timer: ReturnType<typeof setTimeout> | null = null;
    let version = shown.version;
    let cost = 0;
    const due = () => {
      timer = null;
      const s = useStore.getState();
      if (s.version === version) return;
      const t0 = performance.now();
      const value = compute(s);
      cost = performance.now() - t0;
      version = s.version;
      setShown({ value, step: s.step, version });
      setStale(false);
      timer = setTimeout(due, s.playing ? playingWait(cost, playingMs) : ms);
    };
    // The store may have moved between the first render and this effect.
    if (useStore.getState().version !== version) timer = setTimeout(due, 0);
    const unsub = useStore.subscribe((s, p) => {
      if (s.playing !== p.playing && !s.playing && timer) {
        // Paused: no waiting out play's long pause; the figure becomes exact at the short pace.
        clearTimeout(timer);
        timer = setTimeout(due, 0);
      }
      if (s.version === p.version) return;
      setStale(s.version !== version);
      timer ??= setTimeout(due, 0);
    });
    return () => {
      unsub();
      if (timer) clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ms, playingMs]);
  return { value: shown.value, step: shown.step, stale };
}
