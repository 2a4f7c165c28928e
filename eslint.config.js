import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Math's transcendental functions differ in the last bit between V8 versions (Node vs a browser): the engine
// and the data generators use src/engine/detmath instead, so a seed gives the same bits everywhere.
const NOT_BIT_EXACT = [
  'exp',
  'expm1',
  'log',
  'log1p',
  'log2',
  'log10',
  'tanh',
  'sinh',
  'cosh',
  'sin',
  'cos',
  'tan',
  'atan',
  'atan2',
  'pow',
  'hypot',
  'cbrt',
].map((property) => ({ object: 'Math', property, message: 'Not bit-exact across engines: use detmath.' }));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'test-results',
      'playwright-report',
      'reports',
      '.stryker-tmp',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // The engine imports nothing outside itself and no package at all.
    files: ['src/engine/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!\\./)', message: 'src/engine imports only from src/engine (./…).' }] },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require'],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Pass a seeded Rng instead.' },
      ],
    },
  },
  {
    // Reading and writing numbers is a leaf: data loaders, links, controls, charts and the CLI all use it, so it
    // uses nothing but itself and d3-format.
    files: ['src/format/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(?!d3-format$|\\./)', message: 'src/format imports only itself and d3-format.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/engine/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded Rng from src/engine/rng.' },
      ],
    },
  },
  {
    // Data generators too: a seed must give the same points in Node and in a browser.
    files: ['src/datasets/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded Rng from src/engine/rng.' },
        ...NOT_BIT_EXACT,
      ],
    },
  },
);
