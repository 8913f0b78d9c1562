import { z } from 'zod';

export const Kind = z.enum(['crime', 'target_group', 'mechanism', 'internal_process']);
export type Kind = z.infer<typeof Kind>;

/** How strongly a document states it: a named priority, or a passing mention. */
export const Strength = z.enum(['named', 'mention']);
export type Strength = z.infer<typeof Strength>;

/** One stated priority of one document, with where it came from. */
export const Priority = z.object({
  /** Content hash of source id + normalised text: stable across runs. */
  id: z.string(),
  sourceId: z.string(),
  page: z.number().int().min(1),
  /** Nearest heading above it ('' when none). */
  section: z.string(),
  /** The priority as stated (may be one item of a longer sentence). */
  text: z.string(),
  /** The exact source text it was taken from. */
  quote: z.string(),
  strength: Strength,
  /** Extraction rule that found it, e.g. "list-under-heading". */
  rule: z.string(),
  /** Why it was extracted: the named features (with weights) that decided it, strongest first. */
  reasons: z.array(z.string()).default([]),
});
export type Priority = z.infer<typeof Priority>;

/** Evidence behind a classification. */
export const Cue = z.object({
  source: z.enum(['lexicon', 'model', 'default', 'override']),
  /** Matched phrase or model feature. */
  term: z.string(),
  kind: Kind.optional(),
  theme: z.string().optional(),
  weight: z.number(),
});
export type Cue = z.infer<typeof Cue>;

export const Classification = z.object({
  kind: Kind,
  theme: z.string().nullable(),
  otherThemes: z.array(z.string()),
  confidence: z.number().min(0).max(1),
  cues: z.array(Cue),
});
export type Classification = z.infer<typeof Classification>;

export const ClassifiedPriority = Priority.extend(Classification.shape);
export type ClassifiedPriority = z.infer<typeof ClassifiedPriority>;
