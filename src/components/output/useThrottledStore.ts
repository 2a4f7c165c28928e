import { useEffect, useState } from 'react';
import { useStore, type Store } from '../../store';

/**
 * A value derived from the whole store, recomputed when the version moves but at most every `ms` (tables of
 * numbers cannot be read faster than that, and React need not render each training frame).
 */
export function useThrottledDerived<T>(compute: (s: Store) => T, ms = 250): T {
  const [value, setValue] = useState(() => compute(useStore.getState()));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let last = 0;
    const run = () => {
      timer = null;
      last = performance.now();
      setValue(compute(useStore.getState()));
    };
    const unsub = useStore.subscribe((s, p) => {
      if (s.version === p.version || timer) return;
      timer = setTimeout(run, Math.max(0, ms - (performance.now() - last)));
    });
    return () => {
      unsub();
      if (timer) clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ms]);
  return value;
}
