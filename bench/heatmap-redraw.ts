/**
 * npx tsx bench/heatmap-redraw.ts [url]: in Debian's Chromium, times a full redraw of weight heatmaps of
 * several sizes (784 × 128 is the target: ≤ 4 ms) through the page-side hook the heatmap panel installs,
 * window.weightscopeBench.heatmapRedraw(rows, cols, reps, cell). Serve a build first, e.g.
 *   npx vite build --outDir /tmp/heat-dist && npx vite preview --outDir /tmp/heat-dist --port 4411
 * Prints one line per size and exits 1 if the 784 × 128 median is over budget.
 */
import { chromium } from '@playwright/test';

const url = process.argv[2] ?? 'http://127.0.0.1:4411/';
const SIZES: [rows: number, cols: number, cell: number][] = [
  [8, 2, 24],
  [8, 8, 24],
  [32, 64, 9],
  [128, 784, 2],
];
const BUDGET_MS = 4;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(url);
  await page.waitForFunction(() => !!(window as unknown as { weightscopeBench?: unknown }).weightscopeBench);
  let worst = 0;
  for (const [rows, cols, cell] of SIZES) {
    const r = await page.evaluate(
      ([rows, cols, cell]) => {
        const b = (window as unknown as { weightscopeBench: Record<string, (...a: number[]) => unknown> })
          .weightscopeBench;
        return b.heatmapRedraw(rows, cols, 100, cell) as { medianMs: number; p90Ms: number; meanMs: number };
      },
      [rows, cols, cell],
    );
    console.log(
      `${cols} inputs × ${rows} units @ ${cell}px: median ${r.medianMs.toFixed(2)} ms, p90 ${r.p90Ms.toFixed(2)} ms, mean of a block ${r.meanMs.toFixed(2)} ms`,
    );
    if (rows === 128 && cols === 784) worst = r.medianMs;
  }
  console.log(
    worst <= BUDGET_MS ? `OK: 784×128 ≤ ${BUDGET_MS} ms` : `OVER BUDGET: 784×128 > ${BUDGET_MS} ms`,
  );
  process.exitCode = worst <= BUDGET_MS ? 0 : 1;
} finally {
  await browser.close();
}
