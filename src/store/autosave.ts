import { DEFAULT_CONFIG } from '../domain/config';
import type { Session, SessionState } from '../session';
import { savedChanged } from '../session/snapshot';
import type { LinkState } from '../url';
import { openSavedDb, type SavedDb, type SavedRecord } from './savedDb';
import { browserTabEnv, chooseTab, newTab, type TabChoice, type TabEnv } from './tabs';

/** After the last change, while paused: a save follows within half a second. */
const IDLE_DELAY_MS = 300;
/** Changes that never pause (a long stroke, a drag on the timeline) are still saved this often. */
const MAX_WAIT_MS = 2000;
/** While playing, at most one save per this many ms. */
const PLAY_INTERVAL_MS = 4000;
/**
 * While playing, a save must fit in a frame's spare time (making the saved form and IndexedDB's clone both
 * run on the main thread): when the last one took longer, or the timeline is big, saving waits for the pause.
 */
const PLAY_MAX_COST_MS = 8;
const PLAY_MAX_BYTES = 8 * 2 ** 20;
/** Saved sessions kept (the newest; a live tab's record comes back with its next save). */
const KEEP = 8;

export interface AutosaveDeps {
  db: SavedDb | Error;
  tabs: TabEnv;
  now(): number;
  wallClock(): number;
  setTimer(f: () => void, ms: number): unknown;
  clearTimer(t: unknown): void;
  /** Calls back when the page is being hidden or left (the last chance to save). */
  onLeave(f: () => void): void;
}

export interface Autosave {
  /**
   * Decides between the saved session and the opening link: restores the saved one when the link carries no
   * configuration or the same one (a reload); otherwise the link wins (applyLink) and the saved one is
   * offered back. Saving starts once this is decided, never before (it would overwrite what is restored).
   */
  open(link: LinkState, applyLink: () => void): Promise<void>;
  /** Milliseconds the last saves took: making the saved form, cloning it (both on the main thread), all. */
  timings(): { form: number; clone: number; total: number }[];
}

const unavailableText = (e: unknown) =>
  (e as { name?: string })?.name === 'QuotaExceededError'
    ? "Autosave stopped: this browser's storage is full. Your work stays on this page until you close it."
    : "Autosave is off: this browser's storage is not available (private browsing?). Your work stays on this page until you close it.";

/** Bytes of kept timeline entries, about what a save clones. */
const timelineBytes = (s: SessionState) =>
  s.branches.reduce((n, b) => {
    const h = s.historyOf(b.id);
    return n + (h ? h.count * h.stride * 8 : 0);
  }, 0);

/** Whether the link asks for a setup other than the saved one (a reload's link is the saved setup's own). */
export function linkDiffers(link: LinkState, saved: unknown): boolean {
  const s = saved as Partial<SessionState> & { config?: Record<string, unknown> };
  const config: Record<string, unknown> = { ...DEFAULT_CONFIG, ...(s?.config ?? {}) };
  const differs = Object.entries(link.config).some(
    ([k, v]) => JSON.stringify(v) !== JSON.stringify(config[k]),
  );
  return differs || (link.weights !== null && link.weights !== s?.linkWeights);
}

