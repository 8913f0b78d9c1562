import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { packageRoot } from '../util/package.js';

/** What an action returns: the process exit code. */
export type ExitCode = number;

let exitCode: ExitCode = 0;

/** Wraps a command's action so its returned exit code reaches main(). */
export function action<A extends unknown[]>(fn: (...args: A) => Promise<ExitCode> | ExitCode): (...args: A) => Promise<void> {
  return async (...args: A) => {
    exitCode = await fn(...args);
  };
}

export function lastExitCode(): ExitCode {
  return exitCode;
}

export function version(): string {
  const pkg = JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** The root command: settings every subcommand inherits (errors thrown, not exited; suggestions on). */
export function rootCommand(): Command {
  exitCode = 0;
  return new Command('planscan')
    .description('Scan partner documents for stated priorities and brief the PCC on whether the Police and Crime Plan needs a refresh.')
    .version(version(), '-V, --version', 'print the planscan version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .showHelpAfterError(false)
    .allowExcessArguments(false)
    .exitOverride()
    // Errors are printed once, by main(), in the CLI's own format.
    .configureOutput({ outputError: () => {} });
}
