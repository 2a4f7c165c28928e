import { describe, expect, it } from 'vitest';
import { createSession, type SessionState } from '../../src/session';
import { startAutosave, type AutosaveDeps } from '../../src/store/autosave';
import type { SavedDb, SavedIndex, SavedRecord } from '../../src/store/savedDb';
import type { TabEnv } from '../../src/store/tabs';
import { decodeLink } from '../../src/url';
import { testHost } from '../session/host';

/** One browser profile: its IndexedDB (a Map holding structured clones) and its held tab locks. */
function browser(opts: { putCostMs?: number } = {}) {
  const records = new Map<string, SavedRecord>();
  let index: SavedIndex = [];
  const held = new Set<string>();
  let puts = 0;
  const db: SavedDb = {
    get: async (id) => structuredClone(records.get(id)),
    put: async (id, r) => {
      puts++;
      // IndexedDB's clone runs on the main thread: a slow one moves the page's clock.
      advanceClocks(opts.putCostMs ?? 0);
      records.set(id, structuredClone(r));
    },
    remove: async (id) => void records.delete(id),
    index: async () => index,
    updateIndex: async (f) => void (index = f(index)),
  };
  let n = 0;
  const clocks: ((ms: number) => void)[] = [];
  const advanceClocks = (ms: number) => clocks.forEach((f) => f(ms));
  /** One tab of this browser: its sessionStorage, its clock and timers, its session. */
  const tab = (storedId: string | null = null) => {
    let id = storedId;
    const mine = new Set<string>();
    const tabs: TabEnv = {
      hasLocks: true,
      readId: () => id,
      writeId: (x) => void (id = x),
      newId: () => `tab${++n}`,
      hold: async (x) => {
        if (held.has(x)) return false;
        held.add(x);
        mine.add(x);
        return true;
      },
      live: async () => new Set(held),
    };
    const t = testHost();
    const timers: { at: number; f: () => void }[] = [];
    let clock = 0;
    clocks.push((ms) => (clock += ms));
    const deps: AutosaveDeps = {
      db,
      tabs,
      now: () => clock,
      wallClock: () => clock + n * 1e6,
      setTimer: (f, ms) => {
        const e = { at: clock + ms, f };
        timers.push(e);
        return e;
      },
      clearTimer: (e) => void timers.splice(timers.indexOf(e as (typeof timers)[number]), 1),
      onLeave: () => {},
    };
    const session = createSession(t.host);
    const autosave = startAutosave(session, deps);
    const S = (): SessionState => session.getState();
    /** Moves the clock, firing due timers, and lets IndexedDB's promises settle. */
    const advance = async (ms: number) => {
      const end = clock + ms;
      for (;;) {
        timers.sort((a, b) => a.at - b.at);
        const next = timers[0];
        if (!next || next.at > end) break;
        clock = next.at;
        timers.shift();
        next.f();
        await settle();
      }
      clock = end;
      await settle();
    };
    const close = () => mine.forEach((x) => held.delete(x));
    return { S, autosave, advance, close, id: () => id, t, tick: (ms: number) => (clock += ms) };
  };
  return { tab, records, puts: () => puts };
}

const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};
const noLink = decodeLink('');
const bits = (s: SessionState) => s.mlp.layers.map((l) => [...new Uint32Array(l.weights.slice().buffer)]);

