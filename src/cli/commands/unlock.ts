import os from 'node:os';
import type { Command } from 'commander';
import { action } from '../program.js';
import { dbPath, options } from '../options.js';
import { withDb } from '../db.js';
import { CommandError } from '../usage-error.js';

export function register(program: Command): void {
  program
    .command('unlock')
    .summary("remove a scan lock left by a scan that is surely dead (another host, a shared drive)")
    .description(`A scan holds a lock on the database while it runs. A lock whose process is gone from this host, or that has not been renewed for some hours, is taken over by the next scan without asking. Use unlock for the other cases (a scan killed in another container or on another machine sharing the drive): it removes the lock whoever holds it. Make sure that scan is not still running: two scans writing one database at once can mix their results.`)
    .addOption(options.db())
    .addOption(options.out('output folder holding the default database'))
    .option('--force', 'remove the lock even when its process is alive on this host')
    .action(action(unlock));
}

async function unlock(o: { db?: string; out: string; force?: boolean }): Promise<number> {
  return withDb(o, 'write', (store) => {
    const held = store.lockHolder();
    if (!held) {
      process.stderr.write(`${dbPath(o)} is not locked.\n`);
      return 0;
    }
    const who = `pid ${held.pid} on ${held.host}, started ${held.startedAt}, last renewed ${held.renewedAt}`;
    if (!held.stale && held.host === os.hostname() && !o.force) {
      throw new CommandError(`the lock is held by a live process on this host (${who})`, 'wait for that scan to finish, or stop it; --force removes the lock anyway');
    }
    store.breakLock();
    process.stderr.write(
      `warning: removed the lock of ${dbPath(o)} (${who}${held.stale ? `; ${held.stale}` : ''}). ` +
        `If that scan is in fact still running, stop it: its results and the next scan's could mix.\n`,
    );
    return 0;
  });
}

/** Runs `planscan unlock ARGV...` in this process (tests); returns the exit code. */
export async function run(argv: string[]): Promise<number> {
  const { main } = await import('../main.js');
  return main(['unlock', ...argv]);
}
