/**
 * Registers the offline service worker (public/sw.js) relative to the page, so the site works from any
 * sub-path and offline after the first visit. Not in development, where files change under it; browsers offer
 * service workers on https and localhost only, elsewhere the site simply stays online-only.
 */
export function registerServiceWorker(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  const register = () => navigator.serviceWorker.register('./sw.js').catch(() => undefined);
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
