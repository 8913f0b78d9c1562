import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { Kind } from '../schema/index.js';
import type { Store } from '../store/index.js';
import { writeFileAtomicSync } from '../util/atomic.js';
import { agreement, type Agreement } from './kappa.js';

export const REVIEW_COLUMNS = [
  'id', 'source_id', 'page', 'quote', 'text', 'kind', 'theme', 'confidence', 'kind_override', 'theme_override', 'exclude',
] as const;

/** Writes the statements of a scan year for analyst review. Returns the number of rows. */
export function exportReview(store: Store, year: number, file: string): number {
  const seen = new Set<string>();
  const rows: string[][] = [];
  for (const p of store.priorities(year)) {
    const key = `${p.sourceId}\u0000${p.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push([p.id, p.sourceId, String(p.page), p.quote, p.text, p.kind, p.theme ?? '', p.confidence.toFixed(2), '', '', '']);
  }
  writeFileAtomicSync(file, stringify([[...REVIEW_COLUMNS], ...rows]));
  return rows.length;
}

export class ReviewError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${path.basename(file)}: ${problems.length} problem(s), nothing applied:\n  ${problems.join('\n  ')}`);
    this.name = 'ReviewError';
  }
}

export interface ReviewResult {
  rows: number;
  /** Rows with a kind/theme override or exclusion. */
  reviewed: number;
  overrides: number;
  excluded: number;
  trainingExamples: number;
  /** Rows recorded in the reviews table (every valid row, excluded ones flagged). */
  recorded: number;
  /** Machine kind vs analyst kind over every row not excluded (an empty override is agreement). */
  kindAgreement: Agreement;
}

const YES = new Set(['y', 'yes', 'true', '1', 'x']);
const NO = new Set(['', 'n', 'no', 'false', '0']);
const NO_THEME = new Set(['none', '-', 'null']);

/**
 * Validates every row of a review file, then (only when all rows are valid), in one transaction:
 * records every row in the reviews table (machine vs analyst labels; empty override columns mean
 * the analyst agrees), stores overrides by normalised text for changed or excluded rows, and adds
 * the changed statements to training_examples.
 */
export function applyReview(store: Store, file: string, validThemes: Set<string>, opts: { year?: number } = {}): ReviewResult {
  const name = path.basename(file);
  let records: string[][];
  try {
    records = parse(fs.readFileSync(file), { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (e) {
    throw new ReviewError(file, [`${name}: cannot read as CSV: ${(e as Error).message}`]);
  }
  const header = (records[0] ?? []).map((h) => h.trim());
  const missing = REVIEW_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length) throw new ReviewError(file, [`${name} row 1: missing column(s) ${missing.join(', ')}`]);
  const col = (rec: string[], c: (typeof REVIEW_COLUMNS)[number]): string => (rec[header.indexOf(c)] ?? '').trim();

  const themeList = [...validThemes].sort().join(', ');
  const Row = z.object({
    id: z.string().min(1, 'is empty'),
    text: z.string().min(1, 'is empty'),
    kind: Kind,
    theme: z.string(),
    kind_override: z.union([z.literal(''), Kind], {
      error: (iss) => `'${String(iss.input)}' is not a kind (${Kind.options.join(', ')})`,
    }),
    theme_override: z.string().refine((t) => t === '' || NO_THEME.has(t.toLowerCase()) || validThemes.has(t), {
      error: (iss) => `'${String(iss.input)}' is not a theme (use one of: ${themeList}; or 'none')`,
    }),
    exclude: z.string().refine((t) => YES.has(t.toLowerCase()) || NO.has(t.toLowerCase()), {
      error: (iss) => `'${String(iss.input)}' is not yes/no (use yes, y, x or 1 to exclude; leave empty to keep)`,
    }),
  });

  const problems: string[] = [];
  const valid: Array<z.infer<typeof Row> & { row: number }> = [];
  records.slice(1).forEach((rec, i) => {
    const row = i + 2; // spreadsheet row: header is row 1
    const input = Object.fromEntries(
      (['id', 'text', 'kind', 'theme', 'kind_override', 'theme_override', 'exclude'] as const).map((c) => [c, col(rec, c)]),
    );
    const r = Row.safeParse(input);
    if (!r.success) {
      for (const iss of r.error.issues) {
        const c = String(iss.path[0] ?? '');
        const msg = c === 'kind' ? `'${input.kind}' is not a kind (${Kind.options.join(', ')})` : iss.message;
        problems.push(`${name} row ${row}, column ${c}: ${msg}`);
      }
      return;
    }
    if (!store.priorityById(r.data.id)) {
      problems.push(`${name} row ${row}, column id: '${r.data.id}' is not a statement in ${store.file}`);
      return;
    }
    valid.push({ ...r.data, row });
  });
  if (problems.length) throw new ReviewError(file, problems);

  const result: ReviewResult = {
    rows: valid.length, reviewed: 0, overrides: 0, excluded: 0, trainingExamples: 0, recorded: 0, kindAgreement: agreement([]),
  };
  const pairs: Array<{ machine: string; analyst: string }> = [];
  const latest = store.latestYear();
  const dirYear = /^\d{4}$/.test(path.basename(path.dirname(path.resolve(file)))) ? Number(path.basename(path.dirname(path.resolve(file)))) : undefined;
  /** Scan year a row belongs to: --year, else the DIR/YEAR/review.csv folder, else the latest year using it. */
  const yearOf = (id: string): number | null => {
    if (opts.year !== undefined) return opts.year;
    const years = store.priorityYears(id);
    if (dirYear !== undefined && (years.length === 0 || years.includes(dirYear))) return dirYear;
    return years.at(-1) ?? latest;
  };
  store.transaction(() => {
    for (const r of valid) {
      const exclude = YES.has(r.exclude.toLowerCase());
      const stored = store.priorityById(r.id);
      const text = stored?.text ?? r.text;
      const kind = r.kind_override === '' ? undefined : r.kind_override;
      const theme =
        r.theme_override === '' ? undefined : NO_THEME.has(r.theme_override.toLowerCase()) ? null : r.theme_override;
      const machineKind = stored?.kind ?? r.kind;
      const machineTheme = stored ? stored.theme : r.theme || null;
      const year = yearOf(r.id);
      // Every valid row is a review: empty override columns mean the analyst agrees with the machine.
      store.saveReview({
        priorityId: r.id, text, year, machineKind, machineTheme,
        analystKind: kind ?? machineKind, analystTheme: theme !== undefined ? theme : machineTheme, excluded: exclude,
      });
      result.recorded++;
      if (!exclude) pairs.push({ machine: machineKind, analyst: kind ?? machineKind });
      if (!exclude && kind === undefined && theme === undefined) continue;
      result.reviewed++;
      store.saveOverride({
        text, priorityId: r.id, ...(year !== null ? { sourceYear: year } : {}),
        ...(kind !== undefined ? { kind } : {}), ...(theme !== undefined ? { theme } : {}), exclude,
      });
      if (exclude) {
        result.excluded++;
        continue;
      }
      result.overrides++;
      store.addTrainingExample({ text, kind: kind ?? machineKind, theme: theme !== undefined ? theme : machineTheme });
      result.trainingExamples++;
    }
  });
  result.kindAgreement = agreement(pairs);
  return result;
}
