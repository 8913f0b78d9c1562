/**
 * CSV files meant to be opened in a spreadsheet (Excel, LibreOffice Calc): the one guard against
 * formula injection, and the one writer every planscan CSV goes through.
 */
import { stringify } from 'csv-stringify/sync';

/** UTF-8 byte-order mark: without it Excel on Windows reads UTF-8 as Windows-1252 ("â€“" for "–"). */
export const UTF8_BOM = '\uFEFF';

/**
 * A cell a spreadsheet would run as a formula (OWASP "CSV injection": a leading =, +, -, @, tab or
 * CR), after any run of apostrophes. Counting the apostrophes makes the guard reversible: text that
 * already starts with "'=" is guarded too, so unguardCell can strip exactly one apostrophe.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

/**
 * Neutralises a text cell for a spreadsheet by prefixing an apostrophe when it could start a
 * formula. No exemption for text that looks like a number: "-2+3+cmd|' /C calc'!A0" starts with
 * one. Numeric fields are written as numbers and never pass through here.
 */
export function guardCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Exact inverse of guardCell: unguardCell(guardCell(s)) === s for every string s. */
export function unguardCell(text: string): string {
  return GUARDED.test(text) ? text.slice(1) : text;
}

export type CellValue = string | number | null | undefined;

/**
 * Rows as spreadsheet-safe CSV: every string cell guarded, numbers written as numbers, null and
 * undefined as empty cells. With `header` (the default) the text starts with the byte-order mark and
 * the header row; a file written in several pieces passes header only for the first.
 */
export function spreadsheetCsv(
  columns: readonly string[],
  rows: Iterable<Record<string, CellValue>>,
  header = true,
): string {
  const cells: CellValue[][] = [];
  for (const r of rows) {
    cells.push(columns.map((c) => {
      const v = r[c];
      return typeof v === 'string' ? guardCell(v) : v === null || v === undefined ? '' : v;
    }));
  }
  const body = stringify(cells, { header: false });
  return header ? `${UTF8_BOM}${stringify([columns.map(guardCell)])}${body}` : body;
}
