import type { Candidate, ExtractionRule, RuleContext } from '../context.js';

/** A table header cell naming the priorities column. */
export const PRIORITY_COLUMN_RE =
  /^(?:(?:our|key|strategic|partnership|board)\s+)?(?:priorit(?:y|ies)|aims?|objectives?|themes?|areas?\s+of\s+focus|focus\s+areas?|goals?|ambitions?)(?:\s+\(.*\))?$/i;

/** Cells of a table row as written ("a | b | c"). */
export function cells(rowText: string): string[] {
  return rowText.split('|').map((c) => c.trim());
}

/** Tables whose header has a "Priority" / "Aim" / "Objective" column: that column's cells. */
export const tableColumn: ExtractionRule = {
  id: 'table-column',
  strength: 'named',
  run(ctx: RuleContext): Candidate[] {
    const out: Candidate[] = [];
    const { blocks } = ctx;
    for (let i = 0; i < blocks.length; i++) {
      if (blocks[i]!.kind !== 'table_row' || (i > 0 && blocks[i - 1]!.kind === 'table_row')) continue;
      const col = cells(blocks[i]!.text).findIndex((c) => PRIORITY_COLUMN_RE.test(c));
      for (let j = i + 1; j < blocks.length && blocks[j]!.kind === 'table_row'; j++) {
        if (col < 0) continue;
        const cell = cells(blocks[j]!.text)[col] ?? '';
        if (/[A-Za-z]{2}/.test(cell)) out.push({ text: cell, quote: blocks[j]!.text, blockIndex: j, strength: 'named', rule: 'table-column' });
      }
    }
    return out;
  },
};
