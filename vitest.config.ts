import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
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
            'tests/io/**/*.test.ts',
            'tests/inspector/**/*.test.ts',
            'tests/format/**/*.test.ts',
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
