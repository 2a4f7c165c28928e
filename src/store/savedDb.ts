import { createStore, del, get, set, update, type UseStore } from 'idb-keyval';

/** One tab's saved session as stored: when, and the session's saved form (checked on restore, not here). */
export interface SavedRecord {
  savedAt: number;
  session: unknown;
}

/** The newest saved sessions, by tab id: read on a fresh tab to find the latest one without loading them all. */
export type SavedIndex = { id: string; savedAt: number }[];

/** Where sessions are kept: IndexedDB in the browser, a Map in tests. Every call may reject. */
export interface SavedDb {
  get(id: string): Promise<SavedRecord | undefined>;
  put(id: string, r: SavedRecord): Promise<void>;
  remove(id: string): Promise<void>;
  index(): Promise<SavedIndex>;
  /** Changes the index in one transaction (two tabs saving at once both land). */
  updateIndex(change: (i: SavedIndex) => SavedIndex): Promise<void>;
}

const recordKey = (id: string) => `session:${id}`;
const INDEX_KEY = 'index';

/** The browser's IndexedDB through idb-keyval; an Error when it cannot even be opened (private mode). */
export function openSavedDb(): SavedDb | Error {
  let store: UseStore;
  try {
    store = createStore('weightscope', 'sessions');
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
  return {
    get: (id) => get<SavedRecord>(recordKey(id), store),
    put: (id, r) => set(recordKey(id), r, store),
    remove: (id) => del(recordKey(id), store),
    index: async () => {
      const i = await get<unknown>(INDEX_KEY, store);
      return Array.isArray(i)
        ? i.filter(
            (e): e is SavedIndex[number] => typeof e?.id === 'string' && typeof e?.savedAt === 'number',
          )
        : [];
    },
    updateIndex: (change) => update<SavedIndex>(INDEX_KEY, (i) => change(Array.isArray(i) ? i : []), store),
  };
}
