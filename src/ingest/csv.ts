import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import type { Block, SourceEntry } from '../schema/index.js';
import { DocumentError } from '../schema/index.js';
import { decodeText } from './decode.js';
import { sourceLabel } from './label.js';
import type { Parsed } from './parsed.js';

/** One row of a partner survey: a partner naming one of its priorities, ranked (1 = top). */
export const SurveyResponse = z.object({
  partner: z.string().min(1),
  partner_type: z.string().min(1),
  area: z.string().min(1),
  priority: z.string().min(1),
  rank: z.coerce.number().int().min(1),
});
export type SurveyResponse = z.infer<typeof SurveyResponse>;

const REQUIRED = ['partner', 'partner_type', 'area', 'priority', 'rank'] as const;

/**
 * Survey responses from CSV bytes with header `partner,partner_type,area,priority,rank`
 * (any order, any case, extra columns ignored). Throws DocumentError naming the row and column.
 */
export function parseSurveyCsv(bytes: Buffer, entry: SourceEntry): SurveyResponse[] {
  const label = sourceLabel(entry);
  const invalid = (why: string): DocumentError =>
    new DocumentError('parse', 'csv-invalid', `${label}: ${why}`, `A survey CSV needs the header ${REQUIRED.join(',')}, one priority per row.`);

  let rows: Record<string, string>[];
  try {
    rows = parse(decodeText(bytes), {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
    }) as Record<string, string>[];
  } catch (error) {
    throw invalid(error instanceof Error ? error.message : String(error));
  }
  if (rows.length === 0) throw invalid('no rows under the header');
  const missing = REQUIRED.filter((c) => !(c in (rows[0] ?? {})));
  if (missing.length > 0) throw invalid(`missing column(s) ${missing.join(', ')}`);

  return rows.map((row, i) => {
    const result = SurveyResponse.safeParse(row);
    if (!result.success) {
      const issue = result.error.issues[0];
      // Row numbers as a spreadsheet shows them: the header is row 1.
      throw invalid(`row ${i + 2}, column ${String(issue?.path[0] ?? '?')}: ${issue?.message ?? 'invalid'}`);
    }
    return result.data;
  });
}

/** The pipeline's view of a survey: one list item per response, its rank as the marker. */
export function parseCsv(bytes: Buffer, entry: SourceEntry): Parsed {
  const blocks: Block[] = parseSurveyCsv(bytes, entry).map((r) => ({
    kind: 'list_item',
    text: r.priority,
    page: 1,
    level: 1,
    marker: String(r.rank),
  }));
  return { pages: 1, blocks };
}
