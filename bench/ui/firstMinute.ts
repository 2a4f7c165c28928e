/**
 * The first minute, side by side with TensorFlow Playground's built site (../shared/anchors/playground, served
 * unchanged): interleaved rounds in one Chromium, medians, printed as ratios. For each app and round:
 *   - first contentful paint and the JavaScript + CSS of the first screen (gzip -9 of each body, counted here);
 *   - at each app's defaults, 20 s of Play: samples trained per second, frames per second (requestAnimationFrame
 *     count), the test loss after 20 s and the first time it fell below 0.1;
 *   - the same 20 s on the matched problem (spiral, 2 × 8 tanh, lr 0.03, batch 10, half the points for training,
 *     no noise), both apps set by link.
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';

const PLAY_MS = 20_000;
/** Samples/s and fps are measured over this window of the 20 s, after the first second. */
const WINDOW = { from: 1000, ms: 10_000 };

type Log = (s: string) => void;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.gz': 'application/gzip',
};

/** A tiny static server: the same one serves both apps, so neither gets compression or caching the other lacks. */
function serveStatic(dir: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = path.join(dir, rel.endsWith('/') ? rel + 'index.html' : rel);
    if (!file.startsWith(dir)) file = path.join(dir, 'index.html');
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const a = server.address();
      resolve({ url: `http://127.0.0.1:${a && typeof a === 'object' ? a.port : 0}/`, server });
    }),
  );
}

interface App {
  name: string;
  url: string;
  /** Link to the matched problem (relative to url). */
  matched: string;
  play: string;
  stepCount: string;
  testLoss: string;
  /** Samples trained per unit of the counter. */
  samplesPerCount: number;
  /** Waits until the first screen is complete, in the page. */
  ready(page: Page): Promise<void>;
}

const PG_FONTS = (root: string) => ({
  css: readFileSync(path.join(root, 'fonts/google-fonts.css')),
  font: (name: string) => readFileSync(path.join(root, 'fonts', path.basename(name))),
});

/** Answers Playground's Google Fonts requests from its fonts/ folder and blocks analytics (its README). */
async function routeOutside(page: Page, root: string): Promise<void> {
  const f = PG_FONTS(root);
  await page.route('https://fonts.googleapis.com/**', (r) =>
    r.fulfill({ status: 200, contentType: 'text/css', body: f.css }),
  );
  await page.route('https://fonts.gstatic.com/**', (r) =>
    r.fulfill({ status: 200, contentType: 'font/woff2', body: f.font(new URL(r.request().url()).pathname) }),
  );
  await page.route(/google-analytics\.com|googletagmanager\.com/, (r) => r.abort());
}

const isCode = (url: string, type: string) =>
  /\.(js|mjs|css)(\?|$)/.test(url) || /javascript|text\/css/.test(type);

/** First contentful paint and the gzip -9 bytes of JS + CSS requested before it and before the first screen was complete. */
async function load(browser: Browser, app: App, anchorRoot: string) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await ctx.newPage();
  await routeOutside(page, anchorRoot);
  const bodies = new Map<string, Promise<number>>();
  page.on('response', (r) => {
    const type = r.headers()['content-type'] ?? '';
    if (r.status() === 200 && isCode(r.url(), type))
      bodies.set(
        r.url(),
        r.body().then(
          (b) => gzipSync(b, { level: 9 }).length,
          () => 0,
        ),
      );
  });
  await page.goto(app.url, { waitUntil: 'load' });
  await app.ready(page);
  const t = (await page.evaluate(`new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    const mark = performance.getEntriesByName('weightscope:preload')[0]?.startTime;
    const nav = performance.getEntriesByType('navigation')[0];
    resolve({
      fcp,
      firstScreen: mark ?? performance.now(),
      res: performance.getEntriesByType('resource').map((e) => ({ url: e.name, start: e.startTime })),
      nav: nav ? nav.loadEventEnd : NaN,
    });
  }, 0)))`)) as { fcp: number; firstScreen: number; res: { url: string; start: number }[] };
  let beforePaint = 0;
  let firstScreen = 0;
  for (const r of t.res) {
    const size = bodies.get(r.url);
    if (!size) continue;
    const n = await size;
    if (r.start <= t.fcp) beforePaint += n;
    if (r.start <= t.firstScreen) firstScreen += n;
  }
  await ctx.close();
  return { fcpMs: t.fcp, bytesBeforePaint: beforePaint, bytesFirstScreen: firstScreen };
}

