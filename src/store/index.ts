import { useStore as useZustandStore } from 'zustand';
import { createSession, type SessionHost, type SessionState } from '../session';
import { workerBackend } from './trainingWorker';

/** The browser's clock, frames and files, for the session, and its Worker to train in while playing. */
const browserHost: SessionHost = {
  now: () => performance.now(),
  frame: (cb) => {
    requestAnimationFrame(cb);
  },
  fetchText: (url) =>
    fetch(url).then((r) => {
      if (!r.ok) throw new Error(`could not load ${url} (HTTP ${r.status})`);
      return r.text();
    }),
  trainer: workerBackend(),
};

/** The page's one session. */
export const session = createSession(browserHost);

/**
 * How React reads the session: a narrow selector re-renders a component only when what it selects changes
 * (zustand's useStore over the session's observable). No logic lives here.
 */
export function useStore<T>(selector: (s: SessionState) => T): T {
  return useZustandStore(session, selector);
}
useStore.getState = session.getState;
useStore.subscribe = session.subscribe;

/** Everything back to a fresh start with nothing to undo (tests; the New button's start over is undoable). */
export function resetStore(): void {
  session.getState().startOver(false);
}

export type Store = SessionState;
