import fs from 'node:fs';
import { openStore, openStoreReadOnly, StoreLockError, StoreMigrationPendingError, StoreVersionError, type Store } from '../store/index.js';
import { DEFAULT_OUT, dbPath } from './options.js';
import { CommandError } from './usage-error.js';

/**
 * Opens the database a command names (--db, else <out>/planscan.db). Inspection commands open it
 * read-only: they never create, migrate or write it.
 */
export function openDb(o: { db?: string | undefined; out?: string | undefined }, mode: 'read' | 'write'): Store {
  const file = dbPath(o);
  if (!fs.existsSync(file)) {
    throw new CommandError(`no database at ${file}`, `run a scan first (planscan run${o.out && o.out !== DEFAULT_OUT ? ` --out ${o.out}` : ''}), or pass --db FILE`);
  }
  try {
    return mode === 'read' ? openStoreReadOnly(file) : openStore(file);
  } catch (e) {
    if (e instanceof StoreMigrationPendingError || e instanceof StoreVersionError || e instanceof StoreLockError) throw new CommandError(e.message);
    throw new CommandError(`cannot open ${file}: ${(e as Error).message}`);
  }
}

/** Runs fn with the store open, closing it afterwards. */
export async function withDb<T>(o: { db?: string | undefined; out?: string | undefined }, mode: 'read' | 'write', fn: (store: Store) => T | Promise<T>): Promise<T> {
  const store = openDb(o, mode);
  try {
    return await fn(store);
  } finally {
    store.close();
  }
}
