import type { Mlp } from '../engine';
import { History, type HistoryOptions, type LayerShape } from '../history/timelineHistory';

/**
 * The histories of every branch of the timeline, outside React and the store's state (they are large typed
 * storage that changes every step). The timeline slice keeps the plain UI state; views read from here.
 */
const histories = new Map<number, History>();
const listeners = new Set<() => void>();
let nextId = 0;
let options: HistoryOptions = {};

export const shapesOf = (m: Mlp): LayerShape[] => m.layers.map((l) => ({ inputs: l.inputs, units: l.units }));

/** Sets the memory budget of histories made from now on (tests use tiny ones). */
export function setHistoryOptions(o: HistoryOptions): void {
  options = o;
}

export function historyOf(branch: number): History | undefined {
  return histories.get(branch);
}

/** Forgets every branch; returns the id of a fresh one for this network. */
export function startHistories(m: Mlp): number {
  histories.clear();
  const id = nextId++;
  histories.set(id, new History(shapesOf(m), options));
  notifyTimeline();
  return id;
}

/** A new branch holding entries 0..last of another one. */
export function forkHistory(from: number, last: number): number {
  const src = histories.get(from);
  if (!src) throw new Error(`no branch ${from}`);
  const id = nextId++;
  histories.set(id, src.prefix(last));
  notifyTimeline();
  return id;
}

export function dropHistory(branch: number): void {
  histories.delete(branch);
  notifyTimeline();
}

/** Total bytes held by every branch. */
export function historyBytes(): number {
  let b = 0;
  for (const h of histories.values()) b += h.bytes();
  return b;
}

/** Called after every recorded step, mark, scrub and branch change (views throttle their redraws). */
export function subscribeTimeline(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function notifyTimeline(): void {
  for (const l of listeners) l();
}
