/**
 * The learned extraction model (data/extraction/model.json): two logistic models over named
 * features (group level, item level), the selection threshold and per-feature statistics.
 * Written by scripts/train-extractor.ts; holds no document text.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { dataPath } from '../util/package.js';

const Linear = z.object({ bias: z.number(), weights: z.record(z.string(), z.number()) });

export const ExtractionModel = z.object({
  version: z.literal(1),
  /** How it was made: the command, the labelled set, counts; no document text. */
  trainedOn: z.object({
    documents: z.number().int(),
    candidates: z.number().int(),
    positives: z.number().int(),
    groups: z.number().int(),
    source: z.string(),
    /** Length (characters) the model is calibrated on: 75th percentile of the labelled training documents (calibrate.ts). */
    referenceChars: z.number().int().nonnegative(),
    /**
     * The real labelled statements learned from, and fingerprints of their documents
     * (util/fingerprint.ts): cross-validation on a set blends this model in only when it has
     * seen none of the set's documents.
     */
    labelled: z.object({ statements: z.number().int().nonnegative(), documents: z.array(z.string()) }).optional(),
  }),
  /** "Is this group a statement of the body's own priorities?" */
  group: Linear,
  /** "Is this candidate one priority?" (its features include the group's and `group:score`). */
  item: Linear,
  /**
   * Other models whose item probabilities are averaged in, each with its weight (this model's own
   * weight is what is left): how a model trained on a few labelled documents also uses what the
   * committed model learned from others (train.ts `prior`). The threshold is chosen for the blend.
   */
  blend: z.array(z.object({ weight: z.number().min(0).max(1), group: Linear, item: Linear, referenceChars: z.number().int().nonnegative() })).optional(),
  /** Keep a candidate whose item probability is at least this. */
  threshold: z.number(),
  /** Per feature: candidates carrying it and the share of them that were priorities (training set). */
  stats: z.record(z.string(), z.object({ count: z.number().int(), positiveRate: z.number() })),
});
export type ExtractionModel = z.infer<typeof ExtractionModel>;

let cached: ExtractionModel | undefined;

/** The committed model (loaded once). */
export function defaultModel(): ExtractionModel {
  if (cached) return cached;
  const file = dataPath('extraction', 'model.json');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: cannot read the extraction model (${(e as Error).message}); regenerate it with 'node dist/scripts/train-extractor.js'`);
  }
  const r = ExtractionModel.safeParse(raw);
  if (!r.success) throw new Error(`${file}: invalid extraction model: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  cached = r.data;
  return cached;
}
