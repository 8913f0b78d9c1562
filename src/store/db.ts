import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { migrations as defaultMigrations, type Migration } from './migrations.js';
import { StoreMigrationPendingError, StoreVersionError } from './errors.js';

export type Db = Database.Database;

export interface OpenDbOptions {
  /** Migrations to apply (tests use a prefix to build an old-schema database). */
  migrations?: Migration[];
  /**
   * Open for reading only: nothing is created, migrated or written, and a database that needs a
   * migration is refused (StoreMigrationPendingError) rather than upgraded.
   */
  readonly?: boolean;
}

export function now(): string {
  return new Date().toISOString();
}

/** JSON text column, parsed and then checked by the schema piped after it. */
export const Json = z.string().transform((s, ctx) => {
  try {
    return JSON.parse(s) as unknown;
  } catch {
    ctx.addIssue({ code: 'custom', message: 'invalid JSON' });
    return z.NEVER;
  }
});
export const StringArrayJson = Json.pipe(z.array(z.string()));

const LedgerRow = z.object({ name: z.string(), applied_at: z.string() });

/** The migrations recorded in the ledger (none for a new file), checked against the known list. */
function appliedMigrations(db: Db, file: string, list: Migration[]): number {
  const hasLedger = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'").get() !== undefined;
  const applied = hasLedger ? z.array(LedgerRow).parse(db.prepare('SELECT name, applied_at FROM migrations ORDER BY version').all()) : [];
  const userVersion = z.number().parse(db.pragma('user_version', { simple: true }));
  const known = new Set(list.map((m) => m.name));
  const unknown = applied.filter((r) => !known.has(r.name)).map((r) => r.name);
  const dbVersion = Math.max(applied.length, userVersion);
  if (unknown.length > 0 || dbVersion > list.length) throw new StoreVersionError(file, dbVersion, list.length, unknown);
  applied.forEach((r, i) => {
    if (list[i]?.name !== r.name) {
      throw new Error(`${file}: migration ledger out of order (row ${i + 1} is ${r.name}, expected ${list[i]?.name ?? 'nothing'})`);
    }
  });
  return applied.length;
}

/** Runs the named migrations not yet in the ledger, each in one transaction with its ledger row. */
export function migrate(db: Db, file: string, list: Migration[] = defaultMigrations): number {
  db.exec(`CREATE TABLE IF NOT EXISTS migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, applied_at TEXT NOT NULL)`);
  const done = appliedMigrations(db, file, list);
  const insert = db.prepare('INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (let i = done; i < list.length; i++) {
    const m = list[i]!;
    db.transaction(() => {
      // Another process may have applied it while we waited for the write lock.
      if (db.prepare('SELECT 1 FROM migrations WHERE name = ?').get(m.name) !== undefined) return;
      m.up(db);
      insert.run(i + 1, m.name, now());
      db.pragma(`user_version = ${i + 1}`);
    }).immediate();
  }
  return list.length;
}

/**
 * Opens the planscan database. Read-write: creates the folder and file, sets WAL and a busy timeout,
 * applies pending migrations. Read-only: the file must exist and be at this planscan's schema.
 * Returns the handle and its schema version.
 */
export function openDatabase(file: string, opts: OpenDbOptions = {}): { db: Db; schemaVersion: number } {
  const list = opts.migrations ?? defaultMigrations;
  if (opts.readonly) {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      db.pragma('busy_timeout = 10000');
      const version = appliedMigrations(db, file, list);
      if (version < list.length) throw new StoreMigrationPendingError(file, version, list.length);
      return { db, schemaVersion: version };
    } catch (e) {
      db.close();
      throw e;
    }
  }
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma('busy_timeout = 10000');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    return { db, schemaVersion: migrate(db, file, list) };
  } catch (e) {
    db.close();
    throw e;
  }
}
