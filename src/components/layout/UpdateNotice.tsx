import { useEffect, useState } from 'react';

/** Runs `then` once the page has finished loading (at once if it already has). */
function afterLoad(then: () => void): () => void {
  if (document.readyState === 'complete') {
    then();
    return () => undefined;
  }
  window.addEventListener('load', then, { once: true });
  return () => window.removeEventListener('load', then);
}

/**
 * Offline support and updates: after the page has loaded, the service worker is registered (its code is
 * fetched only then, outside the first screen's bytes). When a new version of the site has been fetched it
 * says so and waits for the user: the open session goes on untouched until "Reload to update" is pressed.
 * Not in development (files change under a worker) nor where browsers offer no service workers.
 */
export function UpdateNotice() {
  const [apply, setApply] = useState<(() => void) | null>(null);
  useEffect(() => {
    if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
    let live = true;
    const off = afterLoad(() => {
      void import('./serviceWorker').then(({ registerServiceWorker }) =>
        registerServiceWorker((fn) => {
          if (live) setApply(() => fn);
        }),
      );
    });
    return () => {
      live = false;
      off();
    };
  }, []);
  if (!apply) return null;
  return (
    <div className="notice notice-info" role="status">
      <p>A new version of Weightscope is ready. Your work here is kept until you reload.</p>
      <button type="button" onClick={apply}>
        Reload to update
      </button>
    </div>
  );
}
