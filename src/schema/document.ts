import { z } from 'zod';
import { SourceEntry } from './source.js';

export const BlockKind = z.enum(['heading', 'paragraph', 'list_item', 'table_row']);
export type BlockKind = z.infer<typeof BlockKind>;

/** One unit of document structure, in reading order. */
export const Block = z.object({
  kind: BlockKind,
  text: z.string(),
  /** 1-based page; 1 for formats without pages. */
  page: z.number().int().min(1),
  /** Heading level (1 = top) or list nesting depth (1 = top level). */
  level: z.number().int().min(1).optional(),
  /** List marker as written: "1.", "a)", "•". */
  marker: z.string().optional(),
});
export type Block = z.infer<typeof Block>;

export const Format = z.enum(['pdf', 'docx', 'html', 'text', 'csv']);
export type Format = z.infer<typeof Format>;

/** What ingest produces for one source: ordered blocks with page numbers. */
export const Document = z.object({
  sourceId: z.string(),
  source: SourceEntry,
  format: Format,
  title: z.string().optional(),
  pages: z.number().int().min(0),
  blocks: z.array(Block),
  /** sha256 of the raw bytes: unchanged documents are not re-parsed. */
  contentHash: z.string(),
  bytes: z.number().int().min(0),
});
export type Document = z.infer<typeof Document>;
