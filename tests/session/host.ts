import type { SessionHost } from '../../src/session';

/**
 * A session host for tests: a clock that only moves when told, animation frames run by hand, and the site's
 * files from `readFile` (Node tests read public/; without it every fetch fails).
 */
export function testHost(readFile?: (path: string) => string) {
  let t = 0;
  const frames: ((t: number) => void)[] = [];
  const host: SessionHost = {
    now: () => t,
    frame: (cb) => {
      frames.push(cb);
    },
    fetchText: async (url) => {
      if (!readFile) throw new Error(`no file ${url} in this test`);
      return readFile(`public/${url.replace(/^\.\//, '')}`);
    },
  };
  return {
    host,
    advance(ms: number) {
      t += ms;
    },
    /** Runs the frames requested so far, each `ms` after the last. */
    runFrames(count: number, ms = 16) {
      for (let i = 0; i < count && frames.length; i++) {
        t += ms;
        const due = frames.splice(0);
        for (const f of due) f(t);
      }
    },
  };
}
