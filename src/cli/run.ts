import { CliError, usageError } from './errors';
import { evalCommand } from './evalCommand';
import { initCommand } from './init';
import { trainCommand } from './train';
import { USAGE } from './usage';

const COMMANDS: Record<string, (argv: readonly string[]) => string> = {
  init: initCommand,
  train: trainCommand,
  eval: evalCommand,
};

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * One command line, start to end, as text out and an exit code: main.ts hands it to the process, tests call
 * it directly. A CliError becomes a message on stderr; any other exception is a bug and is rethrown.
 */
export function runCli(argv: readonly string[]): CliResult {
  if (argv.includes('--help') || argv.includes('-h') || argv[0] === 'help')
    return { code: 0, stdout: USAGE, stderr: '' };
  try {
    const [name, ...rest] = argv;
    const names = Object.keys(COMMANDS).join(', ');
    if (name === undefined) throw usageError(`no command given; commands: ${names}`);
    const command = COMMANDS[name];
    if (!command) throw usageError(`unknown command '${name}'; commands: ${names}`);
    return { code: 0, stdout: command(rest) + '\n', stderr: '' };
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    return { code: e.code, stdout: '', stderr: `weightscope: error: ${e.message}\n` };
  }
}
