/**
 * A failure the command line reports to the person who typed the command: the message goes to stderr and
 * the process exits with code (2 for a command used wrongly, 1 for files it could not use).
 */
export class CliError extends Error {
  readonly code: number;
  constructor(message: string, code = 1) {
    super(message);
    this.code = code;
  }
}

export const usageError = (message: string): CliError => new CliError(`${message} (see --help)`, 2);
