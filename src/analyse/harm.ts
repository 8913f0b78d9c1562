import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import type { ScoringConfig } from './config.js';
import { dataFile } from './data-file.js';
import type { HarmRow, ThemeInfo } from './types.js';

/** Rows whose weight is already an analyst-set 1-5 impact rather than a published figure. */
export const ANALYST_INDEX = 'analyst';

const HarmRowSchema = z
  .object({
    theme: z.string().regex(/^[a-z0-9_]+$/, 'theme id: lower case, digits, underscore'),
    harm_index: z.string().min(1),
    offence: z.string().min(1),
    weight: z.coerce.number().positive(),
    unit: z.string().min(1),
    source_url: z.string().refine((u) => /^https?:\/\/\S+$/.test(u) || /^data\/harm-mapping\.md#[\w-]+$/.test(u), {
      message: 'source_url must be an http(s) URL or data/harm-mapping.md#<anchor>',
    }),
    note: z.string(),
  })
  .strict()
  .refine((r) => r.harm_index !== ANALYST_INDEX || (r.weight >= 1 && r.weight <= 5 && r.unit === 'impact_1_5'), {
    message: 'analyst rows give an impact_1_5 weight between 1 and 5',
  });

/** Parse and validate harm.csv text; throws with the line number of the first bad row. */
export function parseHarmCsv(text: string, file = 'data/harm.csv'): HarmRow[] {
  const records = parse(text, { columns: true, skip_empty_lines: true, trim: true }) as Array<Record<string, string>>;
  return records.map((rec, i) => {
    const r = HarmRowSchema.safeParse(rec);
    if (!r.success) {
      const msg = r.error.issues.map((x) => `${x.path.map(String).join('.') || 'row'}: ${x.message}`).join('; ');
      throw new Error(`${file} line ${i + 2}: ${msg}`);
    }
    return r.data;
  });
}

let cached: HarmRow[] | undefined;

/** data/harm.csv, read and validated once. */
export function loadHarmTable(): HarmRow[] {
  if (!cached) cached = parseHarmCsv(readFileSync(dataFile('harm.csv'), 'utf8'));
  return cached;
}

/** Log scale: 1 + 4 x (ln w - ln floor) / (ln ceiling - ln floor), clamped to 1..5. */
export function logImpact(weight: number, floor: number, ceiling: number): number {
  const x = (Math.log(weight) - Math.log(floor)) / (Math.log(ceiling) - Math.log(floor));
  return Math.min(5, Math.max(1, 1 + 4 * x));
}

export type HarmBasis = 'index' | 'analyst' | 'fallback_index' | 'links' | 'default';

export interface HarmResult {
  /** 1-5 impact. */
  impact: number;
  basis: HarmBasis;
  /** Harm index used (or 'analyst' / 'links' / 'default'). */
  index: string;
  /** The rows behind the number (empty for links/default). */
  rows: HarmRow[];
  /** For basis 'links': the linked themes used. */
  links: string[];
}

function combine(values: number[], how: 'mean' | 'max'): number {
  return how === 'max' ? Math.max(...values) : values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * Harm (1-5 impact) of one theme.
 * - Crime themes (defaultKind 'crime', or unknown themes): rows of the chosen index → analyst row →
 *   rows of the fallback indices (in order) → harmLinks → default.
 * - Other kinds (target groups, mechanisms, processes): harmLinks (crime themes, combined by
 *   linkCombine) → analyst row → default (methodDefault for method-group themes).
 * Several rows of one index are combined by `harm.combine` over their 1-5 impacts.
 */
export function themeHarm(theme: string, info: ThemeInfo | undefined, rows: HarmRow[], cfg: ScoringConfig, depth = 0): HarmResult {
  const h = cfg.harm;
  const mine = rows.filter((r) => r.theme === theme);
  const fromIndex = (index: string, basis: HarmBasis): HarmResult | null => {
    const rs = mine.filter((r) => r.harm_index === index);
    if (rs.length === 0) return null;
    if (index === ANALYST_INDEX) {
      return { impact: combine(rs.map((r) => r.weight), h.combine), basis, index, rows: rs, links: [] };
    }
    const scale = h.scales[index];
    if (!scale) return null;
    const impacts = rs.map((r) => logImpact(r.weight, scale.floor, scale.ceiling));
    return { impact: combine(impacts, h.combine), basis, index, rows: rs, links: [] };
  };
  const fromLinks = (): HarmResult | null => {
    if (depth > 0 || !info?.harmLinks?.length) return null;
    const linked = info.harmLinks.filter((l) => l !== theme);
    const vals = linked
      .map((l) => themeHarm(l, undefined, rows, cfg, depth + 1))
      .filter((r) => r.basis !== 'default');
    if (vals.length === 0) return null;
    return {
      impact: combine(vals.map((v) => v.impact), h.linkCombine),
      basis: 'links',
      index: 'links',
      rows: [],
      links: linked,
    };
  };
  const isCrime = !info || info.defaultKind === 'crime';
  const attempts: Array<() => HarmResult | null> = isCrime
    ? [
        () => fromIndex(h.index, 'index'),
        () => fromIndex(ANALYST_INDEX, 'analyst'),
        ...h.fallbackIndices.map((i) => () => fromIndex(i, 'fallback_index')),
        fromLinks,
      ]
    : [fromLinks, () => fromIndex(ANALYST_INDEX, 'analyst')];
  for (const attempt of attempts) {
    const r = attempt();
    if (r) return r;
  }
  const dflt = info?.group === 'method' ? h.methodDefault : h.default;
  return { impact: dflt, basis: 'default', index: 'default', rows: [], links: [] };
}
