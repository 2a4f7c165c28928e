import { defineConfig } from 'vitest/config';

// Mutation testing (`npm run mutate`) reruns the suite once per mutant, so it runs only the engine's own
// tests, in Node, without the React plugin: the engine imports nothing else, so nothing else can kill
// one of its mutants.
export default defineConfig({
  test: {
    name: 'engine',
    environment: 'node',
    include: ['tests/engine/**/*.test.ts'],
    // Instrumented code (every mutant compiled in, switched at run time) runs several times slower.
    testTimeout: 60_000,
  },
});
