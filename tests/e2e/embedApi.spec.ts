import { createServer, type Server } from 'node:http';
import { expect, test, type Frame, type Page } from '@playwright/test';

// The embedding API driven from another origin: a parent page on its own port (E2E_PORT + 10) frames the app
// with embedOrigin naming it, and a page from a third origin tries the same messages and is ignored.
const APP_ORIGIN = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4317)}`;
const PARENT_PORT = Number(process.env.E2E_PORT ?? 4317) + 10;
const PARENT_ORIGIN = `http://127.0.0.1:${PARENT_PORT}`;

type Event = Record<string, unknown> & { type: string };
declare global {
  interface Window {
    events: Event[];
    send(m: unknown): void;
    sendToApp(m: unknown): void;
    seen: string[];
  }
}

/** The embedding page: frames the app, sends to it, records what it hears from it. */
const parentPage = (foreign: string) => `<!doctype html>
<title>Parent</title>
<iframe id="app" src="${APP_ORIGIN}/?dataset=xor&amp;embedOrigin=${PARENT_ORIGIN}" width="1200" height="800"></iframe>
${foreign ? `<iframe id="foreign" src="${foreign}/foreign.html"></iframe>` : ''}
<script>
  window.events = [];
  addEventListener('message', (e) => { if (e.origin === '${APP_ORIGIN}') events.push(e.data); });
  window.send = (m) => document.getElementById('app').contentWindow.postMessage(m, '${APP_ORIGIN}');
</script>`;

/** A page from an origin the link does not name, framed beside the app: it talks to its sibling frame. */
const foreignPage = `<!doctype html>
<title>Foreign</title>
<script>
  window.events = [];
  addEventListener('message', (e) => events.push(e.data));
  window.sendToApp = (m) => parent.frames[0].postMessage(m, '*');
</script>`;

let parent: Server;
let foreign: Server;
let foreignOrigin = '';

const html = (body: string) => (_req: unknown, res: import('node:http').ServerResponse) =>
  res.writeHead(200, { 'content-type': 'text/html' }).end(body);

test.beforeAll(async () => {
  foreign = createServer(html(foreignPage));
  await new Promise<void>((ok) => foreign.listen(0, '127.0.0.1', ok));
  const a = foreign.address();
  foreignOrigin = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
  parent = createServer((req, res) =>
    html(parentPage(req.url?.includes('foreign') ? foreignOrigin : ''))(req, res),
  );
  await new Promise<void>((ok) => parent.listen(PARENT_PORT, '127.0.0.1', ok));
});
test.afterAll(async () => {
  await new Promise<void>((ok) => parent.close(() => ok()));
  await new Promise<void>((ok) => foreign.close(() => ok()));
});

const events = (page: Page) => page.evaluate(() => window.events);
const send = (page: Page, m: unknown) => page.evaluate((msg) => window.send(msg), m);
/** Waits for an event from the app that matches, and returns it. */
async function heard(page: Page, match: (e: Event) => boolean): Promise<Event> {
  await expect.poll(async () => (await events(page)).some(match)).toBe(true);
  return (await events(page)).filter(match).at(-1)!;
}
const frameAt = (page: Page, origin: string): Frame => page.frames().find((f) => f.url().startsWith(origin))!;

test('a page from another origin sets the configuration, steps, selects a weight, plays and hears the state', async ({
  page,
}) => {
  await page.goto(`${PARENT_ORIGIN}/parent.html`);
  const ready = await heard(page, (e) => e.type === 'weightscope:state' && e.reason === 'ready');
  expect(ready).toMatchObject({ step: 0, playing: false, selected: null });

  await send(page, { type: 'weightscope:config', config: { lr: 50 } });
  const refused = await heard(page, (e) => e.type === 'weightscope:error');
  expect(refused).toMatchObject({
    request: 'config',
    message: expect.stringContaining('learning rate must be'),
  });

  await send(page, { type: 'weightscope:config', config: { lr: 0.3 } });
  await heard(page, (e) => e.type === 'weightscope:state' && (e.config as { lr: number }).lr === 0.3);
  await send(page, { type: 'weightscope:step', count: 20 });
  const stepped = await heard(page, (e) => e.type === 'weightscope:state' && e.step === 20);
  expect(typeof stepped.trainLoss).toBe('number');
  expect(typeof stepped.testLoss).toBe('number');
  await send(page, { type: 'weightscope:select', weight: { layer: 0, row: 1, col: 0 } });
  await heard(page, (e) => e.type === 'weightscope:state' && e.selected !== null);

  await send(page, { type: 'weightscope:get' });
  const got = await heard(page, (e) => e.type === 'weightscope:state' && e.reason === 'get');
  expect(got).toMatchObject({ step: 20, selected: { layer: 0, row: 1, col: 0 }, playing: false });
  // The app shows what the messages did.
  const app = page.frameLocator('#app');
  await expect(app.getByTestId('step-count')).toHaveText('20');

  await send(page, { type: 'weightscope:play' });
  // Play trains in a worker: its first steps arrive a few frames after play starts.
  await heard(page, (e) => e.type === 'weightscope:state' && e.playing === true && (e.step as number) > 20);
  await send(page, { type: 'weightscope:pause' });
  const paused = await heard(
    page,
    (e) => e.type === 'weightscope:state' && e.playing === false && (e.step as number) > 20,
  );
  expect(paused.step).toBeGreaterThan(20);
});

test('messages from an origin the link does not name are ignored and never answered', async ({ page }) => {
  await page.goto(`${PARENT_ORIGIN}/parent.html?foreign=1`);
  await heard(page, (e) => e.type === 'weightscope:state' && e.reason === 'ready');
  const app = frameAt(page, APP_ORIGIN);
  const stranger = frameAt(page, foreignOrigin);
  // Listeners run in the order they were added: once this one has seen a message, the app's has handled it.
  await app.evaluate(() => {
    window.seen = [];
    addEventListener('message', (e) => window.seen.push(e.origin));
  });
  const attempts = [
    { type: 'weightscope:step', count: 5 },
    { type: 'weightscope:config', config: { lr: 0.5 } },
    { type: 'weightscope:select', layer: 0, row: 0, col: 0 },
    { type: 'weightscope:play' },
    { type: 'weightscope:get' },
  ];
  for (const m of attempts) await stranger.evaluate((msg) => window.sendToApp(msg), m);
  await expect
    .poll(() => app.evaluate((o) => window.seen.filter((s) => s === o).length, foreignOrigin))
    .toBe(attempts.length);

  await send(page, { type: 'weightscope:get' });
  const got = await heard(page, (e) => e.type === 'weightscope:state' && e.reason === 'get');
  expect(got).toMatchObject({ step: 0, selected: null, playing: false });
  expect((got.config as { lr: number }).lr).not.toBe(0.5);
  expect(await stranger.evaluate(() => window.events)).toEqual([]);
});
