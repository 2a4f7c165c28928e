import { expect, test } from '@playwright/test';
import path from 'node:path';

const AXE = path.resolve('node_modules/axe-core/axe.min.js');
const PANELS = 'main .panel, main > .col-left > *, main > .col-centre > *, main > .col-right > *';

for (const vp of [
  { name: 'projector', width: 1280, height: 720 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`at ${vp.width}×${vp.height} (${vp.name}) nothing overlaps or overflows sideways`, async ({
    page,
  }, info) => {
    await page.setViewportSize({ width: vp.width, height: vp.height });
    await page.goto('./');
    await expect(page.getByTestId('step-count')).toBeVisible();
    await page.waitForTimeout(300);
    const shot = await page.screenshot({ fullPage: true });
    await info.attach(`${vp.name}.png`, { body: shot, contentType: 'image/png' });
    const overflow = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      inner: window.innerWidth,
    }));
    expect(overflow.scroll).toBeLessThanOrEqual(overflow.inner);
    // Top-level panels of each column: none may intersect another.
    const boxes = await page.evaluate((sel) => {
      const els = [...document.querySelectorAll<HTMLElement>(sel)].filter(
        (e) => !e.parentElement?.closest('.panel') && e.offsetParent !== null,
      );
      return els.map((e) => {
        const r = e.getBoundingClientRect();
        return { name: e.getAttribute('aria-label') ?? e.className, x: r.x, y: r.y, w: r.width, h: r.height };
      });
    }, PANELS);
    expect(boxes.length).toBeGreaterThan(1);
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i],
          b = boxes[j];
        const ix = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
        const iy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
        if (ix > 1 && iy > 1) overlaps.push(`${a.name} × ${b.name}`);
      }
    expect(overlaps).toEqual([]);
    for (const b of boxes) expect(b.x + b.w, b.name).toBeLessThanOrEqual(vp.width + 1);
  });

  test(`at ${vp.width}×${vp.height} (${vp.name}) axe finds no serious or critical violations`, async ({
    page,
  }, info) => {
    await page.setViewportSize({ width: vp.width, height: vp.height });
    await page.goto('./');
    await expect(page.getByTestId('step-count')).toBeVisible();
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const r = await (
        window as unknown as {
          axe: {
            run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe.run();
      return r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
      }));
    });
    await info.attach('axe.json', {
      body: JSON.stringify(violations, null, 2),
      contentType: 'application/json',
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
}
