import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { z } from 'zod';
import { Tier } from '../schema/index.js';
import { dataFile } from './data-file.js';

const Share = z.number().min(0).max(1);
const NonNeg = z.number().min(0);
const Impact = z.number().min(1).max(5);

const Scale = z
  .object({ floor: z.number().positive(), ceiling: z.number().positive() })
  .strict()
  .refine((s) => s.ceiling > s.floor, { message: 'ceiling must be greater than floor' });

/** Schema of data/scoring.yaml after per-scan overrides are merged in. */
export const ScoringConfig = z
  .object({
    harm: z
      .object({
        index: z.string().min(1),
        fallbackIndices: z.array(z.string().min(1)),
        combine: z.enum(['mean', 'max']),
        linkCombine: z.enum(['mean', 'max']),
        default: Impact,
        methodDefault: Impact,
        scales: z.record(z.string(), Scale),
      })
      .strict(),
    likelihood: z
      .object({
        namedWeight: Share,
        mentionWeight: Share,
        otherThemeWeight: Share,
        surveyWeight: Share,
      })
      .strict(),
    breadth: z.object({ weight: NonNeg }).strict(),
    trend: z.object({ weight: NonNeg }).strict(),
    tiers: z
      .object({
        universal: z.object({ partnerShare: Share, areaShare: Share, floorPartners: z.number().int().min(1) }).strict(),
        major: z
          .object({ partnerShare: Share, areaShare: Share, orPartners: z.number().int().min(1), floorPartners: z.number().int().min(1) })
          .strict(),
      })
      .strict(),
    gaps: z.object({ minScore: NonNeg, mentionCountsAsCovered: z.boolean() }).strict(),
    sources: z.object({ maxAgeYears: z.number().int().min(0) }).strict(),
    recommendation: z
      .object({
        refreshTiers: z.array(Tier),
        majorMinHarm: Impact,
        refreshMinScore: NonNeg,
        varyOnNationalMissing: z.boolean(),
        varyOnPlanNotCited: z.boolean(),
        newPlanOnPeriodEnd: z.boolean(),
        newPlanOnElection: z.boolean(),
        maxReasons: z.number().int().min(1).max(6),
      })
      .strict(),
    drift: z.object({ minScoreChange: NonNeg }).strict(),
  })
  .strict()
  .superRefine((c, ctx) => {
    for (const idx of [c.harm.index, ...c.harm.fallbackIndices]) {
      if (!c.harm.scales[idx]) {
        ctx.addIssue({ code: 'custom', path: ['harm', 'scales', idx], message: `no scale for harm index "${idx}"` });
      }
    }
  });
export type ScoringConfig = z.infer<typeof ScoringConfig>;

/** Bad scoring.yaml or a bad per-scan override; the message lists every offending key path. */
export class ScoringError extends Error {
  constructor(
    message: string,
    readonly issues: Array<{ path: string; message: string }>,
  ) {
    super(message);
    this.name = 'ScoringError';
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Deep merge: objects merge key by key; arrays and scalars in `over` replace those in `base`. */
export function deepMerge(base: unknown, over: unknown): unknown {
  if (over === undefined) return base;
  if (isPlainObject(base) && isPlainObject(over)) {
    const out: Record<string, unknown> = { ...base };
    for (const [k, v] of Object.entries(over)) out[k] = deepMerge(base[k], v);
    return out;
  }
  return over;
}

let defaults: unknown;

/** The raw (unvalidated) contents of data/scoring.yaml, read once. */
export function defaultScoringRaw(): unknown {
  if (defaults === undefined) defaults = YAML.parse(readFileSync(dataFile('scoring.yaml'), 'utf8'));
  return defaults;
}

/** Defaults from data/scoring.yaml merged with per-scan overrides, validated. Throws ScoringError. */
export function resolveScoring(overrides?: Record<string, unknown>, base: unknown = defaultScoringRaw()): ScoringConfig {
  const merged = deepMerge(base, overrides ?? {});
  const r = ScoringConfig.safeParse(merged);
  if (r.success) return r.data;
  const issues = r.error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(root)', message: i.message }));
  const where = overrides && Object.keys(overrides).length > 0 ? 'scoring settings (data/scoring.yaml + scan.scoring overrides)' : 'data/scoring.yaml';
  throw new ScoringError(`invalid ${where}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues);
}

/** Every numeric setting by dotted key, for Analysis.methodology.weights. */
export function numericSettings(c: ScoringConfig): Record<string, number> {
  const out: Record<string, number> = {};
  const walk = (v: unknown, path: string): void => {
    if (typeof v === 'number') out[path] = v;
    else if (typeof v === 'boolean') out[path] = v ? 1 : 0;
    else if (isPlainObject(v)) for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
  };
  walk(c, '');
  return out;
}
