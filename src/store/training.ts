import { z } from 'zod';
import { TrainingExample } from '../schema/stored.js';
import { type Db, now } from './db.js';

/** Reviewed statements the classifier learns from (planscan review apply adds them). */
export class TrainingExamples {
  private readonly stmts;

  constructor(db: Db) {
    this.stmts = {
      insert: db.prepare('INSERT INTO training_examples (text, kind, theme, added_at) VALUES (?, ?, ?, ?)'),
      delete: db.prepare('DELETE FROM training_examples WHERE text = ?'),
      all: db.prepare('SELECT text, kind, theme FROM training_examples ORDER BY rowid'),
    };
  }

  /** Adds (or replaces, by exact text) one example. */
  add(e: TrainingExample): void {
    this.stmts.delete.run(e.text);
    this.stmts.insert.run(e.text, e.kind, e.theme, now());
  }

  all(): TrainingExample[] {
    return z.array(TrainingExample).parse(this.stmts.all.all());
  }
}
