/**
 * The smallest observable state holder: one immutable snapshot replaced by `set`, listeners told once per
 * change. Its shape is what zustand's `useStore(api, selector)` reads, so React subscribes to the session
 * without the session knowing React.
 */
export interface Observable<T> {
  getState(): T;
  getInitialState(): T;
  /** Merges a patch into a new snapshot and tells every listener once (nothing when the patch is empty). */
  setState(patch: Partial<T>): void;
  subscribe(listener: (state: T, prev: T) => void): () => void;
}

export function createObservable<T extends object>(initial: T): Observable<T> {
  let state = initial;
  const listeners = new Set<(s: T, p: T) => void>();
  return {
    getState: () => state,
    getInitialState: () => state,
    setState(patch) {
      if (!Object.keys(patch).length) return;
      const prev = state;
      state = { ...state, ...patch };
      for (const l of listeners) l(state, prev);
    },
    subscribe(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}
