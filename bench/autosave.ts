/**
 * What one autosave costs on the main thread for a big timeline: the default 2-8-8-1 network trained until
 * its history (32 MB budget) is full, plus two more branches forked from it (6 000 steps each).
 *
 *   npx tsx bench/autosave.ts [steps = 60000] [forks = 2]
 *
 * Prints the saved form's size and the median ms of: making it (savedForm, copies every array), cloning it
 * (structuredClone, what IndexedDB's put does on the main thread), and restoring it into a fresh session.
 * Not a test: numbers vary by machine.
 */
import { createSession, type SessionState } from '../src/session';

const host = {
  now: () => performance.now(),
  frame: () => {},
  fetchText: () => Promise.reject(new Error('none')),
};
const s = createSession(host);
const S = (): SessionState => s.getState();
const STEPS = Number(process.argv[2] ?? 60_000);
S().stepMany(STEPS);
for (let b = 0; b < Number(process.argv[3] ?? 2); b++) {
  S().scrubTo(Math.floor(STEPS / (3 + b)));
  S().stepMany(6000);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (f: () => void, runs = 7) =>
  median(
    Array.from({ length: runs }, () => {
      const t0 = performance.now();
      f();
      return performance.now() - t0;
    }),
  );
let form = S().savedForm(true);
const bytes = S().historyBytes();
// What autosave does: the form with the timeline's arrays shared, then IndexedDB's structured clone of it.
const made = time(() => (form = S().savedForm(true)));
let clone = form;
const cloned = time(() => (clone = structuredClone(form)));
const t = createSession(host);
const restored = time(() => void t.getState().restoreSaved(clone), 3);
const entries = S().branches.map((b) => S().historyOf(b.id)!.count);
console.log(
  `${STEPS} steps, ${S().branches.length} branches (${entries.join(', ')} entries kept), history ${(bytes / 2 ** 20).toFixed(1)} MiB:` +
    ` savedForm(shared) ${made.toFixed(1)} ms, structuredClone ${cloned.toFixed(1)} ms, restoreSaved ${restored.toFixed(1)} ms;` +
    ` same step after restore: ${t.getState().step === S().step}`,
);
