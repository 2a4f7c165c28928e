/**
 * npm run bench:ui [-- --json]: measures the built site (dist/, built by the npm script) in Debian's Chromium.
 *   (a) play at the defaults (circle, 2-8-8-1 tanh) at speed "max": frame rate (median of rAF intervals) and
 *       batches trained per second (read from the step counter on the page);
 *   (b) redraw of a 784 × 128 weight heatmap and of all per-unit maps of a 2-8-8-1 net (a bench page built here
 *       from the same sources, bench/ui/redraw.html);
 *   (c) total gzipped JavaScript of dist/assets;
 *   (d) first contentful paint and largest contentful paint on localhost;
 *   (g) the first minute against TensorFlow Playground's built site (bench/ui/firstMinute.ts), interleaved rounds.
 * `-- --first-minute` runs (g) alone; BENCH_ROUNDS sets its rounds (3).
 *   (f) play at speed "max" on big networks, training in the Worker and on the main thread side by side:
 *       samples trained per second and frame rate over BENCH_PLAY_MS (default 8000) once training runs,
 *       medians over BENCH_REPS runs (default 3) and their ratios.
 *       The networks are links: --play-link '?dataset=mnist&hidden=128&batchSize=64' (repeatable); by default
 *       digits 64-128-10 and 64-256-256-10 (about the weights of MNIST 784-128-10), batch 64.
 *       --only-play-links measures (f) alone.
 * Prints a table and, last, one JSON object (with --json, only the JSON goes to stdout).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer as netServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build, preview, type PreviewServer } from 'vite';
import { firstMinute } from './ui/firstMinute';

const json = process.argv.includes('--json');
const log = (s: string) => (json ? process.stderr : process.stdout).write(s + '\n');
const ROOT = path.resolve(import.meta.dirname, '..');
const DIST = path.resolve(ROOT, process.env.BENCH_DIST ?? 'dist');
const BENCH_DIST = path.join(os.tmpdir(), `weightscope-bench-ui-${process.pid}`);
const TARGETS = { fps: 55, batchesPerSec: 300, heatmapMs: 4, unitMapsMs: 8, jsKbGz: 250, paintMs: 1000 };

const argValues = (name: string) =>
  process.argv.flatMap((a, i) => (a === name && process.argv[i + 1] ? [process.argv[i + 1]] : []));
const PLAY_LINKS = argValues('--play-link').length
  ? argValues('--play-link')
  : ['?dataset=digits&hidden=128&batchSize=64', '?dataset=digits&hidden=256,256&batchSize=64'];
const REPS = Number(process.env.BENCH_REPS ?? 3);
const PLAY_MS = Number(process.env.BENCH_PLAY_MS ?? 8000);

const median = (a: number[]) => {
  const s = [...a].sort((x, y) => x - y);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = netServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => (a && typeof a === 'object' ? resolve(a.port) : reject(new Error('no port'))));
    });
  });
}

async function serve(outDir: string): Promise<{ url: string; server: PreviewServer }> {
  const port = await freePort();
  const server = await preview({
    root: ROOT,
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
  return { url: `http://127.0.0.1:${port}/`, server };
}

function jsSize() {
  const dir = path.join(DIST, 'assets');
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  let raw = 0,
    gz = 0;
  for (const f of files) {
    const b = readFileSync(path.join(dir, f));
    raw += b.length;
    gz += gzipSync(b, { level: 9 }).length;
  }
  return { files: files.length, rawKb: raw / 1024, gzKb: gz / 1024 };
}

async function paints(browser: Browser, url: string, reps = 5) {
  const fcp: number[] = [];
  const lcp: number[] = [];
  for (let i = 0; i < reps; i++) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await ctx.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const r = (await page.evaluate(`new Promise((resolve) => {
      const ps = performance.getEntriesByType('paint');
      const f = (ps.find((e) => e.name === 'first-contentful-paint') ?? ps[0])?.startTime ?? NaN;
      let l = NaN;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) l = e.startTime;
      }).observe({ type: 'largest-contentful-paint', buffered: true });
      setTimeout(() => resolve({ fcp: f, lcp: l }), 500);
    })`)) as { fcp: number; lcp: number };
    fcp.push(r.fcp);
    lcp.push(r.lcp);
    await ctx.close();
  }
  return { fcpMs: median(fcp), lcpMs: median(lcp), reps };
}

/** Plays at speed "max" for ms milliseconds and measures frame intervals and the step counter's rate. */
async function play(page: Page, speed: string, ms = 5000, untilTrained = false) {
  await page.getByLabel('Speed').selectOption(speed);
  await page.getByRole('button', { name: /Play/ }).click();
  // On big data the first steps wait for the worker to receive the data: measure once training runs.
  if (untilTrained)
    await page.waitForFunction(
      'Number(document.querySelector(\'[data-testid="step-count"]\').textContent) > 0',
      null,
      {
        timeout: 180_000,
      },
    );
  await page.waitForTimeout(1000);
  // A string, not a function: tsx would wrap named inner functions in a helper the page does not have.
  const r = (await page.evaluate(`(async () => {
    const count = () => Number(document.querySelector('[data-testid="step-count"]').textContent);
    const intervals = [];
    const s0 = count();
    const t0 = performance.now();
    let last = t0;
    await new Promise((resolve) => {
      const f = (t) => {
        intervals.push(t - last);
        last = t;
        if (t - t0 < ${ms}) requestAnimationFrame(f);
        else resolve();
      };
      requestAnimationFrame(f);
    });
    return { intervals: intervals.slice(1), steps: count() - s0, seconds: (performance.now() - t0) / 1000 };
  })()`)) as { intervals: number[]; steps: number; seconds: number };
  // A page that trains in its frames may answer the click only after a long frame (a big network).
  await page.getByRole('button', { name: /Pause/ }).click({ timeout: 180_000 });
  const s = [...r.intervals].sort((a, b) => a - b);
  return {
    fpsMedian: 1000 / median(r.intervals),
    fpsMean: r.intervals.length / r.seconds,
    frameP95Ms: s[Math.floor(s.length * 0.95)],
    frameMaxMs: s[s.length - 1],
    batchesPerSec: r.steps / r.seconds,
    frames: r.intervals.length,
  };
}

