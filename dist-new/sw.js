/* Weightscope's service worker: the site works offline after the first visit, from any host and sub-path.
 * Scope and cache keys are relative to where this file is served, so nothing names a host or a path.
 * Assets (hashed file names) are cache-first; pages are network-first, falling back to the cached page. */
const CACHE = 'weightscope-v1';
const SCOPE = new URL('./', self.location.href).href;

self.addEventListener('install', (event) => {
  // The page itself is cached now; the scripts and styles it loads are cached as they are fetched.
  event.waitUntil(
    caches
      .open(CACHE)
      .then((c) => c.addAll([SCOPE]))
      .catch(() => undefined)
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((k) => k.startsWith('weightscope-') && k !== CACHE).map((k) => caches.delete(k)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

const put = (req, res) => {
  if (res && res.ok && res.type === 'basic') {
    const copy = res.clone();
    caches.open(CACHE).then((c) => c.put(req, copy));
  }
  return res;
};

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin || !url.href.startsWith(SCOPE)) return;
  const isPage =
    url.pathname === new URL(SCOPE).pathname || url.pathname === new URL('index.html', SCOPE).pathname;
  if (req.mode === 'navigate') {
    // The page: fresh when online; offline, the cached page (whatever query the link carries).
    event.respondWith(
      fetch(req)
        .then((res) => (isPage ? put(SCOPE, res) : res))
        .catch(() => caches.match(SCOPE).then((r) => r || caches.match(req, { ignoreSearch: true }))),
    );
    return;
  }
  event.respondWith(caches.match(req).then((hit) => hit || fetch(req).then((res) => put(req, res))));
});
