import { Workbox } from 'workbox-window';

/**
 * Says that a new version is ready and waits for the user. Plain DOM, outside React, floating over the page's
 * corner: the app's layout does not move and the open session goes on untouched until the button is pressed.
 */
function showUpdateNotice(apply: () => void): void {
  const box = document.createElement('div');
  box.className = 'notice notice-info';
  box.setAttribute('role', 'status');
  Object.assign(box.style, {
    position: 'fixed',
    right: '12px',
    bottom: '12px',
    zIndex: '1000',
    margin: '0',
    boxShadow: '0 2px 10px rgba(0, 0, 0, 0.2)',
  });
  const text = document.createElement('p');
  text.textContent = 'A new version of Weightscope is ready. Nothing changes on this page until you reload.';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Reload to update';
  button.addEventListener('click', apply, { once: true });
  box.append(text, button);
  document.body.append(box);
}

/**
 * Registers the service worker that vite-plugin-pwa builds (sw.js beside index.html, so the site works
 * offline from any host and sub-path). Loaded after the page, so none of it is in the first screen's bytes.
 * A new version installs in the background and then waits ('prompt'): this shows "Reload to update", and only
 * that click lets the new worker take over and reloads; nothing reloads an open session by itself.
 */
export function startUpdates(): void {
  const wb = new Workbox('./sw.js', { scope: './' });
  let shown = false;
  wb.addEventListener('waiting', () => {
    if (shown) return;
    shown = true;
    showUpdateNotice(() => {
      // Once the waiting worker has taken over, the page reloads to run the version it serves.
      wb.addEventListener('controlling', () => window.location.reload());
      wb.messageSkipWaiting();
    });
  });
  wb.register().catch(() => undefined);
}
