// `npm run mutate`: mutation testing of the engine and the session. Stryker changes one operator or constant at a time
// (a mutant) and reruns the tests; a mutant that no test notices marks behaviour the tests do not pin
// down. Kept out of `npm test` because it reruns the engine's tests once per mutant.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  // The engine's and the session's own tests, in Node (see vitest.mutation.config.ts).
  vitest: { configFile: 'vitest.mutation.config.ts' },
  // index.ts only re-exports; types.ts holds types only.
  mutate: ['src/engine/**/*.ts', '!src/engine/index.ts', 'src/session/**/*.ts', '!src/session/types.ts'],
  // Each mutant reruns only the tests that reached its code.
  coverageAnalysis: 'perTest',
  // Static mutants (in code run when a module loads: detmath's tables, the activation and loss tables) need the
  // whole suite rerun each, a minute apiece here, for a third of all mutants. Run them on their own with
  // `npm run mutate -- --ignoreStatic false --mutate src/engine/<file>.ts`.
  ignoreStatic: true,
  // The machine is shared: one test process at a time.
  concurrency: 1,
  timeoutMS: 20000,
  // Reuses the results of mutants whose code and tests did not change since the last run.
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  // public/data stays: the session's tests read the digits from it, as the app fetches them.
  ignorePatterns: ['dist', 'dist-*', 'test-results', 'playwright-report', 'reports', 'docs'],
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
};