const ANCHOR = path.resolve(ROOT, process.env.BENCH_ANCHOR ?? '../shared/anchors/playground');

/**
 * (f) Plays each link at speed "max" with training in the Worker and, in a page without Worker, in the
 * animation frames: samples per second (batches × batch size) and frames per second, alternating the two
 * modes REPS times; medians and worker ÷ main-thread ratios.
 */
async function playLinks(browser: Browser, url: string) {
  const out = [];
  for (const link of PLAY_LINKS) {
    const batch = Number(new URLSearchParams(link.replace(/^\?/, '')).get('batchSize') ?? 10);
    const runs: Record<'worker' | 'main', { fps: number[]; samplesPerSec: number[] }> = {
      worker: { fps: [], samplesPerSec: [] },
      main: { fps: [], samplesPerSec: [] },
    };
    for (let rep = 0; rep < REPS; rep++) {
      for (const mode of ['worker', 'main'] as const) {
        const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
        // Without Worker the page trains in its animation frames (the session's fallback).
        if (mode === 'main')
          await ctx.addInitScript('Object.defineProperty(window, "Worker", { value: undefined })');
        const page = await ctx.newPage();
        await page.goto(`${url}${link}`);
        await page.getByTestId('step-count').waitFor();
        await page.getByRole('button', { name: /Play/ }).and(page.locator(':enabled')).waitFor();
        const r = await play(page, '0', PLAY_MS, true);
        const workers = page.workers().length;
        await ctx.close();
        if (mode === 'worker' && workers === 0) throw new Error(`${link}: no training worker started`);
        runs[mode].fps.push(r.fpsMedian);
        runs[mode].samplesPerSec.push(r.batchesPerSec * batch);
      }
    }
    const m = (mode: 'worker' | 'main') => ({
      fps: median(runs[mode].fps),
      samplesPerSec: median(runs[mode].samplesPerSec),
      runs: runs[mode],
    });
    const worker = m('worker');
    const main = m('main');
    out.push({
      link,
      worker,
      main,
      fpsRatio: worker.fps / main.fps,
      samplesRatio: worker.samplesPerSec / main.samplesPerSec,
    });
  }
  return out;
}

