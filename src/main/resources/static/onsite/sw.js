// The phone page's service worker: keeps the page itself, so that it opens without a connection.
// Data (tasks, forms, queued results and photos) lives in the page's IndexedDB, not here; requests
// to the server other than the page's own files pass through untouched.
const CACHE = 'rectify-onsite-2';
const SHELL = ['/onsite/', '/onsite/onsite.js', '/onsite/onsite.css', '/onsite/manifest.webmanifest', '/rectify-logo.svg'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
    .then(() => self.clients.claim()));
});

// the page's files: the network's answer when there is one (and kept), else the kept copy
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  const shell = event.request.method === 'GET' && url.origin === self.location.origin
    && (SHELL.includes(url.pathname) || url.pathname === '/onsite/index.html');
  if (!shell) return;
  const key = url.pathname === '/onsite/index.html' ? '/onsite/' : url.pathname;
  event.respondWith(fetch(event.request)
    .then((response) => {
      if (response.ok) {
        const copy = response.clone();
        caches.open(CACHE).then((cache) => cache.put(key, copy));
      }
      return response;
    })
    .catch(() => caches.match(key).then((kept) => kept || Response.error())));
});
