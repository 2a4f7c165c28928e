import { runCli } from './run';

/** `npm run weightscope -- <command> [flags]`: the same engine as the app, driven by files. */
const result = runCli(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
// exitCode rather than exit(): lets stdout drain when it is a pipe.
process.exitCode = result.code;