/** Saves the session as it changes (throttled while playing) and restores it on a reload. */
export function startAutosave(session: Session, deps: AutosaveDeps = browserDeps()): Autosave {
  const { db } = deps;
  const times: { form: number; clone: number; total: number }[] = [];
  // Started at once: reading IndexedDB runs while the page renders.
  const choosing: Promise<TabChoice | Error> =
    db instanceof Error ? Promise.resolve(db) : chooseTab(deps.tabs, db).catch((e: Error) => e);
  const S = () => session.getState();

  let id = '';
  let timer: unknown = null;
  let dirtySince = -1;
  let lastSave = -Infinity;
  let lastCost = 0;
  let writing = false;
  let stopped = false;

  const fail = (e: unknown) => {
    stopped = true;
    if (timer !== null) deps.clearTimer(timer);
    S().setStorage('unavailable', { kind: 'error', text: unavailableText(e) });
  };

  const save = async () => {
    timer = null;
    if (stopped || dirtySince < 0 || db instanceof Error) return;
    if (writing) return schedule();
    writing = true;
    dirtySince = -1;
    try {
      const t0 = deps.now();
      // Shared, not copied: idb-keyval's put clones it in a microtask of this task, before any frame can train.
      const record: SavedRecord = { savedAt: deps.wallClock(), session: S().savedForm(true) };
      const t1 = deps.now();
      const put = db.put(id, record);
      // idb-keyval clones the record in the microtask it queued first: once ours runs, the clone is done.
      await Promise.resolve();
      await Promise.resolve();
      const t2 = deps.now();
      await put;
      times.push({ form: t1 - t0, clone: t2 - t1, total: deps.now() - t0 });
      if (times.length > 20) times.shift();
      lastCost = t2 - t0;
      lastSave = deps.now();
      const mine = id;
      let dropped: string[] = [];
      await db.updateIndex((index) => {
        const next = [{ id: mine, savedAt: record.savedAt }, ...index.filter((e) => e.id !== mine)];
        next.sort((a, b) => b.savedAt - a.savedAt);
        dropped = next.slice(KEEP).map((e) => e.id);
        return next.slice(0, KEEP);
      });
      await Promise.all(dropped.map((d) => db.remove(d)));
      writing = false;
      if (dirtySince >= 0) schedule();
      else if (S().storage !== 'saved') S().setStorage('saved');
    } catch (e) {
      writing = false;
      fail(e);
    }
  };

  /** When the next save is due: soon after the last change when paused, sparsely while playing. */
  const schedule = () => {
    if (stopped) return;
    const t = deps.now();
    if (dirtySince < 0) dirtySince = t;
    // Not inside the session's own publication (this runs in its listener): just after.
    if (S().storage !== 'pending') queueMicrotask(() => S().setStorage('pending'));
    const playing = S().playing;
    if (playing && (lastCost > PLAY_MAX_COST_MS || timelineBytes(S()) > PLAY_MAX_BYTES)) {
      // Too big to save between frames: saved when play pauses (that change schedules it), or the page is left.
      if (timer !== null) deps.clearTimer(timer);
      timer = null;
      return;
    }
    const due = playing
      ? Math.max(t + IDLE_DELAY_MS, lastSave + PLAY_INTERVAL_MS)
      : Math.min(t + IDLE_DELAY_MS, dirtySince + MAX_WAIT_MS);
    if (timer !== null) {
      // While playing the pending save keeps its time: every frame is a change.
      if (playing) return;
      deps.clearTimer(timer);
    }
    timer = deps.setTimer(() => void save(), Math.max(0, due - t));
  };

  const begin = (tabId: string) => {
    id = tabId;
    session.subscribe((s, p) => {
      if (savedChanged(s, p) || s.playing !== p.playing) schedule();
    });
    deps.onLeave(() => {
      if (dirtySince >= 0 && !writing) void save();
    });
    // What is shown now (the restored session, or the link's) is saved under this tab's id.
    schedule();
  };

  return {
    async open(link, applyLink) {
      const choice = await choosing;
      if (choice instanceof Error) {
        applyLink();
        fail(choice);
        return;
      }
      const saved = choice.record?.session;
      if (!saved) {
        applyLink();
        return begin(choice.id);
      }
      if (choice.mode === 'offer') {
        applyLink();
        S().offerSaved({
          saved,
          text: 'Your latest session is open in another tab; this tab starts a new one.',
        });
        return begin(choice.id);
      }
      if (Object.keys(link.config).length && linkDiffers(link, saved)) {
        // The link wins; the saved session stays stored (this tab saves under a new id) and is offered back.
        applyLink();
        S().offerSaved({ saved, text: "This link's setup is shown; your saved session is kept." });
        return begin(await newTab(deps.tabs));
      }
      if (!(await S().restoreSaved(saved))) applyLink();
      begin(choice.id);
    },
    timings: () => [...times],
  };
}

/** The browser's IndexedDB, tabs, clocks and page-leave events. */
export function browserDeps(): AutosaveDeps {
  return {
    db: openSavedDb(),
    tabs: browserTabEnv(),
    now: () => performance.now(),
    wallClock: () => Date.now(),
    setTimer: (f, ms) => setTimeout(f, ms),
    clearTimer: (t) => clearTimeout(t as ReturnType<typeof setTimeout>),
    onLeave(f) {
      addEventListener('pagehide', f);
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'hidden') f();
      });
    },
  };
}
