import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

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
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const a = server.address();
  origin = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
});
test.afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

test('served under a sub-path, the site loads offline on a second visit, asking no other host', async ({
  page,
  context,
}) => {
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:'))
      foreign.push(r.url());
  });
  await page.goto(`${origin}${PREFIX}?dataset=xor`);
  await expect(page.getByRole('button', { name: 'Step', exact: true })).toBeVisible();
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect
    .poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 15_000 })
    .toBe(true);
  // Controlled from here on: reload once online so every asset passes through the worker's cache.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Step', exact: true })).toBeVisible();
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Step', exact: true })).toBeVisible();
  await expect(page.getByRole('img', { name: /Layer 1 weights heatmap/ })).toBeVisible();
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByTestId('step-count')).toHaveText('1');
  await context.setOffline(false);
  expect(foreign).toEqual([]);
  expect(requests.every((p) => p.startsWith(PREFIX))).toBe(true);
});
