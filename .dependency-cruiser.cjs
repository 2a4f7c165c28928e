/**
 * The layers of src/, as arrows that point one way only:
 *   engine ← format ← datasets, history ← domain ← io, url, lessons, inspector ← session ← store ← components
 *   domain ← worker (the training loop off the main thread) ← session (its protocol), store (starts the Worker)
 *   components → viz → engine (types)
 * `npm run lint` runs this; a cycle or an arrow the wrong way fails it.
 */
const layer = (name, mayNotImport, comment) => ({
  name: `${name}-layer`,
  comment,
  severity: 'error',
  from: { path: `^src/(${name})/` },
  to: { path: `^src/(${mayNotImport.join('|')})/` },
});

const ABOVE_DOMAIN = [
  'io',
  'url',
  'lessons',
  'inspector',
  'session',
  'store',
  'viz',
  'components',
  'cli',
  'worker',
];

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import circles anywhere in src/.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'engine-imports-nothing',
      comment: 'The engine imports only itself, and no package.',
      severity: 'error',
      from: { path: '^src/engine/' },
      to: { pathNot: '^src/engine/' },
    },
    layer(
      'format',
      ['engine', 'datasets', 'history', 'domain', ...ABOVE_DOMAIN],
      'Number reading and writing is a leaf.',
    ),
    layer('datasets|history', ['domain', ...ABOVE_DOMAIN], 'Data and stored steps know no settings or UI.'),
    layer('domain', ABOVE_DOMAIN, 'Domain types know nothing above them.'),
    layer(
      'io|url|lessons|inspector',
      ['session', 'store', 'viz', 'components', 'cli', 'worker'],
      'Below the session.',
    ),
    layer(
      'worker',
      ['io', 'url', 'lessons', 'inspector', 'session', 'store', 'viz', 'components', 'cli'],
      'The training worker runs the engine on plain data: it knows no session and no page.',
    ),
    layer('session', ['store', 'viz', 'components', 'cli'], 'The session knows no React, no views.'),
    layer('store', ['viz', 'components'], 'The store only lets React subscribe.'),
    layer('viz', ['store', 'session', 'components'], 'Drawing takes plain data: no state.'),
    layer(
      'cli',
      ['store', 'session', 'viz', 'components'],
      'The command line uses the engine and the data only.',
    ),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.app.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js'] },
  },
};
