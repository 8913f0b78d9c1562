/**
 * A command that cannot go on: one line for the analyst, an optional hint saying what to do, and
 * the exit code (1: nothing to work on, e.g. no database yet).
 */
export class CommandError extends Error {
  override name = 'CommandError';
  constructor(
    message: string,
    readonly hint?: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** A bad command line (unknown option, bad or missing value): exit code 2. */
export class UsageError extends CommandError {
  override name = 'UsageError';
  constructor(message: string, hint?: string) {
    super(message, hint, 2);
  }
}
