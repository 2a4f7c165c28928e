import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, relative, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const DIST = resolve(process.env.E2E_DIST ?? 'dist');
const PREFIX = '/some/sub/path/';
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
};

let server: Server;
let origin = '';
const requests: string[] = [];
/** Appended to sw.js when set: a new version of the site, as a deploy would publish it. */
let swVersion = '';

/** Every file under a folder of the build, as paths relative to the build. */
function filesUnder(dir: string): string[] {
  const abs = join(DIST, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { recursive: true, encoding: 'utf8' })
    .map((f) => join(abs, f))
    .filter((f) => statSync(f).isFile() && !f.endsWith('README.md'))
    .map((f) => relative(DIST, f));
}

test.beforeAll(async () => {
  // A plain static host that serves dist/ under a sub-path only (nothing at /).
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push(url.pathname);
    if (!url.pathname.startsWith(PREFIX)) return void res.writeHead(404).end();
    const rel = normalize(decodeURIComponent(url.pathname.slice(PREFIX.length)) || 'index.html');
    const file = join(DIST, rel);
    if (!file.startsWith(DIST) || !existsSync(file) || !statSync(file).isFile())
      return void res.writeHead(404).end();
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    if (rel === 'sw.js' && swVersion) return void res.end(`${readFileSync(file, 'utf8')}\n// ${swVersion}\n`);
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const a = server.address();
  origin = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
});
test.afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

const step = (page: Page) => page.getByRole('button', { name: 'Step', exact: true });

/** The first visit has finished: the service worker has installed (precached everything) and is active. */
async function installed(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
}

test('after one visit under a sub-path, ONE reload offline has the whole app, every lesson and every data file', async ({
  page,
  context,
}) => {
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:'))
      foreign.push(r.url());
  });
  await page.goto(`${origin}${PREFIX}?dataset=xor`);
  await expect(step(page)).toBeVisible();
  await installed(page);

  await context.setOffline(true);
  await page.reload();
  await expect(step(page)).toBeVisible();
  await expect(page.getByRole('img', { name: /Layer 1 weights heatmap/ })).toBeVisible();
  await step(page).click();
  await expect(page.getByTestId('step-count')).toHaveText('1');

  // Every built script and style (the panels and dialogs loaded on demand) and every data file is there.
  const files = [...filesUnder('assets'), ...filesUnder('data')];
  expect(files.some((f) => f.startsWith('data/'))).toBe(true);
  const missing = await page.evaluate(
    (urls) =>
      Promise.all(
        urls.map((u) =>
          fetch(u).then(
            (r) => (r.ok ? null : u),
            () => u,
          ),
        ),
      ).then((m) => m.filter(Boolean)),
    files,
  );
  expect(missing).toEqual([]);

  // A lesson (its widget is a chunk loaded on demand) on the digits, fetched from data/, opens offline.
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  const title = 'What does a hidden unit look for? Handwritten digits';
  await page
    .getByRole('region', { name: /Start here/ })
    .getByRole('button', { name: title })
    .click();
  await expect(page.getByRole('heading', { name: `Lesson 10 of 12: ${title}` })).toBeVisible();
  await expect(page.getByTestId('lesson-check')).not.toContainText(/Setting up|Loading|could not/);
  await expect(page.getByRole('table', { name: /Confusion matrix/ })).toBeVisible();
  await context.setOffline(false);
  expect(foreign).toEqual([]);
  expect(requests.every((p) => p.startsWith(PREFIX))).toBe(true);
});

test('a new version says "Reload to update", leaves the open session alone, switches only when asked, and the session survives it', async ({
  page,
}) => {
  swVersion = '';
  await page.goto(`${origin}${PREFIX}`);
  await installed(page);
  // A returning visitor: this page is served by the worker.
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 15_000 })
    .toBe(true);
  await step(page).click();
  await expect(page.getByTestId('step-count')).toHaveText('1');

  swVersion = 'version 2';
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
  const reload = page.getByRole('button', { name: 'Reload to update' });
  await expect(reload).toBeVisible();
  await page.screenshot({ path: 'test-results/web-update-notice.png' });
  // Nothing reloaded: the session goes on where it was, and keeps working.
  await expect(page.getByTestId('step-count')).toHaveText('1');
  await step(page).click();
  await expect(page.getByTestId('step-count')).toHaveText('2');

  // The session is saved in this browser before the update reloads the page, and comes back after it.
  await expect(page.locator('.autosave-status')).toHaveText('Saved');
  await reload.click();
  await expect(reload).toHaveCount(0);
  await expect(page.getByTestId('step-count')).toHaveText('2');
  const script = await page.evaluate(() =>
    navigator.serviceWorker.ready.then(async (r) => ({
      waiting: !!r.waiting,
      active: await fetch(r.active!.scriptURL).then((x) => x.text()),
    })),
  );
  expect(script.waiting).toBe(false);
  expect(script.active).toContain('version 2');
});
