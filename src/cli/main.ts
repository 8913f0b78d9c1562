import { CommanderError, type Command } from 'commander';
import { ConfigError } from '../config/index.js';
import { lastExitCode, rootCommand } from './program.js';
import { CommandError } from './usage-error.js';
import * as runCommand from './commands/run.js';
import * as classifyCommand from './commands/classify.js';
import * as evalCommand from './commands/eval.js';
import * as initCommand from './commands/init.js';
import * as reviewCommand from './commands/review.js';
import * as trainCommand from './commands/train.js';
import * as driftCommand from './commands/drift.js';
import * as historyCommand from './commands/history.js';
import * as unlockCommand from './commands/unlock.js';

/**
 * The whole CLI surface: one module per command under src/cli/commands/, each exporting
 * register(program). Modules import their heavy dependencies inside the action, so `--help` is quick.
 */
const COMMANDS: Array<{ register(program: Command): void }> = [
  runCommand, classifyCommand, evalCommand, initCommand, reviewCommand, trainCommand, driftCommand, historyCommand, unlockCommand,
];

export function buildProgram(): Command {
  const program = rootCommand();
  for (const c of COMMANDS) c.register(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  quietOnClosedPipe();
  const program = buildProgram();
  if (argv.length === 0) {
    process.stderr.write(program.helpInformation());
    return 2;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return lastExitCode();
  } catch (err) {
    return reportFatal(err, commandName(program, argv));
  }
}

let pipeWatched = false;
/** `planscan ... | head` closes the pipe early: that is not an error. */
function quietOnClosedPipe(): void {
  if (pipeWatched) return;
  pipeWatched = true;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
}

function commandName(program: Command, argv: string[]): string {
  const names: string[] = [];
  let cmd: Command | undefined = program;
  for (const a of argv) {
    const sub: Command | undefined = cmd?.commands.find((c) => c.name() === a || c.aliases().includes(a));
    if (!sub) break;
    names.push(sub.name());
    cmd = sub;
  }
  return ['planscan', ...names].join(' ');
}

/** Errors that stop the whole command: one line and a hint for the analyst, no stack. */
export function reportFatal(err: unknown, command = 'planscan'): number {
  if (err instanceof CommanderError) {
    if (err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return 0;
    // A command group given no subcommand: its help was printed to stderr.
    if (err.code === 'commander.help') return 2;
    const [raw = '', ...more] = err.message.replace(/^error: /, '').split('\n');
    // "option '--year <year>' argument '2025abc' is invalid. Must be a four-digit year." → "--year must be a four-digit year, not '2025abc'"
    const invalid = /^option '(-[^ ',]+)[^']*' argument '(.*)' is invalid\. (.*?)\.?$/.exec(raw);
    const first = invalid ? `${invalid[1]} ${invalid[3]!.replace(/^Allowed choices are /, 'must be one of ').replace(/^M/, 'm')}, not '${invalid[2]}'` : raw;
    const suggestion = more.find((l) => /did you mean/i.test(l));
    const line = suggestion ? `${first} ${suggestion.replace(/^\(Did you mean/, '(did you mean')}` : first;
    const lists = err.code === 'commander.unknownCommand' ? 'every command' : 'every option';
    process.stderr.write(`${command}: ${line}\nhint: '${command} --help' lists ${lists}\n`);
    return 2;
  }
  if (err instanceof CommandError) {
    process.stderr.write(`${command}: ${err.message}\n${err.hint ? `hint: ${err.hint}\n` : ''}`);
    return err.exitCode;
  }
  if (err instanceof ConfigError) {
    process.stderr.write(`${command}: ${err.message}\n${err.hint ? `hint: ${err.hint}\n` : ''}`);
    return 2;
  }
  const e = err as Error;
  process.stderr.write(`${command}: ${e?.message ?? String(err)}\n`);
  if (process.env.PLANSCAN_DEBUG) process.stderr.write(`${e?.stack ?? ''}\n`);
  return 1;
}
