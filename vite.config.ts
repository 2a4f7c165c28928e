import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// A relative base makes the built site work from any sub-path of any static host.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    // Offline after one visit: the service worker precaches every built script, style and page and every
    // file under data/ (digits, MNIST, …) when it installs, so one reload offline already has everything,
    // lazily loaded panels and data sets included. A new version waits ('prompt') until the user asks for
    // it; the page registers the worker itself, after load (src/components/layout/serviceWorker.ts).
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,mjs,css,html,svg,png,ico,wasm}', 'data/**/*'],
        globIgnores: ['**/README.md'],
        // A data set of a few megabytes (MNIST) is precached too.
        maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  // Every browser that runs es2022 either supports modulepreload or simply loads the modules unpreloaded,
  // so the polyfill is bytes in the first screen that buy nothing.
  build: { target: 'es2022', sourcemap: false, modulePreload: { polyfill: false } },
  worker: { format: 'es' },
});
