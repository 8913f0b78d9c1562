import type { Inline, TableBlock } from './note/index.js';

/** Usable width of an A4 page with 2 cm margins, in pixels at 96 dpi, and in twentieths of a point. */
export const CONTENT_PX = 640;
export const CONTENT_TWIP = 9638;
/** Tallest chart in the Word note (px at 96 dpi, about 11.5 cm), so a chart shares its page with text. */
export const MAX_FIGURE_PX = 435;

/** Column widths in twips from relative widths (equal when none are given). */
export function colWidths(b: TableBlock): number[] {
  const w = b.widths && b.widths.length === b.header.length ? b.widths : b.header.map(() => 1);
  const sum = w.reduce((a, x) => a + x, 0);
  return w.map((x) => Math.floor((CONTENT_TWIP * x) / sum));
}

export function cellText(c: Inline[]): string {
  return c.map((x) => (x.t === 'text' ? x.text : '')).join('');
}
