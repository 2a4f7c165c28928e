import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// The built site renders with Preact's React-compatible runtime (preact/compat): the same components,
// hooks and zustand store, in about a tenth of React DOM's bytes, which is what lets the first screen
// load in fewer bytes than TensorFlow Playground's. The dev server and the component tests run React
// itself; WEIGHTSCOPE_REACT=1 builds with React too, to tell a runtime difference from a bug of ours.
const preactAliases = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
];

// A relative base makes the built site work from any sub-path of any static host.
export default defineConfig(({ command }) => ({
  base: './',
  resolve: {
    alias: command === 'build' && process.env.WEIGHTSCOPE_REACT !== '1' ? preactAliases : [],
  },
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
}));
