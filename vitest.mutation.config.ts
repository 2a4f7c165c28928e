import { defineConfig } from 'vitest/config';

// Mutation testing (`npm run mutate`) reruns the suite once per mutant, so it runs only the engine's and the
// session's own tests (with the worker's, which drive a session, and the links', which are pure), in Node,
// without the React plugin: the session runs without React and a DOM, so its tests drive it directly.
export default defineConfig({
  test: {
    name: 'engine-and-session',
    environment: 'node',
    include: [
      'tests/engine/**/*.test.ts',
      'tests/session/**/*.test.ts',
      'tests/worker/**/*.test.ts',
      'tests/url/**/*.test.ts',
    ],
    // Instrumented code (every mutant compiled in, switched at run time) runs several times slower.
    testTimeout: 60_000,
  },
});