describe('autosave', () => {
  it('a change while paused is saved within half a second of the last change, and a reload restores it', async () => {
    const b = browser();
    const a = b.tab();
    await a.autosave.open(noLink, () => {});
    await a.advance(500);
    for (let i = 0; i < 30; i++) a.S().stepBatch();
    a.S().scrubTo(20);
    await a.advance(499);
    expect(a.S().storage).toBe('saved');
    const again = b.tab(a.id());
    a.close();
    let linkApplied = false;
    await again.autosave.open(noLink, () => (linkApplied = true));
    expect(linkApplied).toBe(false);
    expect(again.S().step).toBe(20);
    expect(bits(again.S())).toEqual(bits(a.S()));
  });

  it('while playing, the session is saved at most once every four seconds, and at once on pause', async () => {
    const b = browser();
    const a = b.tab();
    await a.autosave.open(noLink, () => {});
    await a.advance(1000);
    const before = b.puts();
    // A few batches a frame: this test's clock stands still within a frame.
    a.S().setSpeed(5);
    a.S().play();
    for (let f = 0; f < 600; f++) {
      a.t.runFrames(1, 16);
      await a.advance(16);
    }
    const during = b.puts() - before;
    expect(a.S().step).toBe(3000);
    expect(during).toBeGreaterThanOrEqual(1);
    expect(during).toBeLessThanOrEqual(Math.ceil((600 * 16) / 4000));
    a.S().pause();
    await a.advance(500);
    expect(b.puts() - before).toBe(during + 1);
    const rec = b.records.get(a.id()!)!.session as { trainer: { step: number } };
    expect(rec.trainer.step).toBe(a.S().step);
  });

  it('while playing, a save that does not fit in a frame waits for the pause', async () => {
    const b = browser({ putCostMs: 50 });
    const a = b.tab();
    await a.autosave.open(noLink, () => {});
    await a.advance(1000);
    expect(a.autosave.timings().at(-1)?.clone).toBe(50);
    const before = b.puts();
    a.S().setSpeed(5);
    a.S().play();
    for (let f = 0; f < 400; f++) {
      a.t.runFrames(1, 16);
      await a.advance(16);
    }
    expect(b.puts()).toBe(before);
    a.S().pause();
    await a.advance(500);
    expect(b.puts()).toBe(before + 1);
    expect(a.S().storage).toBe('saved');
  });

  it('a link with another setup wins, says so, keeps the saved session and offers it back', async () => {
    const b = browser();
    const a = b.tab();
    await a.autosave.open(noLink, () => {});
    for (let i = 0; i < 5; i++) a.S().stepBatch();
    await a.advance(500);
    const again = b.tab(a.id());
    a.close();
    const link = decodeLink('?lr=0.1');
    await again.autosave.open(link, () => again.S().setConfig(link.config));
    expect(again.S().config.lr).toBe(0.1);
    expect(again.S().step).toBe(0);
    expect(again.S().savedOffer?.text).toMatch(/link's setup is shown; your saved session is kept/);
    // It saves under a new id: the saved session is still stored.
    expect(again.id()).not.toBe(a.id());
    await again.advance(500);
    expect((b.records.get(a.id()!)!.session as { trainer: { step: number } }).trainer.step).toBe(5);
    expect(await again.S().restoreSaved(again.S().savedOffer!.saved)).toBe(true);
    expect(again.S().step).toBe(5);
  });

  it('two open tabs keep separate sessions; a tab opened later offers the newest, never takes it', async () => {
    const b = browser();
    const one = b.tab();
    await one.autosave.open(noLink, () => {});
    for (let i = 0; i < 7; i++) one.S().stepBatch();
    await one.advance(500);
    const two = b.tab();
    await two.autosave.open(noLink, () => {});
    expect(two.S().step).toBe(0);
    expect(two.S().savedOffer?.text).toMatch(/open in another tab/);
    for (let i = 0; i < 3; i++) two.S().stepBatch();
    await two.advance(500);
    expect(two.id()).not.toBe(one.id());
    const steps = (id: string) => (b.records.get(id)!.session as { trainer: { step: number } }).trainer.step;
    expect(steps(one.id()!)).toBe(7);
    expect(steps(two.id()!)).toBe(3);
    // Tab one closes; a fresh tab takes over the newest session no open tab holds (tab one's is older).
    one.close();
    const three = b.tab();
    await three.autosave.open(noLink, () => {});
    expect(three.id()).toBe(one.id());
    expect(three.S().step).toBe(7);
  });

  it('storage that cannot be opened gives one clear line, applies the link, and the app works', async () => {
    const t = testHost();
    const session = createSession(t.host);
    const deps = { db: new Error('private mode') } as unknown as AutosaveDeps;
    let applied = false;
    await startAutosave(session, deps).open(noLink, () => (applied = true));
    expect(applied).toBe(true);
    const s = session.getState();
    expect(s.storage).toBe('unavailable');
    expect(s.notice?.text).toMatch(/^Autosave is off: this browser's storage is not available/);
    expect(s.notice?.text.split('\n')).toHaveLength(1);
    s.stepBatch();
    expect(session.getState().step).toBe(1);
  });
});
