import { defineConfig } from '@playwright/test';

// End-to-end tests run the built site (dist/) on localhost in Debian's Chromium, never a downloaded browser.
// E2E_PORT and E2E_DIST let several people run the suite side by side on one machine.
const PORT = Number(process.env.E2E_PORT ?? 4317);
const DIST = process.env.E2E_DIST ?? 'dist';
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  // Limits catch hangs; they time nothing (a loaded machine can be several times slower).
  timeout: 180_000,
  expect: { timeout: 20_000 },
  retries: 0,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
    viewport: { width: 1440, height: 900 },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${DIST}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
