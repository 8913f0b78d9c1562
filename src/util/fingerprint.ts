/**
 * Fingerprints of labelled documents: the committed models record those they learned from (hashes,
 * no text), so cross-validation on a set can tell whether they have seen any of its documents.
 */
import { createHash } from 'node:crypto';

/** A document's fingerprint: its text with spacing and case normalised, hashed (no text is kept). */
export function documentFingerprint(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim().toLowerCase()).digest('hex').slice(0, 16);
}

/** How far a labelled set overlaps the documents a model learned from. */
export interface Overlap {
  /** Documents of the set the model learned from. */
  seen: number;
  documents: number;
}

export function overlap(fingerprints: readonly string[], learnedFrom: readonly string[]): Overlap {
  const known = new Set(learnedFrom);
  return { seen: fingerprints.filter((f) => known.has(f)).length, documents: fingerprints.length };
}

/** What a committed model records of its labelled documents: how many statements, and each document's fingerprint (sorted). */
export interface LearnedFrom {
  statements: number;
  documents: string[];
}

export function learnedFrom(docs: ReadonlyArray<{ labels: readonly unknown[]; fingerprint: string }>): LearnedFrom {
  return { statements: docs.reduce((s, d) => s + d.labels.length, 0), documents: docs.map((d) => d.fingerprint).sort() };
}