/**
 * A number as a page shows it: plain (Playground's 0.004, its counter 000,250) or in Weightscope's short form
 * for tiny and huge values, 2.53×10⁻⁵ (read as the whole number, not its digits run together). JavaScript
 * source, so the page and this script read alike.
 */
const SHOWN_NUMBER = `(text) => {
  const t = text.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (c) => String('⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c))).replace(/[⁻−]/g, '-').replace(/,/g, '');
  const m = t.match(/(-?[0-9.]+(?:[eE][-+]?[0-9]+)?)(?:×10(-?[0-9]+))?/);
  if (!m) return NaN;
  return m[2] ? Number(m[1]) * 10 ** Number(m[2]) : Number(m[1]);
}`;
const readShown = (0, eval)(SHOWN_NUMBER) as (text: string) => number;

/** 20 s of Play from a fresh page: samples/s and fps over the window, the loss at the end, the first time under 0.1. */
async function play(browser: Browser, app: App, link: string, anchorRoot: string) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await ctx.newPage();
  await routeOutside(page, anchorRoot);
  await page.goto(app.url + link, { waitUntil: 'load' });
  await app.ready(page);
  await page.waitForTimeout(500);
  await page.locator(app.play).first().click();
  // A string, not a function: tsx would wrap inner functions in a helper the page does not have.
  const r = (await page.evaluate(`(async () => {
    const read = ${SHOWN_NUMBER};
    const num = (sel) => read(document.querySelector(sel)?.textContent ?? '');
    const t0 = performance.now();
    let under = NaN;
    const poll = setInterval(() => {
      if (Number.isNaN(under) && num(${JSON.stringify(app.testLoss)}) < 0.1) under = performance.now() - t0;
    }, 250);
    const wait = (ms) => new Promise((res) => setTimeout(res, ms));
    await wait(${WINDOW.from});
    const c0 = num(${JSON.stringify(app.stepCount)});
    const w0 = performance.now();
    let frames = 0;
    await new Promise((resolve) => {
      const f = (t) => {
        frames++;
        if (t - w0 < ${WINDOW.ms}) requestAnimationFrame(f);
        else resolve();
      };
      requestAnimationFrame(f);
    });
    const c1 = num(${JSON.stringify(app.stepCount)});
    const w1 = performance.now();
    await wait(Math.max(0, ${PLAY_MS} - (w1 - t0)));
    clearInterval(poll);
    return { count: c1 - c0, seconds: (w1 - w0) / 1000, frames, under };
  })()`)) as { count: number; seconds: number; frames: number; under: number };
  await page.locator(app.play).first().click();
  await page.waitForTimeout(300);
  const loss = readShown((await page.locator(app.testLoss).first().textContent()) ?? '');
  await ctx.close();
  return {
    samplesPerSec: (r.count * app.samplesPerCount) / r.seconds,
    fps: r.frames / r.seconds,
    loss,
    underMs: r.under,
  };
}

const median = (a: number[]) => {
  const s = a.filter((x) => !Number.isNaN(x)).sort((x, y) => x - y);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};

