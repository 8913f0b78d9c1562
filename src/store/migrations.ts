import type Database from 'better-sqlite3';

export interface Migration {
  /** Stable name, recorded in the `migrations` ledger. Never rename or reorder a released one. */
  name: string;
  up(db: Database.Database): void;
}

/** Applied in order; the schema version is the number of migrations applied (also PRAGMA user_version). */
export const migrations: Migration[] = [
  {
    name: '001_initial',
    up(db) {
      db.exec(`
        CREATE TABLE runs (
          id TEXT PRIMARY KEY,
          year INTEGER NOT NULL,
          started_at TEXT NOT NULL,
          finished_at TEXT,
          sources_file TEXT NOT NULL,
          documents INTEGER NOT NULL DEFAULT 0,
          failures INTEGER NOT NULL DEFAULT 0,
          decision TEXT,
          reasons TEXT,
          analysis TEXT
        );
        CREATE INDEX runs_year ON runs(year, finished_at);

        CREATE TABLE documents (
          source_id TEXT NOT NULL,
          content_hash TEXT NOT NULL,
          year INTEGER NOT NULL,
          meta TEXT NOT NULL,
          run_id TEXT NOT NULL REFERENCES runs(id),
          saved_at TEXT NOT NULL,
          PRIMARY KEY (source_id, content_hash)
        );

        CREATE TABLE priorities (
          rowid INTEGER PRIMARY KEY,
          id TEXT NOT NULL,
          source_id TEXT NOT NULL,
          content_hash TEXT NOT NULL,
          ord INTEGER NOT NULL,
          page INTEGER NOT NULL,
          section TEXT NOT NULL,
          text TEXT NOT NULL,
          quote TEXT NOT NULL,
          strength TEXT NOT NULL,
          rule TEXT NOT NULL,
          kind TEXT NOT NULL,
          theme TEXT,
          other_themes TEXT NOT NULL,
          confidence REAL NOT NULL,
          cues TEXT NOT NULL,
          FOREIGN KEY (source_id, content_hash) REFERENCES documents(source_id, content_hash) ON DELETE CASCADE
        );
        CREATE INDEX priorities_doc ON priorities(source_id, content_hash, ord);
        CREATE INDEX priorities_id ON priorities(id);

        CREATE TABLE failures (
          run_id TEXT NOT NULL REFERENCES runs(id),
          source_id TEXT NOT NULL,
          stage TEXT NOT NULL,
          code TEXT NOT NULL,
          message TEXT NOT NULL,
          hint TEXT
        );
        CREATE INDEX failures_run ON failures(run_id);

        CREATE TABLE lock (
          id INTEGER PRIMARY KEY CHECK (id = 1),
          token TEXT NOT NULL,
          pid INTEGER NOT NULL,
          host TEXT NOT NULL,
          started_at TEXT NOT NULL,
          info TEXT NOT NULL
        );
      `);
    },
  },
  {
    name: '002_run_documents',
    up(db) {
      // Which documents each run used (a cached document is reused by later runs and years).
      db.exec(`
        CREATE TABLE run_documents (
          run_id TEXT NOT NULL REFERENCES runs(id),
          source_id TEXT NOT NULL,
          content_hash TEXT NOT NULL,
          PRIMARY KEY (run_id, source_id)
        );
        INSERT INTO run_documents (run_id, source_id, content_hash)
          SELECT run_id, source_id, content_hash FROM documents;
      `);
    },
  },
  {
    name: '003_review',
    up(db) {
      db.exec(`
        CREATE TABLE overrides (
          norm_text TEXT PRIMARY KEY,
          kind TEXT,
          theme TEXT,
          theme_set INTEGER NOT NULL DEFAULT 0,
          exclude INTEGER NOT NULL DEFAULT 0,
          reviewed_at TEXT NOT NULL,
          priority_id TEXT,
          source_year INTEGER
        );
        CREATE TABLE training_examples (
          rowid INTEGER PRIMARY KEY,
          text TEXT NOT NULL,
          kind TEXT NOT NULL,
          theme TEXT,
          added_at TEXT NOT NULL
        );
      `);
    },
  },
  {
    name: '004_themes_by_year',
    up(db) {
      db.exec(`
        CREATE TABLE themes_by_year (
          run_id TEXT NOT NULL REFERENCES runs(id),
          year INTEGER NOT NULL,
          theme TEXT NOT NULL,
          partners TEXT NOT NULL,
          tier TEXT NOT NULL,
          score REAL NOT NULL,
          rank INTEGER NOT NULL,
          summary TEXT NOT NULL,
          PRIMARY KEY (run_id, theme)
        );
        CREATE INDEX themes_by_year_year ON themes_by_year(year);
      `);
    },
  },
  {
    name: '005_reviews',
    up(db) {
      // Every row of an applied review file (not only the changed ones): an analyst who leaves a
      // row's override columns empty has reviewed it and agrees with the machine.
      db.exec(`
        CREATE TABLE reviews (
          priority_id TEXT PRIMARY KEY,
          norm_text TEXT NOT NULL,
          year INTEGER,
          machine_kind TEXT NOT NULL,
          machine_theme TEXT,
          analyst_kind TEXT NOT NULL,
          analyst_theme TEXT,
          excluded INTEGER NOT NULL DEFAULT 0,
          reviewed_at TEXT NOT NULL
        );
        CREATE INDEX reviews_year ON reviews(year);
      `);
    },
  },
  {
    name: '006_document_blocks',
    up(db) {
      // A rerun needs a cached document's metadata, not its text: blocks get their own column so
      // the metadata can be read without parsing every page of every document again.
      db.exec(`
        ALTER TABLE documents ADD COLUMN blocks TEXT;
        UPDATE documents SET blocks = json_extract(meta, '$.blocks'), meta = json_remove(meta, '$.blocks')
          WHERE json_valid(meta) AND json_type(meta, '$.blocks') = 'array';
      `);
    },
  },
  {
    name: '007_run_inputs',
    up(db) {
      // Hash of everything a run's reports are made from (see src/pipeline/inputs.ts): an unchanged
      // rerun keeps the reports of the run with the same hash instead of writing them again.
      db.exec('ALTER TABLE runs ADD COLUMN inputs_hash TEXT;');
    },
  },
  {
    name: '008_priority_reasons',
    up(db) {
      // Why each priority was extracted (Priority.reasons): a JSON array of named, weighted features.
      db.exec(`ALTER TABLE priorities ADD COLUMN reasons TEXT NOT NULL DEFAULT '[]';`);
    },
  },
];
