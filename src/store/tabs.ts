import type { SavedDb, SavedRecord } from './savedDb';

/**
 * Which saved session a page uses, so that two tabs never write over each other:
 *
 * - Each tab has its own id, kept in sessionStorage (it survives a reload of that tab, and a new tab has
 *   none) and names the record the tab saves to. While the page lives it holds a Web Lock named after the id.
 * - A reload finds its id and its lock free: it restores its own record.
 * - A duplicated tab finds the id (sessionStorage is copied) but the lock held by the original: it restores
 *   a copy and saves under a new id of its own.
 * - A fresh tab restores and takes over the most recently saved session that no open tab holds (the tab
 *   was closed, the browser restarted). When every saved session is open in another tab, it starts afresh
 *   under a new id and the newest one is only offered (a copy, if taken).
 * - Without Web Locks no page can tell whether another is open: a fresh tab restores a copy of the newest
 *   session under a new id, which can never overwrite another tab's record.
 */
export interface TabEnv {
  hasLocks: boolean;
  readId(): string | null;
  writeId(id: string): void;
  newId(): string;
  /** Holds the id's lock for the page's life; false when another page holds it (true without Web Locks). */
  hold(id: string): Promise<boolean>;
  /** Ids whose lock a live page holds. */
  live(): Promise<Set<string>>;
}

export interface TabChoice {
  /** The id this page saves under. */
  id: string;
  record: SavedRecord | undefined;
  /** 'use': restore it now; 'offer': it is open in another tab, so it is only offered. */
  mode: 'use' | 'offer';
}

/** A new id for this tab, remembered and held. */
export async function newTab(env: TabEnv): Promise<string> {
  const id = env.newId();
  env.writeId(id);
  await env.hold(id);
  return id;
}

export async function chooseTab(env: TabEnv, db: SavedDb): Promise<TabChoice> {
  const mine = env.readId();
  if (mine) {
    if (await env.hold(mine)) return { id: mine, record: await db.get(mine), mode: 'use' };
    const record = await db.get(mine);
    return { id: await newTab(env), record, mode: 'use' };
  }
  const index = [...(await db.index())].sort((a, b) => b.savedAt - a.savedAt);
  if (!env.hasLocks) {
    const record = index.length ? await db.get(index[0].id) : undefined;
    return { id: await newTab(env), record, mode: 'use' };
  }
  const live = await env.live();
  for (const e of index) {
    if (live.has(e.id) || !(await env.hold(e.id))) continue;
    env.writeId(e.id);
    return { id: e.id, record: await db.get(e.id), mode: 'use' };
  }
  const record = index.length ? await db.get(index[0].id) : undefined;
  return { id: await newTab(env), record, mode: record ? 'offer' : 'use' };
}

const TAB_KEY = 'weightscope-tab';
const LOCK_PREFIX = 'weightscope-tab:';

/** sessionStorage and Web Locks of this page (either may be missing: the choice degrades as described). */
export function browserTabEnv(): TabEnv {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return {
    hasLocks: !!locks,
    readId() {
      try {
        return sessionStorage.getItem(TAB_KEY);
      } catch {
        return null;
      }
    },
    writeId(id) {
      try {
        sessionStorage.setItem(TAB_KEY, id);
      } catch {
        // Without sessionStorage a reload counts as a fresh tab: it still finds its session, the newest.
      }
    },
    newId: () =>
      typeof crypto !== 'undefined' && 'randomUUID' in crypto
        ? crypto.randomUUID()
        : `${Date.now().toString(36)}-${performance.now().toString(36)}`,
    hold(id) {
      if (!locks) return Promise.resolve(true);
      return new Promise((resolve) => {
        locks
          .request(LOCK_PREFIX + id, { ifAvailable: true }, (lock) => {
            resolve(!!lock);
            // Held until the page goes away.
            return lock ? new Promise<void>(() => {}) : undefined;
          })
          .catch(() => resolve(false));
      });
    },
    async live() {
      if (!locks) return new Set();
      const q = await locks.query();
      return new Set(
        (q.held ?? [])
          .map((l) => l.name ?? '')
          .filter((n) => n.startsWith(LOCK_PREFIX))
          .map((n) => n.slice(LOCK_PREFIX.length)),
      );
    },
  };
}
