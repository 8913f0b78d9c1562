import path from 'node:path';
import { InvalidArgumentError, Option } from 'commander';

/**
 * Options shared by several commands, declared once. A command adds one with
 * `.addOption(options.db())`; values are parsed here (a bad value is a usage error, exit 2).
 */

export const DEFAULT_OUT = 'output';
export const DB_FILE = 'planscan.db';

/** A four-digit year: "2025abc" and "25" are refused. */
export function parseYear(v: string): number {
  if (!/^\d{4}$/.test(v)) throw new InvalidArgumentError('Must be a four-digit year.');
  return Number(v);
}

export function parseWholeNumber(min: number): (v: string) => number {
  return (v) => {
    if (!/^\d+$/.test(v) || Number(v) < min) throw new InvalidArgumentError(`Must be a whole number of at least ${min}.`);
    return Number(v);
  };
}

export function parsePositive(v: string): number {
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('Must be a positive number.');
  return n;
}

export const options = {
  db: () => new Option('--db <file>', `SQLite database (default: <out>/${DB_FILE})`),
  out: (what = 'output folder') => new Option('--out <dir>', what).default(DEFAULT_OUT),
  year: (what: string) => new Option('--year <year>', what).argParser(parseYear),
  json: () => new Option('--json', 'print JSON'),
};

/** The one database default of every command: --db, else <out>/planscan.db. */
export function dbPath(o: { db?: string | undefined; out?: string | undefined }): string {
  return o.db ?? path.join(o.out ?? DEFAULT_OUT, DB_FILE);
}
