/**
 * Page furniture in extracted PDF text: page numbers, running headers/footers and contents-page
 * lines. Removed before block building so they don't split or pollute paragraphs.
 */

const PAGE_NUMBER = /^(?:page\s+)?[-–—]?\s*\d{1,4}\s*(?:(?:of|\/)\s*\d{1,4})?\s*[-–—]?$/i;
const CONTENTS_TITLE = /^(?:table of )?contents$/i;
// "Our priorities ........ 12", "Our priorities … 12"
const DOT_LEADER = /(?:\.{4,}|…+|(?:\. ){3,})\s*\d{1,4}$/;
const ENDS_IN_PAGE_REF = /\S\s+\d{1,3}$/;
/** Lines checked at each end of a page for running headers and footers. */
const EDGE = 3;

export function stripFurniture(pages: string[][]): string[][] {
  const running = runningLines(pages);
  return pages.map((lines) => {
    const isContents = lines.some((l) => CONTENTS_TITLE.test(l.trim()));
    const content = lines.map((l) => l.trim()).filter((l) => l.length > 0);
    return content.filter((line, i) => {
      if (PAGE_NUMBER.test(line) || DOT_LEADER.test(line)) return false;
      if (isContents && (CONTENTS_TITLE.test(line) || (ENDS_IN_PAGE_REF.test(line) && line.length <= 100))) return false;
      const atEdge = i < EDGE || i >= content.length - EDGE;
      return !(atEdge && running.has(key(line)));
    });
  });
}

/** Lines (digits ignored, so "Page 3"/"Page 4" match) found at a page edge on at least half the pages. */
function runningLines(pages: string[][]): Set<string> {
  const found = new Set<string>();
  if (pages.length < 3) return found;
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const content = lines.map((l) => l.trim()).filter((l) => l.length > 0);
    const edges = new Set([...content.slice(0, EDGE), ...content.slice(-EDGE)].map(key));
    for (const k of edges) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const needed = Math.max(3, Math.ceil(pages.length / 2));
  for (const [k, n] of counts) if (n >= needed && k.length > 0) found.add(k);
  return found;
}

function key(line: string): string {
  return line.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}
