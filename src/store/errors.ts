/** The database was written by a newer planscan (more / unknown migrations). */
export class StoreVersionError extends Error {
  constructor(
    readonly file: string,
    readonly dbVersion: number,
    readonly knownVersion: number,
    readonly unknownMigrations: string[],
  ) {
    super(
      `${file} was written by a newer version of planscan: its schema version is ${dbVersion}, ` +
        `this planscan knows schema version ${knownVersion}` +
        (unknownMigrations.length ? ` (unknown migrations: ${unknownMigrations.join(', ')})` : '') +
        `. Upgrade planscan, or pass --db with another file.`,
    );
    this.name = 'StoreVersionError';
  }
}

/** Another scan holds the write lock on the database. */
export class StoreLockError extends Error {
  constructor(
    readonly file: string,
    readonly holderPid: number,
    readonly holderHost: string,
    readonly holderStartedAt: string,
  ) {
    super(
      `${file} is locked by another scan (pid ${holderPid} on ${holderHost}, started ${holderStartedAt}). ` +
        `Wait for it to finish; if that process no longer exists the lock is taken over automatically ` +
        `(a lock held from another host must be cleared by hand: DELETE FROM lock).`,
    );
    this.name = 'StoreLockError';
  }
}
