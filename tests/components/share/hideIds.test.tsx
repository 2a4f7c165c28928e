import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/components/App';
import { afterFirstScreen } from '../../../src/components/layout/lazy';
import { resetStore } from '../../../src/store';
import { CONTROL_IDS, PANEL_IDS } from '../../../src/url';

/** The page a link opens, once its lazily loaded panels are in: the number of elements and the text. */
async function page(query: string, waitFor?: string) {
  resetStore();
  window.history.replaceState(null, '', `/?${query}`);
  render(<App />);
  // The first time, the lazily loaded panels' modules take a while to arrive (their chunks, in the app).
  for (let i = 0; waitFor && !document.querySelector(waitFor) && i < 200; i++)
    await act(() => new Promise((r) => setTimeout(r, 50)));
  // Until the lazily loaded panels are in: the count stays the same three times running.
  const count = () => document.body.querySelectorAll('*').length;
  for (let last = -1, same = 0; same < 3;) {
    await act(() => new Promise((r) => setTimeout(r, 30)));
    same = count() === last ? same + 1 : 0;
    last = count();
  }
  const shown = {
    elements: document.body.querySelectorAll('*').length,
    text: document.body.textContent ?? '',
  };
  cleanup();
  return shown;
}

afterEach(() => window.history.replaceState(null, '', '/'));

describe('every id a link can hide (the embed dialog offers each)', () => {
  // Two Gaussians: a 2D set with a class balance, so every control of the data panel is on the page.
  const base = 'dataset=gaussians';

  it('hides something: the page has fewer elements with it hidden', async () => {
    // The panels that load after the first screen, loaded once; then the page a link without hide= shows.
    await afterFirstScreen();
    await page(base, '.panel.charts');
    const all = await page(base);
    const idle: string[] = [];
    for (const id of [...PANEL_IDS, ...CONTROL_IDS]) {
      const hidden = await page(`${base}&hide=${id}`);
      // A link that names an id it does not know says so; none of these may be refused.
      expect(hidden.text, id).not.toMatch(/Part of this link was ignored/);
      if (hidden.elements >= all.elements) idle.push(id);
    }
    expect(idle).toEqual([]);
  });
});
