import type { Failure } from '../schema/failure.js';

/** --strict and a document failed. */
export class StrictFailure extends Error {
  constructor(readonly failures: Failure[]) {
    super(`--strict: ${failures.length} document(s) failed; first: ${failures[0]?.sourceId}: ${failures[0]?.message}`);
    this.name = 'StrictFailure';
  }
}

export class NoDocumentsError extends Error {
  constructor(readonly failures: Failure[]) {
    super(`no partner document could be read (${failures.length} failed); nothing to scan`);
    this.name = 'NoDocumentsError';
  }
}

/** An option value the run cannot use, found before any document is read (a usage error: exit 2). */
export class RunOptionsError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'RunOptionsError';
  }
}

/**
 * The database could not be read or written (disk full, file removed or made read-only, I/O
 * error). Not a problem with one document: the scan stops before any report is written, so the
 * previous reports stay as they were.
 */
export class StoreFailure extends Error {
  constructor(readonly file: string, readonly doing: string, readonly cause: unknown) {
    const why = cause instanceof Error ? cause.message : String(cause);
    const code = (cause as { code?: unknown } | undefined)?.code;
    super(
      `the database ${file} failed while ${doing}: ${why}${typeof code === 'string' ? ` (${code})` : ''}. ` +
        `The scan stopped; no report was written and the previous reports are kept. ${storeHint(code, why)}`,
    );
    this.name = 'StoreFailure';
  }
}

/** Runs one database step; any error from it becomes a StoreFailure naming the file and the step. */
export function storeStep<T>(file: string, doing: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw new StoreFailure(file, doing, error);
  }
}

function storeHint(code: unknown, why: string): string {
  if (code === 'SQLITE_FULL' || /full|ENOSPC|EFBIG|too large/i.test(why)) return 'Free disk space (or pass --db on another disk) and run again.';
  if (code === 'SQLITE_READONLY' || /read-?only|EROFS|EACCES|EPERM/i.test(why)) return 'Make the database file and its folder writable, or pass --db with a writable file, and run again.';
  return 'Check the disk and the file, then run again; unchanged documents are reused.';
}
