import type { Block, Document, Strength } from '../schema/index.js';

/** What a rule proposes: one stated priority, before ids and dedupe. */
export interface Candidate {
  text: string;
  quote: string;
  blockIndex: number;
  strength: Strength;
  rule: string;
}

/** Read-only view of a document shared by the rules. */
export interface RuleContext {
  doc: Document;
  blocks: readonly Block[];
  /** Nearest heading text above each block; '' when none. */
  sections: readonly string[];
}

/** One extraction rule: a named, pure unit. */
export interface ExtractionRule {
  id: string;
  strength: Strength;
  run(ctx: RuleContext): Candidate[];
}

export function buildContext(doc: Document): RuleContext {
  // A heading's own section is its parent (the nearest heading above of a higher level, else the previous one).
  const sections: string[] = [];
  const stack: Array<{ level: number; text: string }> = [];
  let current = '';
  for (const b of doc.blocks) {
    if (b.kind === 'heading') {
      const level = b.level ?? 1;
      while (stack.length && stack[stack.length - 1]!.level >= level) stack.pop();
      sections.push(stack.length ? stack[stack.length - 1]!.text : current);
      stack.push({ level, text: b.text.trim() });
      current = b.text.trim();
    } else sections.push(current);
  }
  return { doc, blocks: doc.blocks, sections };
}

/** "1." / "2)" → 'num.' / 'num)'; "(a)" → 'alpha'; bullets by symbol (dashes together). */
export function markerFamily(marker: string | undefined): string {
  if (!marker) return 'none';
  if (/^\(?\d+\.$/.test(marker)) return 'num.';
  if (/^\(?\d+\)$/.test(marker)) return 'num)';
  if (/^\(?[a-z]\)?\.?$/i.test(marker)) return 'alpha';
  if (/^\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\)$/.test(marker)) return 'roman';
  if (/^[-–—]$/.test(marker)) return 'dash';
  return marker;
}
