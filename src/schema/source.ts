import { z } from 'zod';

/** Partner types an OPCC scans (2015 note, procedural decision 1, widened). */
export const PartnerType = z.enum([
  'CSP', 'LSCB', 'SAB', 'HWB', 'POLICE', 'YOT', 'PROBATION', 'CPS', 'PRISON',
  'FIRE', 'AMBULANCE', 'HEALTH', 'OPCC', 'NATIONAL', 'OTHER',
]);
export type PartnerType = z.infer<typeof PartnerType>;

/**
 * data/partner-types.yaml, the one place a partner type is named: every code has the name of one
 * partner of the type (`one`: init's drafts, the CSVs) and of the type as a group (`many`: the note).
 */
export const PartnerTypeNames = z
  .object({ types: z.record(PartnerType, z.object({ one: z.string().min(1), many: z.string().min(1), expected: z.boolean() }).strict()) })
  .strict();
export type PartnerTypeNames = z.output<typeof PartnerTypeNames>;
export type PartnerTypeInfo = PartnerTypeNames['types'][PartnerType];

export const Role = z.enum(['current_plan', 'partner', 'national', 'survey']);
export type Role = z.infer<typeof Role>;

export const DocType = z.enum([
  'strategic_assessment', 'partnership_plan', 'annual_report', 'business_plan',
  'police_and_crime_plan', 'survey', 'other',
]);
export type DocType = z.infer<typeof DocType>;

const Year = z.number().int().min(1990).max(2100);

export const SourceEntry = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'use letters, digits, dot, dash or underscore'),
    role: Role.default('partner'),
    partner: z.string().min(1),
    partner_type: PartnerType,
    area: z.string().min(1),
    doc_type: DocType.default('other'),
    year: Year,
    /** Scan year this document belongs to; defaults to `year`. */
    scan_year: Year.optional(),
    title: z.string().optional(),
    path: z.string().min(1).optional(),
    url: z.string().url().optional(),
  })
  .strict()
  .refine((s) => (s.path === undefined) !== (s.url === undefined), {
    message: 'give exactly one of `path` or `url`',
    path: ['path'],
  });
export type SourceEntry = z.output<typeof SourceEntry>;

export const ScanYearOverride = z.object({ current_plan: z.string().optional() }).strict();

/** The briefing note's cover details, and the analyst's own words kept across reruns. */
export const NoteConfig = z
  .object({
    owner: z.string().min(1).optional(),
    author: z.string().min(1).optional(),
    contact: z.string().min(1).optional(),
    /** Protective marking printed on every page (default OFFICIAL). */
    marking: z.string().min(1).optional(),
    version: z.string().min(1).optional(),
    status: z.string().min(1).optional(),
    /** Text for the summary, or text by section: summary, background, outcome, risk, national, gaps, change, methodology. */
    commentary: z.union([z.string(), z.record(z.string(), z.string())]).optional(),
  })
  .strict();
export type NoteConfig = z.output<typeof NoteConfig>;

export const ScanConfig = z
  .object({
    name: z.string().min(1),
    area: z.string().min(1),
    year: Year,
    current_plan: z.string().optional(),
    /** Per-scan-year overrides when a file lists several years. */
    years: z.record(z.string().regex(/^\d{4}$/), ScanYearOverride).optional(),
    /** Next PCC election date (ISO), for the statutory timetable. */
    next_election: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD').optional(),
    /** Last PCC election date (ISO): a plan issued before it must be replaced (statutory timetable). */
    last_election: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD').optional(),
    /** Partner-name aliases (alias: canonical name), over data/partner-aliases.yaml: one partner counts once. */
    aliases: z.record(z.string(), z.string().min(1)).optional(),
    /** The force area's local-authority areas (districts): area shares are shares of these. */
    areas: z.array(z.string().min(1)).min(1).optional(),
    /** Umbrella areas (a county, a sub-region) and the districts they cover. */
    area_groups: z.record(z.string(), z.array(z.string().min(1)).min(1)).optional(),
    /** Overrides of data/scoring.yaml (weights, tier thresholds), per scan. */
    scoring: z.record(z.string(), z.unknown()).optional(),
    /** Briefing-note cover details and analyst commentary. */
    note: NoteConfig.optional(),
  })
  .strict();
export type ScanConfig = z.output<typeof ScanConfig>;

export const SourcesFile = z
  .object({ scan: ScanConfig, sources: z.array(SourceEntry).min(1, 'list at least one source') })
  .strict()
  // Ids name one entry each, and every current_plan (the scan's and each year's) names a listed source.
  .superRefine((file, ctx) => {
    const firstAt = new Map<string, number>();
    file.sources.forEach((s, i) => {
      const first = firstAt.get(s.id);
      if (first === undefined) firstAt.set(s.id, i);
      else ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: `duplicate source id (first used at sources[${first}])` });
    });
    const plans: Array<[Array<string>, string | undefined]> = [
      [['scan', 'current_plan'], file.scan.current_plan],
      ...Object.entries(file.scan.years ?? {}).map(([year, o]): [string[], string | undefined] => [['scan', 'years', year, 'current_plan'], o.current_plan]),
    ];
    for (const [path, id] of plans) {
      if (id !== undefined && !firstAt.has(id)) ctx.addIssue({ code: 'custom', path, message: `no source has id "${id}"` });
    }
  });
export type SourcesFile = z.output<typeof SourcesFile>;
