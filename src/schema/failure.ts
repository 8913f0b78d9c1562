import { z } from 'zod';

export const Stage = z.enum(['config', 'fetch', 'read', 'parse', 'extract', 'classify', 'store', 'report']);
export type Stage = z.infer<typeof Stage>;

/**
 * A document that could not be processed (level 'error'), or one that was read but needs the
 * analyst's eye (level 'warning'): recorded, listed in the note, never fatal to the scan.
 */
export const Failure = z.object({
  sourceId: z.string(),
  stage: Stage,
  /** Stable error class, e.g. "pdf-encrypted", "http-status", "missing-file". */
  code: z.string(),
  message: z.string(),
  hint: z.string().optional(),
  /** 'warning': the document was read, but something about it needs the analyst's eye. */
  level: z.enum(['error', 'warning']).default('error'),
});
export type Failure = z.infer<typeof Failure>;

/** Thrown by stages for a problem with one document (not a bug). */
export class DocumentError extends Error {
  constructor(
    readonly stage: Stage,
    readonly code: string,
    message: string,
    readonly hint?: string,
    readonly level: 'error' | 'warning' = 'error',
  ) {
    super(message);
    this.name = 'DocumentError';
  }
  toFailure(sourceId: string): Failure {
    return { sourceId, stage: this.stage, code: this.code, message: this.message, ...(this.hint ? { hint: this.hint } : {}), level: this.level };
  }
}

/** A warning about a document that was read: counted in the scan, listed for the analyst. */
export function documentWarning(sourceId: string, stage: Stage, code: string, message: string, hint?: string): Failure {
  return { sourceId, stage, code, message, ...(hint ? { hint } : {}), level: 'warning' };
}