function playLinkRows(links: Awaited<ReturnType<typeof playLinks>>): [string, string, string, boolean][] {
  return links.flatMap((l) => [
    [
      `(f) ${l.link} worker: fps / samples/s (median)`,
      `${l.worker.fps.toFixed(1)} / ${l.worker.samplesPerSec.toFixed(0)}`,
      `≥ ${TARGETS.fps}`,
      l.worker.fps >= TARGETS.fps,
    ],
    [
      `(f) ${l.link} main thread: fps / samples/s`,
      `${l.main.fps.toFixed(1)} / ${l.main.samplesPerSec.toFixed(0)}`,
      'info',
      true,
    ],
    [
      `(f) ${l.link} worker ÷ main: fps / samples/s`,
      `${l.fpsRatio.toFixed(2)} / ${l.samplesRatio.toFixed(2)}`,
      'info',
      true,
    ],
  ]);
}

function printRows(rows: [string, string, string, boolean][], browser: Browser) {
  const w = Math.max(...rows.map((r) => r[0].length));
  log(
    `machine: ${os.cpus()[0]?.model}, ${os.cpus().length} cpus; Chromium ${browser.version()} headless, no GPU`,
  );
  for (const [name, value, target, ok] of rows)
    log(
      `${name.padEnd(w)}  ${value.padStart(14)}  ${target.padEnd(8)} ${target === 'info' ? '' : ok ? 'ok' : 'MISSED'}`,
    );
}

