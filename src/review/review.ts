import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { themeNames } from '../report/csv/names.js';
import { Kind, type ClassifiedPriority } from '../schema/index.js';
import { normaliseText, type Store } from '../store/index.js';
import { writeFileAtomicSync } from '../util/atomic.js';
import { spreadsheetCsv, unguardCell } from '../util/spreadsheet.js';
import { agreement, type Agreement } from './kappa.js';
import { themeCatalogue, themeResolver, type ThemeCatalogue } from './themes.js';

export const REVIEW_COLUMNS = [
  'id', 'source_id', 'page', 'quote', 'text', 'kind', 'theme', 'theme_name', 'confidence', 'kind_override', 'theme_override', 'exclude',
] as const;
type Column = (typeof REVIEW_COLUMNS)[number];
/** theme_name is for reading only: a review file written before it existed still applies. */
const REQUIRED_COLUMNS = REVIEW_COLUMNS.filter((c) => c !== 'theme_name');

/** Writes the statements of a scan year for analyst review (a spreadsheet-safe CSV). Returns the number of rows. */
export function exportReview(store: Store, year: number, file: string): number {
  const names = themeNames(null);
  const seen = new Set<string>();
  const rows: Array<Record<Column, string | number>> = [];
  for (const p of store.priorities(year)) {
    const key = `${p.sourceId}\u0000${p.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push({
      id: p.id, source_id: p.sourceId, page: p.page, quote: p.quote, text: p.text, kind: p.kind, theme: p.theme ?? '',
      theme_name: names.name(p.theme), confidence: p.confidence.toFixed(2), kind_override: '', theme_override: '', exclude: '',
    });
  }
  writeFileAtomicSync(file, spreadsheetCsv(REVIEW_COLUMNS, rows));
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
  /** Rows checked. */
  rows: number;
  /** Rows repeating an earlier row exactly (same id, same columns): applied once. */
  duplicates: number;
  /** Statements with a kind/theme override or exclusion. */
  reviewed: number;
  /** Overrides stored (one per statement text: overrides are matched by normalised text). */
  overrides: number;
  excluded: number;
  trainingExamples: number;
  /** Statements recorded in the reviews table (every valid row, excluded ones flagged). */
  recorded: number;
  /** Machine kind vs analyst kind over every row not excluded (an empty override is agreement). */
  kindAgreement: Agreement;
}

const YES = new Set(['y', 'yes', 'true', '1', 'x']);
const NO = new Set(['', 'n', 'no', 'false', '0']);
const NO_THEME = new Set(['none', '-', 'null']);

/** A valid row as the analyst decided it: undefined = left empty (agrees with the machine). */
interface Decided {
  row: number;
  id: string;
  text: string;
  kind: Kind | undefined;
  theme: string | null | undefined;
  exclude: boolean;
  /** What the analyst wrote, for messages. */
  written: { kind_override: string; theme_override: string; exclude: string };
}
const changes = (d: Decided) => d.exclude || d.kind !== undefined || d.theme !== undefined;
const sameDecision = (a: Decided, b: Decided) => a.kind === b.kind && a.theme === b.theme && a.exclude === b.exclude;
const describe = (d: Decided) => {
  const set = (['kind_override', 'theme_override', 'exclude'] as const).filter((c) => d.written[c] !== '').map((c) => `${c} '${d.written[c]}'`);
  return `row ${d.row}: ${set.length ? set.join(', ') : 'no override'}`;
};

/**
 * Same statement, different decisions. The same id twice must agree in every column; two ids with
 * the same text share one override (stored by normalised text), so two changes to it must agree.
 * Exact repeats are dropped (counted in `duplicates`).
 */
function conflicts(name: string, rows: Decided[]): { problems: string[]; unique: Decided[] } {
  const problems: string[] = [];
  const byId = new Map<string, Decided>();
  const unique: Decided[] = [];
  for (const d of rows) {
    const first = byId.get(d.id);
    if (!first) {
      byId.set(d.id, d);
      unique.push(d);
    } else if (!sameDecision(first, d)) {
      problems.push(`${name} rows ${first.row} and ${d.row}, column id: statement '${d.id}' is listed twice with different overrides (${describe(first)}; ${describe(d)}): keep one row`);
    }
  }
  const byText = new Map<string, Decided>();
  for (const d of unique.filter(changes)) {
    const key = normaliseText(d.text);
    const first = byText.get(key);
    if (!first) byText.set(key, d);
    else if (!sameDecision(first, d)) {
      problems.push(
        `${name} rows ${first.row} and ${d.row}: statements '${first.id}' and '${d.id}' have the same text ("${d.text}") but different overrides ` +
          `(${describe(first)}; ${describe(d)}); overrides are stored by statement text, so make them the same`,
      );
    }
  }
  return { problems, unique };
}

/** What Excel saves for an id it read as a number: 1234567890123456 → "1.23457E+15", 12e34... → "1.2E+35". */
const EXCEL_NUMBER = /^-?\d+(\.\d+)?(E[+-]?\d+)?$/i;

/**
 * Finds the statement behind an id Excel turned into a number (a hex id of digits, or digits with
 * one "e", about 1 in 800): the one statement of that source with that text in the scan year.
 */
function excelNumberedId(store: Store, year: number | null): (id: string, sourceId: string, text: string) => ClassifiedPriority | null {
  let bySourceText: Map<string, ClassifiedPriority[]> | undefined;
  return (id, sourceId, text) => {
    if (!EXCEL_NUMBER.test(id) || year === null) return null;
    bySourceText ??= store.priorities(year).reduce((m, p) => m.set(`${p.sourceId}\u0000${p.text}`, [...(m.get(`${p.sourceId}\u0000${p.text}`) ?? []), p]), new Map<string, ClassifiedPriority[]>());
    const hits = new Map((bySourceText.get(`${sourceId}\u0000${text}`) ?? []).map((p) => [p.id, p]));
    return hits.size === 1 ? [...hits.values()][0]! : null;
  };
}

/**
 * Validates every row of a review file, then (only when all rows are valid and no statement is
 * given two different decisions), in one transaction: records every row in the reviews table
 * (machine vs analyst labels; empty override columns mean the analyst agrees), stores overrides by
 * normalised text for changed or excluded rows, and adds the changed statements to
 * training_examples. Cells are read back through unguardCell, so text the export guarded against
 * formula injection returns exactly; theme_override takes a theme id or name in any case.
 */
export function applyReview(
  store: Store,
  file: string,
  validThemes: ReadonlySet<string> | ThemeCatalogue,
  opts: { year?: number } = {},
): ReviewResult {
  const name = path.basename(file);
  let records: string[][];
  try {
    records = parse(fs.readFileSync(file), { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (e) {
    throw new ReviewError(file, [`${name}: cannot read as CSV: ${(e as Error).message}`]);
  }
  const header = (records[0] ?? []).map((h) => h.replace(/^\uFEFF/, '').trim());
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length) throw new ReviewError(file, [`${name} row 1: missing column(s) ${missing.join(', ')}`]);
  const col = (rec: string[], c: Column): string => unguardCell(rec[header.indexOf(c)] ?? '').trim();
  const resolveTheme = themeResolver(themeCatalogue(validThemes));
  const dirYear = /^\d{4}$/.test(path.basename(path.dirname(path.resolve(file)))) ? Number(path.basename(path.dirname(path.resolve(file)))) : undefined;
  const numberedById = excelNumberedId(store, opts.year ?? dirYear ?? store.latestYear());

  const Row = z.object({
    id: z.string().min(1, 'is empty'),
    text: z.string().min(1, 'is empty'),
    kind: Kind,
    kind_override: z.union([z.literal(''), Kind], {
      error: (iss) => `'${String(iss.input)}' is not a kind (${Kind.options.join(', ')})`,
    }),
    exclude: z.string().refine((t) => YES.has(t.toLowerCase()) || NO.has(t.toLowerCase()), {
      error: (iss) => `'${String(iss.input)}' is not yes/no (use yes, y, x or 1 to exclude; leave empty to keep)`,
    }),
  });

  const problems: string[] = [];
  const decided: Decided[] = [];
  records.slice(1).forEach((rec, i) => {
    const row = i + 2; // spreadsheet row: header is row 1
    const input = Object.fromEntries((['id', 'text', 'kind', 'kind_override', 'exclude'] as const).map((c) => [c, col(rec, c)]));
    const r = Row.safeParse(input);
    const rowProblems: string[] = [];
    if (!r.success) {
      for (const iss of r.error.issues) {
        const c = String(iss.path[0] ?? '');
        const msg = c === 'kind' ? `'${input.kind}' is not a kind (${Kind.options.join(', ')})` : iss.message;
        rowProblems.push(`${name} row ${row}, column ${c}: ${msg}`);
      }
    }
    const typed = col(rec, 'theme_override');
    let theme: string | null | undefined;
    if (typed === '') theme = undefined;
    else if (NO_THEME.has(typed.toLowerCase())) theme = null;
    else {
      const hit = resolveTheme(typed);
      if (hit.ok) theme = hit.id;
      else {
        const hint = hit.suggestions.length
          ? `did you mean ${hit.suggestions.join(' or ')}?`
          : "use a theme name as the note shows it or an id from data/taxonomy.yaml, or 'none'";
        rowProblems.push(`${name} row ${row}, column theme_override: '${typed}' is not a theme id or name; ${hint}`);
      }
    }
    if (rowProblems.length || !r.success) return void problems.push(...rowProblems);
    const stored = store.priorityById(r.data.id) ?? numberedById(r.data.id, col(rec, 'source_id'), r.data.text);
    if (!stored) return void problems.push(`${name} row ${row}, column id: '${r.data.id}' is not a statement in ${store.file}`);
    decided.push({
      row, id: stored.id, text: stored.text, kind: r.data.kind_override === '' ? undefined : r.data.kind_override, theme,
      exclude: YES.has(r.data.exclude.toLowerCase()),
      written: { kind_override: col(rec, 'kind_override'), theme_override: typed, exclude: r.data.exclude },
    });
  });
  const { problems: clashes, unique } = conflicts(name, decided);
  problems.push(...clashes);
  if (problems.length) throw new ReviewError(file, problems);

  const result: ReviewResult = {
    rows: decided.length, duplicates: decided.length - unique.length, reviewed: 0, overrides: 0, excluded: 0,
    trainingExamples: 0, recorded: 0, kindAgreement: agreement([]),
  };
  const pairs: Array<{ machine: string; analyst: string }> = [];
  const latest = store.latestYear();
  /** Scan year a row belongs to: --year, else the DIR/YEAR/review.csv folder, else the latest year using it. */
  const yearOf = (id: string): number | null => {
    if (opts.year !== undefined) return opts.year;
    const years = store.priorityYears(id);
    if (dirYear !== undefined && (years.length === 0 || years.includes(dirYear))) return dirYear;
    return years.at(-1) ?? latest;
  };
  const storedTexts = new Set<string>();
  const exampleTexts = new Set<string>();
  store.transaction(() => {
    for (const r of unique) {
      const stored = store.priorityById(r.id)!;
      const { text, kind, theme, exclude } = r;
      const machineKind = stored.kind;
      const machineTheme = stored.theme;
      const year = yearOf(r.id);
      // Every valid row is a review: empty override columns mean the analyst agrees with the machine.
      store.saveReview({
        priorityId: r.id, text, year, machineKind, machineTheme,
        analystKind: kind ?? machineKind, analystTheme: theme !== undefined ? theme : machineTheme, excluded: exclude,
      });
      result.recorded++;
      if (!exclude) pairs.push({ machine: machineKind, analyst: kind ?? machineKind });
      if (!changes(r)) continue;
      result.reviewed++;
      store.saveOverride({
        text, priorityId: r.id, ...(year !== null ? { sourceYear: year } : {}),
        ...(kind !== undefined ? { kind } : {}), ...(theme !== undefined ? { theme } : {}), exclude,
      });
      const key = normaliseText(text);
      if (exclude) {
        if (!storedTexts.has(key)) result.excluded++;
        storedTexts.add(key);
        continue;
      }
      if (!storedTexts.has(key)) result.overrides++;
      storedTexts.add(key);
      store.addTrainingExample({ text, kind: kind ?? machineKind, theme: theme !== undefined ? theme : machineTheme });
      if (!exampleTexts.has(text)) result.trainingExamples++;
      exampleTexts.add(text);
    }
  });
  result.kindAgreement = agreement(pairs);
  return result;
}
