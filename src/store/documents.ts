import { z } from 'zod';
import { Document } from '../schema/index.js';
import { type Db, Json, now } from './db.js';

/** Documents by (source id, content hash), and which runs used them. */
export class Documents {
  private readonly stmts;

  constructor(db: Db) {
    this.stmts = {
      upsert: db.prepare(
        `INSERT INTO documents (source_id, content_hash, year, meta, blocks, run_id, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (source_id, content_hash) DO UPDATE SET year = excluded.year, meta = excluded.meta,
           blocks = excluded.blocks, run_id = excluded.run_id, saved_at = excluded.saved_at`,
      ),
      link: db.prepare('INSERT OR REPLACE INTO run_documents (run_id, source_id, content_hash) VALUES (?, ?, ?)'),
      meta: db.prepare('SELECT meta FROM documents WHERE source_id = ? AND content_hash = ?'),
      blocks: db.prepare('SELECT blocks FROM documents WHERE source_id = ? AND content_hash = ?'),
    };
  }

  /** Stores a document's metadata and blocks (in the caller's transaction, with its priorities). */
  save(runId: string, year: number, doc: Document): void {
    const { blocks, ...meta } = doc;
    this.stmts.upsert.run(doc.sourceId, doc.contentHash, year, JSON.stringify(meta), JSON.stringify(blocks), runId, now());
    this.link(runId, doc.sourceId, doc.contentHash);
  }

  link(runId: string, sourceId: string, contentHash: string): void {
    this.stmts.link.run(runId, sourceId, contentHash);
  }

  find(sourceId: string, contentHash: string, opts: { blocks?: boolean } = {}): Document | null {
    const row = z.object({ meta: Json }).optional().parse(this.stmts.meta.get(sourceId, contentHash));
    if (!row) return null;
    let blocks: unknown = [];
    if (opts.blocks) {
      const b = z.object({ blocks: z.string().nullable() }).parse(this.stmts.blocks.get(sourceId, contentHash));
      blocks = b.blocks === null ? [] : JSON.parse(b.blocks);
    }
    return Document.parse({ ...(row.meta as object), blocks });
  }
}