async function main() {
  if (process.argv.includes('--first-minute')) {
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu'],
    });
    const vs = await firstMinute(browser, DIST, ANCHOR, log, Number(process.env.BENCH_ROUNDS ?? 3));
    await browser.close();
    process.stdout.write(JSON.stringify({ firstMinute: vs }) + '\n');
    return;
  }
  if (process.argv.includes('--only-play-links')) {
    const site = await serve(DIST);
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu'],
    });
    try {
      const links = await playLinks(browser, site.url);
      printRows(playLinkRows(links), browser);
      process.stdout.write(JSON.stringify({ machine: os.cpus()[0]?.model, playLinks: links }) + '\n');
    } finally {
      await browser.close();
      await site.server.close();
    }
    return;
  }
  const size = jsSize();
  log('building the redraw bench page…');
  await build({
    root: path.join(ROOT, 'bench/ui'),
    base: './',
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: BENCH_DIST,
      emptyOutDir: true,
      rollupOptions: { input: path.join(ROOT, 'bench/ui/redraw.html') },
    },
  });
  const site = await serve(DIST);
  const bench = await serve(BENCH_DIST);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const paint = await paints(browser, site.url);
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(site.url);
    const defaults = await play(page, '0');
    await page.getByRole('button', { name: 'Reset' }).click();
    const slow = await play(page, '1');
    await page.close();
    // Issue 4: play with every chart of the timeline row on screen (a viewport tall enough to show them all).
    const tall = await browser.newPage({ viewport: { width: 1440, height: 3400 } });
    await tall.goto(`${site.url}?seed=7`);
    const charts = await play(tall, '0');
    await tall.close();
    const links = await playLinks(browser, site.url);
    const rp = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await rp.goto(`${bench.url}redraw.html`);
    await rp.waitForFunction("typeof window.__redrawBench === 'function'");
    const redraw = (await rp.evaluate('window.__redrawBench()')) as Record<
      string,
      { medianMs: number; p90Ms: number }
    > & { dpr: number };
    const rows: [string, string, string, boolean][] = [
      [
        '(a) play at the defaults (circle 2-8-8-1), fps (median)',
        defaults.fpsMedian.toFixed(1),
        `≥ ${TARGETS.fps}`,
        defaults.fpsMedian >= TARGETS.fps,
      ],
      [
        '(a) batches of 10 per second',
        defaults.batchesPerSec.toFixed(0),
        `≥ ${TARGETS.batchesPerSec}`,
        defaults.batchesPerSec >= TARGETS.batchesPerSec,
      ],
      ['(a) fps mean (frames / seconds)', defaults.fpsMean.toFixed(1), 'info', true],
      [
        '(e) play with every chart visible, fps (median)',
        charts.fpsMedian.toFixed(1),
        `≥ ${TARGETS.fps}`,
        charts.fpsMedian >= TARGETS.fps,
      ],
      ['(e) with every chart visible, fps mean', charts.fpsMean.toFixed(1), 'info', true],
      [
        '(a) at speed 1 batch/frame: fps median / mean',
        `${slow.fpsMedian.toFixed(1)} / ${slow.fpsMean.toFixed(1)}`,
        'info',
        true,
      ],
      [
        '(a) frame interval p95 / max (ms)',
        `${defaults.frameP95Ms.toFixed(1)} / ${defaults.frameMaxMs.toFixed(1)}`,
        'info',
        true,
      ],
      [
        '(b) heatmap 784×128, cell 1 (ms, median)',
        redraw.heatmap784x128cell1.medianMs.toFixed(2),
        `≤ ${TARGETS.heatmapMs}`,
        redraw.heatmap784x128cell1.medianMs <= TARGETS.heatmapMs,
      ],
      [
        '(b) heatmap 784×128, cell 2 (ms, median)',
        redraw.heatmap784x128cell2.medianMs.toFixed(2),
        `≤ ${TARGETS.heatmapMs}`,
        redraw.heatmap784x128cell2.medianMs <= TARGETS.heatmapMs,
      ],
      [
        '(b) all unit maps, 2-8-8-1 (ms, median)',
        redraw.unitMaps2881.medianMs.toFixed(2),
        `≤ ${TARGETS.unitMapsMs}`,
        redraw.unitMaps2881.medianMs <= TARGETS.unitMapsMs,
      ],
      [
        '(c) JavaScript, gzipped (KB)',
        size.gzKb.toFixed(1),
        `≤ ${TARGETS.jsKbGz}`,
        size.gzKb <= TARGETS.jsKbGz,
      ],
      [
        '(d) first contentful paint (ms, median)',
        paint.fcpMs.toFixed(0),
        `≤ ${TARGETS.paintMs}`,
        paint.fcpMs <= TARGETS.paintMs,
      ],
      [
        '(d) largest contentful paint (ms, median)',
        paint.lcpMs.toFixed(0),
        `≤ ${TARGETS.paintMs}`,
        paint.lcpMs <= TARGETS.paintMs,
      ],
      ...playLinkRows(links),
    ];
    printRows(rows, browser);
    const vs = await firstMinute(browser, DIST, ANCHOR, log, Number(process.env.BENCH_ROUNDS ?? 3));
    const out = {
      firstMinute: vs,
      machine: os.cpus()[0]?.model,
      chromium: browser.version(),
      play: defaults,
      playSpeed1: slow,
      playChartsVisible: charts,
      playLinks: links,
      redraw,
      js: size,
      paint,
      targets: TARGETS,
    };
    process.stdout.write(JSON.stringify(out) + '\n');
  } finally {
    await browser.close();
    await site.server.close();
    await bench.server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
