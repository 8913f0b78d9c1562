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
    staleHours: number,
  ) {
    super(
      `${file} is locked by another scan (pid ${holderPid} on ${holderHost}, started ${holderStartedAt}). ` +
        `Wait for it to finish. A lock whose process is gone from this host, or that has not been renewed ` +
        `for ${staleHours} hours, is taken over automatically; if that scan is surely dead (another host or ` +
        `container, a shared drive), run 'planscan unlock --db ${file}'.`,
    );
    this.name = 'StoreLockError';
  }
}

/** A read-only open (history, drift, review export, eval --reviewed) of a database that needs upgrading. */
export class StoreMigrationPendingError extends Error {
  constructor(
    readonly file: string,
    readonly dbVersion: number,
    readonly knownVersion: number,
  ) {
    super(
      dbVersion === 0
        ? `${file} is not a planscan database (no schema recorded). Pass --db with the file a scan wrote.`
        : `${file} was written by an older planscan (schema version ${dbVersion}, this planscan knows ${knownVersion}). ` +
            `This command only reads, so it does not upgrade it: run 'planscan run' once with this database to upgrade it, ` +
            `or use the planscan version that wrote it.`,
    );
    this.name = 'StoreMigrationPendingError';
  }
}
