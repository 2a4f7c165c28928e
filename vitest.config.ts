import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    // No test may depend on the machine's speed: on a shared, loaded machine a component test can take many
    // times its usual time, so the limits are there to catch hangs, not to time anything.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    projects: [
      {
        // Engine, data and command-line tests run in plain Node: no DOM exists there.
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'tests/engine/**/*.test.ts',
            'tests/datasets/**/*.test.ts',
            'tests/cli/**/*.test.ts',
            'tests/lessons/**/*.test.ts',
            'tests/session/**/*.test.ts',
            'tests/worker/**/*.test.ts',
            'tests/io/**/*.test.ts',
            'tests/inspector/**/*.test.ts',
            'tests/format/**/*.test.ts',
            'tests/domain/**/*.test.ts',
            // Seeded hostile input through the real parsers: Node is enough, and fast.
            'tests/fuzz/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          setupFiles: ['tests/setup-dom.ts'],
          include: [
            'tests/components/**/*.test.{ts,tsx}',
            'tests/store/**/*.test.ts',
            'tests/viz/**/*.test.ts',
            'tests/url/**/*.test.ts',
          ],
        },
      },
    ],
  },
});