export async function firstMinute(
  browser: Browser,
  dist: string,
  anchorRoot: string,
  log: Log,
  rounds = 3,
): Promise<Record<string, unknown>> {
  const ws = await serveStatic(path.resolve(dist));
  const pg = await serveStatic(path.resolve(anchorRoot));
  const batch = 10;
  const apps: App[] = [
    {
      name: 'Weightscope',
      url: ws.url,
      matched:
        '?dataset=spiral&hidden=8,8&activation=tanh&lr=0.03&batchSize=10&trainRatio=0.5&noise=0&points=500',
      play: 'button[aria-keyshortcuts="Space"]',
      stepCount: '[data-testid="step-count"]',
      testLoss: '[data-testid="test-loss"]',
      samplesPerCount: batch,
      ready: async (page) => {
        await page.getByRole('region', { name: 'Loss and accuracy' }).locator('canvas').waitFor();
        await page.getByRole('img', { name: /Decision map/ }).waitFor();
      },
    },
    {
      name: 'Playground',
      url: pg.url,
      matched:
        '#activation=tanh&batchSize=10&dataset=spiral&regDataset=reg-plane&learningRate=0.03&regularizationRate=0&noise=0&networkShape=8,8&seed=0.58&showTestData=false&discretize=false&percTrainData=50&x=true&y=true&xTimesY=false&xSquared=false&ySquared=false&cosX=false&sinX=false&cosY=false&sinY=false&collectStats=false&problem=classification&initZero=false&hideText=false',
      play: '#play-pause-button',
      stepCount: '#iter-number',
      testLoss: '#loss-test',
      // One "epoch" of Playground's counter is a pass over its training set: 500 points × 50 %.
      samplesPerCount: 250,
      ready: async (page) => {
        await page.waitForFunction(`document.querySelector('#loss-test')?.textContent !== ''`);
      },
    },
  ];
  type Row = Awaited<ReturnType<typeof load>> & {
    def: Awaited<ReturnType<typeof play>>;
    matched: Awaited<ReturnType<typeof play>>;
  };
  const results: Record<string, Row[]> = { Weightscope: [], Playground: [] };
  try {
    for (let round = 0; round < rounds; round++) {
      // Interleaved, and the order alternates so neither app always runs on a warmer machine.
      const order = round % 2 ? [...apps].reverse() : apps;
      for (const app of order) {
        const l = await load(browser, app, anchorRoot);
        const def = await play(browser, app, '', anchorRoot);
        const matched = await play(browser, app, app.matched, anchorRoot);
        results[app.name].push({ ...l, def, matched });
        log(
          `  round ${round + 1} ${app.name}: fcp ${l.fcpMs.toFixed(0)} ms, ${l.bytesFirstScreen} B, ` +
            `${def.samplesPerSec.toFixed(0)} samples/s, ${def.fps.toFixed(1)} fps, loss ${def.loss} (defaults), ` +
            `${matched.loss} (matched, ${matched.samplesPerSec.toFixed(0)} samples/s)`,
        );
      }
    }
  } finally {
    ws.server.close();
    pg.server.close();
  }
  const m = (app: string, f: (r: Row) => number) => median(results[app].map(f));
  const figures: [string, (r: Row) => number, 'higher' | 'lower', (x: number) => string][] = [
    ['samples trained per second, defaults', (r) => r.def.samplesPerSec, 'higher', (x) => x.toFixed(0)],
    ['frames per second while playing, defaults', (r) => r.def.fps, 'higher', (x) => x.toFixed(1)],
    ['test loss after 20 s, defaults', (r) => r.def.loss, 'lower', (x) => x.toFixed(3)],
    ['seconds until test loss < 0.1, defaults', (r) => r.def.underMs / 1000, 'lower', (x) => x.toFixed(1)],
    ['test loss after 20 s, matched spiral 2×8 tanh', (r) => r.matched.loss, 'lower', (x) => x.toFixed(3)],
    ['samples per second, matched spiral', (r) => r.matched.samplesPerSec, 'higher', (x) => x.toFixed(0)],
    ['frames per second, matched spiral', (r) => r.matched.fps, 'higher', (x) => x.toFixed(1)],
    ['first contentful paint (ms)', (r) => r.fcpMs, 'lower', (x) => x.toFixed(0)],
    ['JS + CSS of the first screen, gzip -9 (B)', (r) => r.bytesFirstScreen, 'lower', (x) => x.toFixed(0)],
    [
      'JS + CSS requested before first paint, gzip -9 (B)',
      (r) => r.bytesBeforePaint,
      'lower',
      (x) => x.toFixed(0),
    ],
  ];
  const w = Math.max(...figures.map((f) => f[0].length));
  log(`\nfirst minute vs TensorFlow Playground (${rounds} interleaved rounds, medians)`);
  log(`${'measure'.padEnd(w)}  ${'Weightscope'.padStart(11)}  ${'Playground'.padStart(10)}  ratio  better?`);
  const table: Record<string, { weightscope: number; playground: number; ratio: number }> = {};
  for (const [name, f, better, fmt] of figures) {
    const a = m('Weightscope', f);
    const b = m('Playground', f);
    const ratio = a / b;
    const ok = better === 'higher' ? a >= b : a <= b;
    table[name] = { weightscope: a, playground: b, ratio };
    log(
      `${name.padEnd(w)}  ${fmt(a).padStart(11)}  ${fmt(b).padStart(10)}  ${ratio.toFixed(2).padStart(5)}× ${Number.isNaN(ratio) ? '' : ok ? 'yes' : 'NO'}`,
    );
  }
  return { rounds, table, raw: results };
}
