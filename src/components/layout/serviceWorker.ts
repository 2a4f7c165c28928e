import { Workbox } from 'workbox-window';

/**
 * Registers the service worker that vite-plugin-pwa builds (sw.js beside index.html, so the site works
 * offline from any host and sub-path). A new version installs in the background and then waits: `onWaiting`
 * receives the one way to switch to it, which the user triggers ("Reload to update"); nothing reloads an
 * open session by itself.
 */
export function registerServiceWorker(onWaiting: (apply: () => void) => void): void {
  const wb = new Workbox('./sw.js', { scope: './' });
  wb.addEventListener('waiting', () =>
    onWaiting(() => {
      // Once the waiting worker has taken over, the page reloads to run the version it serves.
      wb.addEventListener('controlling', () => window.location.reload());
      wb.messageSkipWaiting();
    }),
  );
  wb.register().catch(() => undefined);
}
